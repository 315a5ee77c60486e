/**
 * The ogpkit domain model: immutable plans, sections, measures, institutions, time frames,
 * multilingual text, and the monitoring documents and datasets around plans
 * ({@code io.github.ogpkit.model}), the JSON values carried in
 * {@code extensions} ({@code io.github.ogpkit.model.json}), and validation findings and reports
 * ({@code io.github.ogpkit.model.report}).
 *
 * <p>At run time the model depends on the Jakarta Bean Validation API only: its structural
 * constraints are annotations, and the validators of the custom ones are supplied by
 * {@code io.github.ogpkit.rules}. The annotations of its API, JSpecify's nullness and
 * apiguardian's status, are needed to compile against it, not to run it.
 */
module io.github.ogpkit.model {
  requires transitive jakarta.validation;
  // Annotations only: nullness (JSpecify) and API status (apiguardian). Not needed at run
  // time; transitive, so that a consumer's compiler and tools read them, as JUnit's modules do.
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports io.github.ogpkit.model;
  exports io.github.ogpkit.model.constraints;
  exports io.github.ogpkit.model.json;
  exports io.github.ogpkit.model.report;
  // The routines every module's messages and checks share (Excerpt, EditDistance, KebabCase,
  // Blank, MessageBundles).
  exports io.github.ogpkit.model.internal
      to io.github.ogpkit.io, io.github.ogpkit.rules, io.github.ogpkit.cli, io.github.ogpkit.tables,
      io.github.ogpkit.analytics;
  // The one description of the format, for the reader and writer of ogp-io.
  exports io.github.ogpkit.model.internal.format to io.github.ogpkit.io;

  // Bean Validation providers read the constrained fields reflectively.
  opens io.github.ogpkit.model;
  // Only the reader makes CheckedPlans, through a private lookup; there is no public factory.
  opens io.github.ogpkit.model.report to io.github.ogpkit.io;
}
