package io.github.ogpkit.testing.junit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.testing.OgpFixtures;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves parameters annotated with {@link OgpFixture} to fixture plans (or their canonical JSON
 * bytes), and, since 0.2, to a plan's dataset, a monitoring document or a member. Registered by the annotation; it can also be registered with {@code @ExtendWith}.
 * Works with JUnit Jupiter 5.x and 6.x: it uses only the stable {@link ParameterResolver} API.
 */
@API(status = STABLE, since = "0.1")
public final class OgpFixtureExtension implements ParameterResolver {

  /** Creates the extension; JUnit does this. */
  public OgpFixtureExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameterContext,
      ExtensionContext extensionContext) {
    return parameterContext.isAnnotated(OgpFixture.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext,
      ExtensionContext extensionContext) {
    Optional<OgpFixture> annotation = parameterContext.findAnnotation(OgpFixture.class);
    String id = annotation.map(OgpFixture::value).orElseThrow();
    Class<?> type = parameterContext.getParameter().getType();
    try {
      if (type == Plan.class) {
        return OgpFixtures.plan(id);
      }
      if (type == byte[].class) {
        return OgpFixtures.json(id);
      }
      if (type == Dataset.class) {
        return OgpFixtures.dataset(id);
      }
      if (type == Member.class) {
        return OgpFixtures.member(id);
      }
      if (type == Document.class) {
        return OgpFixtures.document(id);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
    throw new ParameterResolutionException("@OgpFixture(\"" + id + "\") is on a parameter of type "
        + type.getName() + "; it injects io.github.ogpkit.model.Plan, Dataset, Document, Member"
        + " or byte[]");
  }
}
