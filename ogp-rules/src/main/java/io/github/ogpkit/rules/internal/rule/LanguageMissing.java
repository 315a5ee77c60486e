package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code language-missing}: a localized text lacks the plan's first language, the language it was
 * adopted in. Reported at the entry that is missing ({@code /sections/0/title/az}), as a missing
 * property is reported at the path it would have.
 */
@API(status = INTERNAL, since = "0.1")
public final class LanguageMissing implements PlanRule.OnText {
  /** The rule's id. */
  public static final String ID = "language-missing";

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
    if (!languages.isEmpty() && !text.has(languages.get(0))) {
      w.report(ID, w.textPath().append(languages.get(0)), ID, languages.get(0));
    }
  }
}
