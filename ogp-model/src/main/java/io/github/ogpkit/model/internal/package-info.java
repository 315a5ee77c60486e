/**
 * Internal hand-offs between the ogpkit modules. Not part of the public API: exported only to
 * ogp-io and ogp-rules, and subject to change without notice.
 */
package io.github.ogpkit.model.internal;
