package io.github.ogpkit.cli;

import java.util.List;

/**
 * A table as plain text: columns padded to their widest cell (counted in code points), two spaces
 * apart, no trailing spaces. Numbers can be aligned to the right.
 */
final class TextTable {

  private TextTable() {}

  /**
   * The table's lines, each ending with a newline.
   *
   * @param lines the rows, the header first; rows may be shorter than the header
   * @param rightAligned for each column, whether it is aligned to the right (a shorter array
   *     leaves the other columns aligned to the left)
   * @return the text
   */
  static String render(List<List<String>> lines, boolean... rightAligned) {
    int columns = 0;
    for (List<String> line : lines) {
      columns = Math.max(columns, line.size());
    }
    int[] widths = new int[columns];
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], width(line.get(i)));
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> line : lines) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        String cell = line.get(i);
        String pad = " ".repeat(widths[i] - width(cell));
        boolean right = i < rightAligned.length && rightAligned[i];
        l.append(right ? pad + cell : cell);
        if (i < line.size() - 1) {
          l.append(right ? "" : pad).append("  ");
        }
      }
      text.append(l.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
