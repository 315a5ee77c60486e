package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A numbered clause of a section that is not a measure, such as a clause on coordination or
 * monitoring ("6.1. The Working Group ... shall regularly inform ...").
 *
 * @param number the clause's number, not null
 * @param text the clause's text, not null
 */
@API(status = STABLE, since = "0.1")
public record Provision(OutlineNumber number, LocalizedText text) {

  /**
   * Creates a provision.
   *
   * @param number the number, not null
   * @param text the text, not null
   */
  public Provision {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Obtains a provision with text in one language.
   *
   * @param number the number, such as {@code 6.1}, not null
   * @param language the language tag, not null
   * @param text the text, not blank
   * @return the provision, not null
   */
  public static Provision of(String number, String language, String text) {
    return new Provision(OutlineNumber.parse(number), LocalizedText.of(language, text));
  }
}
