package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.json.JsonObject;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A document of the format: a {@link Plan}, or one of the monitoring documents that point at a
 * plan ({@link ProgressReport}, {@link IrmAssessment}) or describe a member ({@link Member}).
 * Documents validated together form a {@link Dataset}.
 *
 * <pre>{@code
 * String describe(Document d) {
 *   return switch (d.documentType()) {
 *     case PLAN -> "plan for " + ((Plan) d).period();
 *     case PROGRESS_REPORT -> "progress as of " + ((ProgressReport) d).asOf();
 *     case IRM_ASSESSMENT -> "IRM " + ((IrmAssessment) d).product();
 *     case MEMBER -> "member since " + ((Member) d).joined();
 *   };
 * }
 * }</pre>
 *
 * <p>The interface is sealed: every document is one of these four records, and its
 * {@link #documentType()} says which (on Java 21, a {@code switch} over the records themselves
 * needs no default either).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface Document permits Plan, ProgressReport, IrmAssessment, Member {

  /**
   * Returns the document's identifier, unique among the documents of its type in a dataset.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Returns what kind of document this is; {@link DocumentType#jsonName()} is its {@code type}.
   *
   * @return the type, not null
   */
  DocumentType documentType();

  /**
   * Returns the links to documents about this one.
   *
   * @return the links, not null, immutable, empty if none
   */
  List<Link> links();

  /**
   * Returns the data carried along unchanged.
   *
   * @return the extensions, not null, empty if none
   */
  JsonObject extensions();
}
