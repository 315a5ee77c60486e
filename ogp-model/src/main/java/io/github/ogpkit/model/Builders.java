package io.github.ogpkit.model;

import java.util.ArrayList;
import java.util.List;

/** What the builders share: naming every missing required property at once. */
final class Builders {
  private Builders() {}

  static void requireSet(String type, Object... namesAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          type + " is missing required " + (missing.size() == 1 ? "property " : "properties ")
              + String.join(", ", missing));
    }
  }
}
