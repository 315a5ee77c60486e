package io.github.ogpkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsInsertionsDeletionsAndSubstitutions() {
    assertThat(EditDistance.levenshtein("kitten", "sitting", 10)).isEqualTo(3);
    assertThat(EditDistance.levenshtein("timeframe", "timeFrame", 10)).isEqualTo(1);
    assertThat(EditDistance.levenshtein("indicator", "indicators", 10)).isEqualTo(1);
    assertThat(EditDistance.levenshtein("", "abc", 10)).isEqualTo(3);
    assertThat(EditDistance.levenshtein("abc", "abc", 10)).isZero();
  }

  @Test
  void stopsAtTheCap() {
    assertThat(EditDistance.levenshtein("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(EditDistance.levenshtein("kitten", "sitting", 2)).isEqualTo(2);
    assertThat(EditDistance.levenshtein("a", "abcdefgh", 3)).isEqualTo(3);
    assertThat(EditDistance.levenshtein("abcdefgh", "hgfedcba", 1)).isEqualTo(1);
  }

  @Test
  void theCapIsAtLeastOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> EditDistance.levenshtein("a", "b", 0))
        .withMessage("cap must be at least 1, was 0");
  }

  @Test
  void theNearestCandidateIsTheClosestWithinTheEdits() {
    List<String> formats = List.of("text", "json");
    assertThat(EditDistance.nearest("jsno", formats, 2)).contains("json");
    assertThat(EditDistance.nearest("xml", formats, 2)).isEmpty();
    assertThat(EditDistance.nearest("json", formats, 0)).contains("json");
  }

  @Test
  void ofEquallyCloseCandidatesTheFirstIsNearest() {
    assertThat(EditDistance.nearest("ab", List.of("xb", "ax", "ab"), 2)).contains("ab");
    assertThat(EditDistance.nearest("ab", List.of("xb", "ax"), 2)).contains("xb");
  }
}
