/**
 * Runnable examples of ogpkit. Each example is a small program with a {@code main} method; the
 * build runs every one of them as a test.
 */
module io.github.ogpkit.examples {
  // OwnJsonMapper.Submission, a public record, holds a Plan.
  requires transitive io.github.ogpkit.model;
  requires io.github.ogpkit.io;
  requires io.github.ogpkit.rules;
  requires io.github.ogpkit.tables;
  requires io.github.ogpkit.analytics;
  requires org.apache.poi.ooxml;

  exports io.github.ogpkit.examples;
}
