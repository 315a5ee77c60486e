/**
 * The {@code ogp} command line: validate, format, schema, status, stats, export,
 * import, fixtures. Not a library: its classes are
 * not exported.
 */
module io.github.ogpkit.cli {
  requires io.github.ogpkit.model;
  requires io.github.ogpkit.io;
  requires io.github.ogpkit.rules;
  requires io.github.ogpkit.testing;
  requires io.github.ogpkit.analytics;
  requires io.github.ogpkit.tables;
  requires io.github.ogpkit.report;
  requires java.logging;
}
