/**
 * Reading and writing plans in the canonical JSON format.
 */
package io.github.ogpkit.io;
