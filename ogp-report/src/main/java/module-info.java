/**
 * A plan, or a plan in a dataset with its progress reports, IRM assessments and member, as one
 * self-contained HTML page: the plan's header, the findings of validation linked to the measures
 * they are about, the outline with the latest statuses as badges, an SVG timeline and workload
 * chart, and the member's status history. {@link io.github.ogpkit.report.PlanReport} is the entry
 * point.
 *
 * <p>The page is printed by templates that jte compiled to Java when this module was built, so
 * the module needs jte's small runtime and nothing that parses or compiles templates.
 */
module io.github.ogpkit.report {
  requires transitive io.github.ogpkit.model;
  requires transitive io.github.ogpkit.rules;
  requires io.github.ogpkit.analytics;
  requires gg.jte.runtime;
  // The templates jte generates carry @javax.annotation.processing.Generated, whose retention
  // is SOURCE: needed to compile them, not at run time.
  requires static java.compiler;
  // Annotations only: nullness (JSpecify) and API status (apiguardian). Not needed at run
  // time; transitive, so that a consumer's compiler and tools read them, as JUnit's modules do.
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports io.github.ogpkit.report;
}
