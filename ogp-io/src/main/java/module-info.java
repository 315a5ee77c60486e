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
  // Annotations only: nullness (JSpecify) and API status (apiguardian). Not needed at run
  // time; transitive, so that a consumer's compiler and tools read them, as JUnit's modules do.
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports io.github.ogpkit.io;

  provides tools.jackson.databind.JacksonModule with io.github.ogpkit.io.OgpJsonModule;
}
