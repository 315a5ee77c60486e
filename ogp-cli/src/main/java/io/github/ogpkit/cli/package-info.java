/**
 * The {@code ogp} command line. {@link io.github.ogpkit.cli.Main} is the entry point;
 * {@link io.github.ogpkit.cli.Ogp#run} runs a command in-process with given streams.
 */
package io.github.ogpkit.cli;
