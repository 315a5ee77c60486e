package io.github.ogpkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test documents from the class path. */
final class Docs {
  private Docs() {}

  /** The complete example of FORMAT.md, verbatim. */
  static String sample() {
    return resource("sample.json");
  }

  static String resource(String name) {
    try (InputStream in = Docs.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
