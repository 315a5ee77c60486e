package io.github.ogpkit.rules;

import java.util.function.Consumer;

/** Texts made of every BMP character in given contexts, for tests that compare two algorithms. */
public final class EveryCharacter {
  private EveryCharacter() {}

  /**
   * Calls an action with each context, {@code %s} replaced by each BMP character in turn.
   *
   * @param contexts texts with {@code %s} where the character goes
   * @param action what to do with each text
   */
  public static void inContexts(String[] contexts, Consumer<String> action) {
    for (int c = 0; c <= 0xffff; c++) {
      String ch = String.valueOf((char) c);
      for (String context : contexts) {
        action.accept(context.replace("%s", ch));
      }
    }
  }
}
