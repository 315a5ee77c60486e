/**
 * Validation of plans: Bean Validation structural checks and the domain rule catalog, with profiles.
 */
package io.github.ogpkit.rules;
