package io.github.ogpkit.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedColumnTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "№ | NUMBER | az",
      "No. | NUMBER | en",
      "Tədbirin   adı | TITLE | az",
      "TƏDBİRİN ADI | TITLE | az",
      "Qiymətləndirmə indikatorları | INDICATORS | az",
      "İcra / Tövsiyə | INSTITUTIONS | az",
      "İcra – Tövsiyə | INSTITUTIONS | az",
      "ICRA-TÖVSIYƏ | INSTITUTIONS | az",
      "İcra müddəti (illər üzrə) | TIME | az",
      "Measure | TITLE | en",
      "Indicators: | INDICATORS | en",
      "EXECUTORS | EXECUTORS | en",
      "Executors / Supporting | INSTITUTIONS | en",
      "Recommended | RECOMMENDED | en",
      "Supporting | SUPPORTING | en",
      "Time frame | TIME | en"})
  void headerWordsNameTheirColumnWhateverTheCaseSpacingAndDash(String text, PrintedColumn column,
      String language) {
    assertThat(PrintedColumn.ofHeader(text))
        .contains(new PrintedColumn.Match(column, language));
  }

  @Test
  void otherHeadersNameNoColumn() {
    assertThat(PrintedColumn.ofHeader("Notes")).isEmpty();
    assertThat(PrintedColumn.ofHeader("")).isEmpty();
    assertThat(PrintedColumn.ofHeader("Time / Executors")).isEmpty();
  }

  @Test
  void labelsNameRolesInBothLanguages() {
    assertThat(PrintedColumn.ofLabel("İcraçılar")).contains(Role.EXECUTOR);
    assertThat(PrintedColumn.ofLabel(" İCRAÇI ")).contains(Role.EXECUTOR);
    assertThat(PrintedColumn.ofLabel("Tövsiyə   edilir")).contains(Role.RECOMMENDED);
    assertThat(PrintedColumn.ofLabel("Supporting")).contains(Role.SUPPORTING);
    assertThat(PrintedColumn.ofLabel("Ministry of Justice")).isEqualTo(Optional.empty());
  }
}
