/**
 * Runnable examples of ogpkit.
 */
package io.github.ogpkit.examples;
