package io.github.ogpkit.tables.internal;

import io.github.ogpkit.tables.TableFinding;

/** A table that cannot be read at all (not a workbook, broken CSV), with the finding to report. */
public final class GridException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient TableFinding finding;

  GridException(TableFinding finding, Throwable cause) {
    super(finding.toString(), cause);
    this.finding = finding;
  }

  /** The finding that says what could not be read, and where. */
  public TableFinding finding() {
    return finding;
  }
}
