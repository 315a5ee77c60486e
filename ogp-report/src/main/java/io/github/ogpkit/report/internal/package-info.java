/**
 * The report's internals: the view of a plan that the templates print, its labels in English
 * and Azerbaijani, the anchor ids and the chart geometry. Not exported.
 */
@NullMarked
package io.github.ogpkit.report.internal;

import org.jspecify.annotations.NullMarked;
