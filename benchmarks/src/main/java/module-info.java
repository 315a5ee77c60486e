/**
 * JMH benchmarks of ogpkit.
 */
module io.github.ogpkit.benchmarks {
  requires io.github.ogpkit.model;
  exports io.github.ogpkit.benchmarks;
}
