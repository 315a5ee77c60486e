package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Section;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ogp-id-duplicate}: two sections or measures, at any depth, share an OGP commitment id.
 * Reported at each later one's {@code .../ogpId}, naming the first.
 */
@API(status = INTERNAL, since = "0.2")
public final class OgpIdDuplicate extends UniqueIdentity {
  /** The rule's id. */
  public static final String ID = "ogp-id-duplicate";

  /** Creates the rule. */
  public OgpIdDuplicate() {
    super(ID, "ogpId");
  }

  @Override
  Optional<String> of(Section section) {
    return section.ogpId();
  }

  @Override
  Optional<String> of(Measure measure) {
    return measure.ogpId();
  }
}
