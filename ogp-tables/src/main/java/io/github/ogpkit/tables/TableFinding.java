package io.github.ogpkit.tables;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.internal.KebabCase;
import io.github.ogpkit.model.report.Severity;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A problem found while reading a table, at the cell it is about: an unknown institution name,
 * a time frame that does not parse, a broken number, a column that is not imported.
 *
 * <p>Like a validation {@link io.github.ogpkit.model.report.Finding}, a table finding has a
 * stable rule id (kebab case), a severity and a message for people; its place is a
 * {@link CellRef} instead of a JSON Pointer. A finding about a whole sheet or file (a missing
 * sheet, say) has no cell but names the sheet. {@link #toString()} writes one line as the command
 * line prints it: {@code measures!C7: error: message [rule]}.
 *
 * @param rule the rule's id in kebab case, such as {@code institution-unknown}, not null
 * @param severity the severity, not null
 * @param sheet the sheet, or for CSV the file, that the finding is about, not null
 * @param cell the cell, if the finding is about one; its sheet is {@code sheet}
 * @param message the message for people, not null
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record TableFinding(String rule, Severity severity, String sheet, Optional<CellRef> cell,
    String message) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the rule id is not kebab case or the cell is in
   *     another sheet
   */
  public TableFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(message, "message");
    if (!KebabCase.matches(rule)) {
      throw new IllegalArgumentException("rule id " + Excerpt.quote(rule, 60) + " is not kebab case");
    }
    if (cell.isPresent() && !cell.get().sheet().equals(sheet)) {
      throw new IllegalArgumentException(
          "cell " + cell.get() + " is not in sheet " + Excerpt.quote(sheet, 60));
    }
  }

  /**
   * A finding about one cell.
   *
   * @param rule the rule's id, not null
   * @param severity the severity, not null
   * @param cell the cell, not null
   * @param message the message for people, not null
   * @return the finding, not null
   */
  public static TableFinding at(String rule, Severity severity, CellRef cell, String message) {
    Objects.requireNonNull(cell, "cell");
    return new TableFinding(rule, severity, cell.sheet(), Optional.of(cell), message);
  }

  /**
   * A finding about a whole sheet or file.
   *
   * @param rule the rule's id, not null
   * @param severity the severity, not null
   * @param sheet the sheet's or file's name, not null
   * @param message the message for people, not null
   * @return the finding, not null
   */
  public static TableFinding inSheet(String rule, Severity severity, String sheet,
      String message) {
    return new TableFinding(rule, severity, sheet, Optional.empty(), message);
  }

  /**
   * One line, as the command line prints it: {@code measures!C7: error: message [rule]}, or
   * {@code measures: warning: message [rule]} without a cell.
   */
  @Override
  public String toString() {
    String where = cell.map(CellRef::toString).orElse(sheet);
    return where + ": " + severity.label() + ": " + message + " [" + rule + "]";
  }
}
