package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.rules.OgpValidator;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.apiguardian.api.API.Status;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the API status of the library modules (ogp-model, ogp-io, ogp-rules, ogp-testing) as
 * docs/DECISIONS.md describes it: every public type carries apiguardian's {@code @API}, the types
 * of internal packages (those not exported to everyone) are {@code INTERNAL} and only they are,
 * every exported package is JSpecify's {@code @NullMarked}, and every package of main code has a
 * {@code package-info.java} with Javadoc.
 *
 * <p>The classes are those of the modules as compiled (each module's directory or jar, found from
 * one of its classes, listed through its module descriptor, which also says what is exported); the
 * Javadoc of packages is read from the sources, which the compiled classes do not keep. A new
 * library module is added to {@link #MODULES} and, for its sources, {@link #SOURCE_ROOTS}.
 */
class ApiStatusTest {

  /** One class of each library module, by which its classes are found. */
  private static final List<Class<?>> MODULES =
      List.of(Plan.class, PlanReader.class, OgpValidator.class, OgpFixtures.class);

  /** The source roots of the library modules' main code, from ogp-testing's directory. */
  private static final List<Path> SOURCE_ROOTS = Stream.of("../ogp-model/src/main/java",
      "../ogp-io/src/main/java", "../ogp-rules/src/main/java", "src/main/java",
      "src/generator/java").map(Path::of).toList();

  private static final Pattern SINCE = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

  private static final List<ModuleDescriptor> descriptors = new ArrayList<>();
  /** Every class of the modules, public or not, by name. */
  private static final Map<String, Class<?>> classes = new TreeMap<>();
  /** The packages exported to every module. */
  private static final Set<String> exported = new TreeSet<>();

  @BeforeAll
  static void readModules() throws IOException, URISyntaxException, ClassNotFoundException {
    for (Class<?> anchor : MODULES) {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
      ModuleDescriptor descriptor = module.descriptor();
      descriptors.add(descriptor);
      descriptor.exports().stream().filter(e -> !e.isQualified()).map(Exports::source)
          .forEach(exported::add);
      try (ModuleReader reader = module.open(); Stream<String> names = reader.list()) {
        for (String name : names.filter(n -> n.endsWith(".class")).toList()) {
          String className = name.substring(0, name.length() - ".class".length())
              .replace('/', '.');
          if (!className.endsWith("module-info") && !className.endsWith("package-info")) {
            classes.put(className, Class.forName(className, false, anchor.getClassLoader()));
          }
        }
      }
    }
  }

  /** Public, and public all the way out: a public type nested in a hidden one is not API. */
  private static boolean isPublicType(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The packages with classes; a module's descriptor also names those of its resources. */
  private static Set<String> codePackages() {
    return classes.values().stream().map(Class::getPackageName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Class<?>> publicTypes() {
    return classes.values().stream().filter(ApiStatusTest::isPublicType).toList();
  }

  @Test
  void theModulesAreFoundWholeWithTheirNestedTypes() {
    assertThat(descriptors).extracting(ModuleDescriptor::name).containsExactly(
        "io.github.ogpkit.model", "io.github.ogpkit.io", "io.github.ogpkit.rules",
        "io.github.ogpkit.testing");
    assertThat(publicTypes()).hasSizeGreaterThan(100).contains(Plan.Builder.class,
        io.github.ogpkit.testing.generator.Property.Check.class);
    assertThat(exported).contains("io.github.ogpkit.model", "io.github.ogpkit.testing.generator")
        .doesNotContain("io.github.ogpkit.model.internal");
  }

  @Test
  void everyPublicTypeCarriesItsApiStatus() {
    assertThat(publicTypes()).allSatisfy(type -> assertThat(type.getAnnotation(API.class))
        .as("@API on %s", type.getName()).isNotNull());
  }

  @Test
  void internalPackagesHoldOnlyInternalTypesAndExportedPackagesNone() {
    for (Class<?> type : publicTypes()) {
      boolean internal = !exported.contains(type.getPackageName());
      API api = type.getAnnotation(API.class);
      // A type without any status fails everyPublicTypeCarriesItsApiStatus.
      Status status = api == null ? null : api.status();
      assertThat(status == Status.INTERNAL)
          .as("%s is in %s package but is %s", type.getName(),
              internal ? "an internal" : "an exported", status)
          .isEqualTo(internal);
    }
  }

  @Test
  void internalPackagesAreNamedSo() {
    for (String p : codePackages()) {
      assertThat(p.contains(".internal")).as("package %s, exported: %s", p, exported.contains(p))
          .isEqualTo(!exported.contains(p));
    }
  }

  @Test
  void everySinceIsAVersionOfTheProject() {
    List<AnnotatedElement> annotated = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      annotated.add(type);
      annotated.addAll(List.of(type.getDeclaredMethods()));
      annotated.addAll(List.of(type.getDeclaredFields()));
      annotated.addAll(List.of(type.getDeclaredConstructors()));
    }
    List<API> apis = annotated.stream().map(e -> e.getAnnotation(API.class))
        .filter(Objects::nonNull).toList();
    // Members of stable types that came later say so themselves (ReadResult.checkedPlan()).
    assertThat(apis).hasSizeGreaterThan(publicTypes().size());
    assertThat(apis).allSatisfy(a -> assertThat(a.since()).matches(SINCE));
  }

  @Test
  void everyExportedPackageIsNullMarked() throws ClassNotFoundException {
    for (String p : exported) {
      assertThat(Class.forName(p + ".package-info", false, getClass().getClassLoader())
          .isAnnotationPresent(NullMarked.class)).as("@NullMarked on package %s", p).isTrue();
    }
  }

  @Test
  void theAnnotationsAreRequiredStaticAndTransitive() {
    for (ModuleDescriptor d : descriptors) {
      assertThat(d.requires()).filteredOn(r -> r.name().equals("org.jspecify")
              || r.name().equals("org.apiguardian.api"))
          .as("the annotation modules required by %s", d.name())
          .hasSize(2)
          .allSatisfy(r -> assertThat(r.modifiers())
              .containsExactlyInAnyOrder(Requires.Modifier.STATIC, Requires.Modifier.TRANSITIVE));
    }
  }

  @Test
  void everyPackageOfMainCodeHasAPackageInfoWithJavadoc() throws IOException {
    Set<String> packages = new TreeSet<>();
    for (Path root : SOURCE_ROOTS) {
      assertThat(root).isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Path dir = root.relativize(file).getParent();
          if (dir != null) {
            packages.add(dir.toString().replace(root.getFileSystem().getSeparator(), "."));
          }
        }
      }
      try (Stream<Path> infos = Files.walk(root)) {
        for (Path info : infos.filter(f -> f.endsWith("package-info.java")).toList()) {
          String text = Files.readString(info, StandardCharsets.UTF_8);
          assertThat(text.indexOf("/**")).as("Javadoc before the package line of %s", info)
              .isNotNegative().isLessThan(text.indexOf("\npackage "));
        }
      }
    }
    // The sources scanned are those of the modules: no package is left out, none is extra.
    assertThat(packages).containsExactlyInAnyOrderElementsOf(codePackages());
    for (String p : packages) {
      assertThat(SOURCE_ROOTS.stream().map(r -> r.resolve(p.replace('.', '/'))
          .resolve("package-info.java")).anyMatch(Files::isRegularFile))
          .as("package-info.java of %s", p).isTrue();
    }
  }
}
