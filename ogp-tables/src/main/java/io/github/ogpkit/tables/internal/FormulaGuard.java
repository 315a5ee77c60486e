package io.github.ogpkit.tables.internal;

/**
 * Keeps spreadsheets from running plan text as a formula (CSV injection): a text cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a
 * leading apostrophe, which spreadsheets read as "this is text". The apostrophe is itself
 * escaped the same way, so that {@link #unguard} gives back exactly what {@link #guard} was given,
 * for every string.
 *
 * <p>Only text cells need this. Numbers and dates written by the exporters ({@code -5},
 * {@code 2017-06-30}) are read by spreadsheets as numbers and dates, never as formulas. In XLSX,
 * a cell written as a string is never a formula; the guard is for CSV, which spreadsheets
 * interpret as they open it.
 */
public final class FormulaGuard {

  private FormulaGuard() {}

  /**
   * The text as it is written to a CSV cell.
   *
   * @param text the text
   * @return the text, with an apostrophe in front if it could start a formula or starts with an
   *     apostrophe
   */
  public static String guard(String text) {
    return needsGuard(text, 0) ? "'" + text : text;
  }

  /**
   * The text that {@link #guard} was given.
   *
   * @param cell the text read from a CSV cell
   * @return the text without the guarding apostrophe, if it has one
   */
  public static String unguard(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && needsGuard(cell, 1)
        ? cell.substring(1) : cell;
  }

  private static boolean needsGuard(String text, int at) {
    if (text.length() <= at) {
      return false;
    }
    char c = text.charAt(at);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
  }
}
