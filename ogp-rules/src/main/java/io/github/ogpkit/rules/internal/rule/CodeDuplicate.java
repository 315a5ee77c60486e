package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Section;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code code-duplicate}: two sections or measures, at any depth, share a printed code, compared
 * as exact strings. Reported at each later one's {@code .../code}, naming the first.
 */
@API(status = INTERNAL, since = "0.2")
public final class CodeDuplicate extends UniqueIdentity {
  /** The rule's id. */
  public static final String ID = "code-duplicate";

  /** Creates the rule. */
  public CodeDuplicate() {
    super(ID, "code");
  }

  @Override
  Optional<String> of(Section section) {
    return section.code();
  }

  @Override
  Optional<String> of(Measure measure) {
    return measure.code();
  }
}
