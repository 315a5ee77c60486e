package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consumer that only loads fixtures or generates plans works without AssertJ or JUnit: load
 * OgpFixtures, SyntheticPlans and the generator package in a class loader whose class path has
 * neither, and use them. Nor does it need the annotations of the API (JSpecify, apiguardian),
 * which the modules require {@code static}: needed to compile, not to run.
 */
class FixturesWithoutTestLibrariesTest {

  @Test
  void fixturesAndGeneratorsLoadWithoutTestLibrariesOrAnnotationsOnTheClassPath()
      throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = entry.replace('\\', '/');
      if (name.contains("/org/assertj/") || name.contains("/org/junit/")
          || name.contains("/org/opentest4j/") || name.contains("/org/jspecify/")
          || name.contains("/org/apiguardian/")) {
        continue;
      }
      urls.add(new File(entry).toURI().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("org.assertj.core.api.Assertions"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("org.junit.jupiter.api.Test"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("org.jspecify.annotations.NullMarked"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("org.apiguardian.api.API"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> fixtures = loader.loadClass("io.github.ogpkit.testing.OgpFixtures");
      Object plan = fixtures.getMethod("plan", String.class).invoke(null, "az-ogp-nap-2016-2018");
      Object measures = plan.getClass().getMethod("allMeasures").invoke(plan);
      assertThat((List<?>) measures).hasSize(59);
      Object list = fixtures.getMethod("list").invoke(null);
      assertThat((List<?>) list).hasSize(8);
      Object dataset = fixtures.getMethod("dataset", String.class)
          .invoke(null, "us-ogp-nap-2022-2024");
      assertThat((List<?>) dataset.getClass().getMethod("documents").invoke(dataset)).hasSize(4);
      Object all = fixtures.getMethod("dataset").invoke(null);
      assertThat((List<?>) all.getClass().getMethod("documents").invoke(all)).hasSize(20);
      Class<?> synthetic = loader.loadClass("io.github.ogpkit.testing.SyntheticPlans");
      Object big = synthetic.getMethod("ofMeasures", int.class).invoke(null, 50);
      assertThat((List<?>) big.getClass().getMethod("allMeasures").invoke(big)).hasSize(50);
      Class<?> generator = loader.loadClass("io.github.ogpkit.testing.generator.PlanGenerator");
      Object valid = generator.getMethod("validPlans").invoke(null);
      Object plan2 = generator.getMethod("next", long.class, int.class).invoke(valid, 7L, 30);
      assertThat(plan2.getClass().getName()).isEqualTo("io.github.ogpkit.model.Plan");
      // A failing property throws the JDK's AssertionError, which needs no test library.
      Class<?> property = loader.loadClass("io.github.ogpkit.testing.generator.Property");
      Class<?> values = loader.loadClass("io.github.ogpkit.testing.generator.Values");
      Object runner = property.getMethod("forAll", loader.loadClass(
          "io.github.ogpkit.testing.generator.Generator")).invoke(null,
          values.getMethod("timeFrames").invoke(null));
      property.getMethod("tries", int.class).invoke(runner, 10);
      Class<?> check = loader.loadClass("io.github.ogpkit.testing.generator.Property$Check");
      Object alwaysFails = java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {check},
          (proxy, method, args) -> {
            throw new IllegalStateException("fails");
          });
      assertThatThrownBy(() -> property.getMethod("check", check).invoke(runner, alwaysFails))
          .cause().isInstanceOf(AssertionError.class)
          .hasMessageContaining("Smallest failing value found").hasMessageEndingWith("fails");
    }
  }
}
