/**
 * Runnable examples of ogpkit.
 */
module io.github.ogpkit.examples {
  requires io.github.ogpkit.model;
  exports io.github.ogpkit.examples;
}
