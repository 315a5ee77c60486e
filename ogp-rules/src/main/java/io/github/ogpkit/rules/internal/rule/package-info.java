/**
 * Internal: the plan rules of RULES.md, one class each, named after the rule's id. Not exported.
 */
@NullMarked
package io.github.ogpkit.rules.internal.rule;

import org.jspecify.annotations.NullMarked;
