package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CellRefTest {

  @Test
  void writesA1NotationWithThePlainSheetNameUnquoted() {
    assertThat(CellRef.of("measures", 7, 2)).hasToString("measures!B7");
    assertThat(CellRef.of("measures.csv", 1, 27)).hasToString("measures.csv!AA1");
    assertThat(CellRef.of("s", 1, CellRef.MAX_COLUMN).a1()).isEqualTo("XFD1");
  }

  @Test
  void quotesASheetNameWithSpacesOrNonAsciiLettersAndDoublesItsQuotes() {
    assertThat(CellRef.of("İcra planı", 12, 3)).hasToString("'İcra planı'!C12");
    assertThat(CellRef.of("Ali's plan", 1, 1)).hasToString("'Ali''s plan'!A1");
  }

  @Test
  void parseReadsWhatToStringWrites() {
    for (CellRef ref : new CellRef[] {CellRef.of("measures", 7, 2), CellRef.of("İcra planı", 12, 3),
        CellRef.of("Ali's plan", CellRef.MAX_ROW, CellRef.MAX_COLUMN), CellRef.of("a!b", 3, 26),
        CellRef.of("x", 1, 702), CellRef.of("x", 1, 703)}) {
      assertThat(CellRef.parse(ref.toString())).isEqualTo(ref);
    }
    assertThat(CellRef.of("x", 1, 702).a1()).isEqualTo("ZZ1");
    assertThat(CellRef.of("x", 1, 703).a1()).isEqualTo("AAA1");
  }

  @Test
  void parseRefusesWhatIsNotAnAddressAndSaysWhy() {
    assertThatThrownBy(() -> CellRef.parse("B7")).hasMessageContaining("no sheet");
    assertThatThrownBy(() -> CellRef.parse("s!7")).hasMessageContaining("no column letters");
    assertThatThrownBy(() -> CellRef.parse("s!B")).hasMessageContaining("no row number");
    assertThatThrownBy(() -> CellRef.parse("s!B0")).hasMessageContaining("no row number");
    assertThatThrownBy(() -> CellRef.parse("s!XFE1")).hasMessageContaining("after XFD");
    assertThatThrownBy(() -> CellRef.parse("s!A1048577")).hasMessageContaining("after 1048576");
    assertThatThrownBy(() -> CellRef.parse("my sheet!A1")).hasMessageContaining("quoted");
    assertThatThrownBy(() -> CellRef.parse("'a'b'!A1")).hasMessageContaining("doubled");
    assertThatThrownBy(() -> CellRef.parse("s!B7x")).hasMessageContaining("not a number");
  }

  @Test
  void ofRefusesRowsAndColumnsOutsideAWorksheet() {
    assertThatThrownBy(() -> CellRef.of("s", 0, 1)).hasMessageContaining("row 0");
    assertThatThrownBy(() -> CellRef.of("s", 1, CellRef.MAX_COLUMN + 1))
        .hasMessageContaining("column 16385");
    assertThatThrownBy(() -> CellRef.of("", 1, 1)).hasMessageContaining("empty");
  }

  @Test
  void ordersBySheetThenRowThenColumn() {
    assertThat(CellRef.of("a", 2, 1)).isLessThan(CellRef.of("a", 2, 2))
        .isLessThan(CellRef.of("a", 10, 1)).isLessThan(CellRef.of("b", 1, 1));
  }
}
