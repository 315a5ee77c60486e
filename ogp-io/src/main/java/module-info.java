/**
 * Reading and writing plans in the canonical JSON format.
 */
module io.github.ogpkit.io {
  requires transitive io.github.ogpkit.model;
  exports io.github.ogpkit.io;
}
