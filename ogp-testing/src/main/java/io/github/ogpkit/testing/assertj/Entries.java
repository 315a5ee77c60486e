package io.github.ogpkit.testing.assertj;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.MeasureEntry;
import io.github.ogpkit.model.OutlineNumber;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finding a monitoring document's entry by a measure number or an OGP commitment id. */
final class Entries {

  private Entries() {}

  /**
   * Returns the first entry, in document order, that names a section or measure: by its number
   * when {@code ref} is one ({@code 1.1.2}), by its OGP commitment id otherwise ({@code US0113}).
   */
  static <E extends MeasureEntry> Optional<E> find(List<E> entries, String ref) {
    if (ref.matches(Measure.OGP_ID_PATTERN)) {
      return entries.stream().filter(e -> e.ogpId().equals(Optional.of(ref))).findFirst();
    }
    Optional<OutlineNumber> number = Optional.of(OutlineNumber.parse(ref));
    return entries.stream().filter(e -> e.measure().equals(number)).findFirst();
  }

  /** The entries' references, such as {@code 1.1.1, 1.1.2} or {@code 1 KE0027, 2 KE0029}. */
  static String list(List<? extends MeasureEntry> entries) {
    if (entries.isEmpty()) {
      return "(none)";
    }
    return entries.stream().map(e -> e.reference().toString())
        .collect(Collectors.joining(", "));
  }
}
