/**
 * JMH benchmarks of ogpkit against the tools a user would pick instead (Jackson, networknt
 * json-schema-validator, Hibernate Validator alone), and the small harnesses {@code run.sh}
 * uses for what JMH does not measure: {@link io.github.ogpkit.benchmarks.RetainedHeap} and
 * {@link io.github.ogpkit.benchmarks.Report}. Not a library.
 */
package io.github.ogpkit.benchmarks;
