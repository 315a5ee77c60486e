/**
 * Reading and writing plans in the canonical JSON format: {@link io.github.ogpkit.io.PlanReader}
 * (strict, located reading that reports every problem), {@link io.github.ogpkit.io.PlanWriter}
 * (the canonical form), {@link io.github.ogpkit.io.ReportJsonWriter} (reports as JSON),
 * {@link io.github.ogpkit.io.OgpJsonModule} (the format inside an application's own Jackson
 * mapper) and {@link io.github.ogpkit.io.PlanSchema} (the JSON Schema).
 */
module io.github.ogpkit.io {
  requires transitive io.github.ogpkit.model;
  requires transitive tools.jackson.databind;

  exports io.github.ogpkit.io;

  provides tools.jackson.databind.JacksonModule with io.github.ogpkit.io.OgpJsonModule;
}
