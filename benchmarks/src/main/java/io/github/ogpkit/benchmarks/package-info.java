/**
 * JMH benchmarks of ogpkit.
 */
package io.github.ogpkit.benchmarks;
