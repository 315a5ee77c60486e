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
 * A consumer that only loads fixtures works without AssertJ or JUnit: load OgpFixtures in a class
 * loader whose class path has neither, and use it.
 */
class FixturesWithoutTestLibrariesTest {

  @Test
  void fixturesLoadWithoutAssertjOrJunitOnTheClassPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = entry.replace('\\', '/');
      if (name.contains("/org/assertj/") || name.contains("/org/junit/")
          || name.contains("/net/jqwik/") || name.contains("/org/opentest4j/")) {
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
      Class<?> fixtures = loader.loadClass("io.github.ogpkit.testing.OgpFixtures");
      Object plan = fixtures.getMethod("plan", String.class).invoke(null, "az-ogp-nap-2016-2018");
      Object measures = plan.getClass().getMethod("allMeasures").invoke(plan);
      assertThat((List<?>) measures).hasSize(59);
      Object list = fixtures.getMethod("list").invoke(null);
      assertThat((List<?>) list).hasSize(3);
      Class<?> synthetic = loader.loadClass("io.github.ogpkit.testing.SyntheticPlans");
      Object big = synthetic.getMethod("ofMeasures", int.class).invoke(null, 50);
      assertThat((List<?>) big.getClass().getMethod("allMeasures").invoke(big)).hasSize(50);
    }
  }
}
