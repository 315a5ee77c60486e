/**
 * Reading and writing plans in the canonical JSON format of FORMAT.md.
 *
 * <ul>
 *   <li>{@link io.github.ogpkit.io.PlanReader}: JSON text in, a plan or every problem out, each
 *       finding with its JSON Pointer, line and column.</li>
 *   <li>{@link io.github.ogpkit.io.PlanWriter}: the one canonical form; equal plans give
 *       identical bytes.</li>
 *   <li>{@link io.github.ogpkit.io.DocumentReader}, {@link io.github.ogpkit.io.DocumentWriter}:
 *       the same for every document type (plans, progress reports, IRM assessments, members);
 *       {@link io.github.ogpkit.io.DocumentReader#validate DocumentReader.validate} validates
 *       documents read one by one as one dataset, each finding located in its own text.</li>
 *   <li>{@link io.github.ogpkit.io.ReportJsonWriter}: validation reports in their JSON form;
 *       {@link io.github.ogpkit.io.JsonValueWriter}: any JSON value in the canonical layout.</li>
 *   <li>{@link io.github.ogpkit.io.OgpJsonModule}: the same format in an application's own
 *       Jackson 3 mapper.</li>
 *   <li>{@link io.github.ogpkit.io.PlanSchema}: the format's JSON Schema (draft 2020-12).</li>
 * </ul>
 */
@NullMarked
package io.github.ogpkit.io;

import org.jspecify.annotations.NullMarked;
