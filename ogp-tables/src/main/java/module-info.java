/**
 * Plans and datasets as tables: export to CSV (one file per table) and XLSX (one workbook, one
 * sheet per table) in a tidy layout that pivot tables read, import of that layout back into a
 * plan, and import of a plan drafted the way governments print it (one row per measure), with
 * every problem reported at its sheet, row and column.
 */
module io.github.ogpkit.tables {
  requires transitive io.github.ogpkit.model;
  requires io.github.ogpkit.rules;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires org.apache.poi.ooxml;
  // The streaming XLSX reader parses each sheet's XML with SAX.
  requires java.xml;
  // Annotations only: nullness (JSpecify) and API status (apiguardian). Not needed at run
  // time; transitive, so that a consumer's compiler and tools read them, as JUnit's modules do.
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports io.github.ogpkit.tables;
}
