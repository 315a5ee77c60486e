package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code translation-missing}: a localized text lacks one of the plan's languages after the first.
 * Reported at each missing entry ({@code /sections/0/title/en}).
 */
@API(status = INTERNAL, since = "0.1")
public final class TranslationMissing implements PlanRule.OnText {
  /** The rule's id. */
  public static final String ID = "translation-missing";

  @Override
  public String id() {
    return ID;
  }

  /** Not for a link's title: a link may name a document in another language (RULES-1.1). */
  @Override
  public boolean checksLinkTitles() {
    return false;
  }

  @Override
  public void text(Walk w, LocalizedText text) {
    List<String> languages = w.plan().languages();
    // A language listed twice (invalid-value reports that) is still one missing translation.
    // A loop, not a stream: this runs for every text of the plan.
    for (int i = 1; i < languages.size(); i++) {
      String language = languages.get(i);
      if (!language.equals(languages.get(0)) && !text.has(language)
          && !languages.subList(1, i).contains(language)) {
        w.report(ID, w.textPath().append(language), ID, language);
      }
    }
  }
}
