/**
 * JMH benchmarks of ogpkit. Not a library: nothing is exported.
 */
module io.github.ogpkit.benchmarks {
  requires io.github.ogpkit.model;
}
