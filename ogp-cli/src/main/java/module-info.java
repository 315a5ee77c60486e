/**
 * The ogp command line.
 */
module io.github.ogpkit.cli {
  requires io.github.ogpkit.model;
  exports io.github.ogpkit.cli;
}
