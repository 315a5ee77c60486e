/**
 * Questions asked of a plan or a dataset: measures by institution and role, workload per
 * institution, measures active per year and quarter, coverage of OGP values and policy areas,
 * and implementation summaries from progress reports and IRM assessments.
 *
 * <p>Answers are immutable Guava collections (multimaps, tables, range sets), which is why this
 * module requires Guava transitively.
 */
module io.github.ogpkit.analytics {
  requires transitive io.github.ogpkit.model;
  requires transitive com.google.common;
  // Annotations only: nullness (JSpecify) and API status (apiguardian). Not needed at run
  // time; transitive, so that a consumer's compiler and tools read them, as JUnit's modules do.
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports io.github.ogpkit.analytics;
}
