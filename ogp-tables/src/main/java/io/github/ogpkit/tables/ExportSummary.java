package io.github.ogpkit.tables;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What an export to tables wrote, and what of the plan it could not write.
 *
 * <p>Tables hold everything a plan holds except its extensions (the JSON the producer carries
 * along, which has no columns). Each extension object that was not exported is named by its JSON
 * Pointer in the plan's canonical JSON, such as {@code /sections/0/measures/2/extensions}; the
 * {@code plan} table lists the same pointers (property {@code droppedExtensions}), so that the
 * importer can say so too. Statuses exported from a dataset are a view of its monitoring
 * documents, not the documents.
 *
 * @param tables the names of the tables written, in order ({@code plan}, {@code measures}, ...);
 *     for CSV each is a file of that name with {@code .csv}
 * @param droppedExtensions the JSON pointers of the extension objects not exported, in document
 *     order; empty when the export holds the whole plan
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ExportSummary(List<String> tables, List<String> droppedExtensions) {

  /** Copies the lists. */
  public ExportSummary {
    tables = List.copyOf(tables);
    droppedExtensions = List.copyOf(droppedExtensions);
  }

  /**
   * Whether the tables hold the whole plan: importing them gives a plan equal to the exported
   * one.
   *
   * @return true if no extension was dropped
   */
  public boolean isLossless() {
    return droppedExtensions.isEmpty();
  }
}
