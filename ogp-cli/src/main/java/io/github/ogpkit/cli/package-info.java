/**
 * The ogp command line.
 */
package io.github.ogpkit.cli;
