package io.github.ogpkit.testing.junit;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a fixture plan into a test method or constructor parameter. The parameter's type is
 * {@link io.github.ogpkit.model.Plan}, or {@code byte[]} for the canonical JSON. Since 0.2 it may
 * also be {@link io.github.ogpkit.model.Dataset} (the plan with every monitoring fixture about
 * it, {@link io.github.ogpkit.testing.OgpFixtures#dataset(String)}),
 * {@link io.github.ogpkit.model.Document} (a plan or a monitoring fixture, by one of
 * {@link io.github.ogpkit.testing.OgpFixtures#monitoringIds()}) or
 * {@link io.github.ogpkit.model.Member}.
 *
 * <pre>{@code
 * class MyServiceTest {
 *   @Test
 *   void acceptsTheRealPlan(@OgpFixture("az-ogp-nap-2016-2018") Plan plan) {
 *     assertThat(service.accept(plan)).isTrue();
 *   }
 * }
 * }</pre>
 *
 * <p>The annotation registers {@link OgpFixtureExtension} itself: no {@code @ExtendWith} is
 * needed. An unknown id fails the test with the list of known ids.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(OgpFixtureExtension.class)
@API(status = STABLE, since = "0.1")
public @interface OgpFixture {
  /**
   * The fixture's id, one of {@link io.github.ogpkit.testing.OgpFixtures#ids()}, or, for a
   * {@code Document}, {@code Member} or {@code byte[]} parameter, of
   * {@link io.github.ogpkit.testing.OgpFixtures#monitoringIds()}.
   *
   * @return the id
   */
  String value();
}
