package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.json.JsonValue;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deepest plan the model allows (sections and measures {@link Plan#MAX_NESTING} levels deep,
 * extensions {@link JsonValue#MAX_DEPTH} levels deep) validates, prints, compares and hashes on a
 * thread with a 256 KB stack.
 */
class DeepPlanTest {

  private static final long SMALL_STACK = 256 * 1024;

  /** JSON objects and arrays in turn, {@code depth} levels, the outermost an object. */
  private static JsonObject extensions(int depth) {
    JsonValue v = JsonString.of("leaf");
    for (int level = 1; level < depth; level++) {
      v = level % 2 == 1 ? JsonArray.of(v) : JsonObject.builder().put("k", v).build();
    }
    return JsonObject.builder().put("deep", v).build();
  }

  /**
   * Section 1 and below it measures 1.1, 1.1.1, ... down to level {@link Plan#MAX_NESTING}, each
   * assigned, with an indicator and a time frame; the deepest measure and the plan carry the
   * deepest extensions.
   */
  static Plan deepest() {
    Measure m = null;
    for (int level = Plan.MAX_NESTING; level >= 2; level--) {
      int[] number = new int[level];
      Arrays.fill(number, 1);
      Measure.Builder b = Measure.builder().number(OutlineNumber.of(number))
          .title("en", "Measure at level " + level).indicator("en", "Done")
          .executor(SamplePlans.MOJ).timeFrame("2021");
      m = (m == null ? b.extensions(extensions(JsonValue.MAX_DEPTH)) : b.measure(m)).build();
    }
    return SamplePlans.valid().toBuilder()
        .sections(List.of(Section.builder().number("1").title("en", "Deep").measure(m).build()))
        .institutions(SamplePlans.valid().institutions().subList(0, 1))
        .extensions(extensions(JsonValue.MAX_DEPTH))
        .build();
  }

  /** Runs an action on a thread with a 256 KB stack and returns what it threw, if anything. */
  private static List<Throwable> onSmallStack(Runnable action) throws InterruptedException {
    List<Throwable> thrown = new ArrayList<>();
    Thread deep = new Thread(null, () -> {
      try {
        action.run();
      } catch (Throwable t) {
        thrown.add(t);
      }
    }, "deep", SMALL_STACK);
    deep.start();
    deep.join();
    return thrown;
  }

  @Test
  void theDeepestPlanIsAsDeepAsTheModelAllows() {
    Plan plan = deepest();
    assertThat(plan.allMeasures()).hasSize(Plan.MAX_NESTING - 1);
    Measure last = plan.allMeasures().get(Plan.MAX_NESTING - 2);
    assertThat(last.number().depth()).isEqualTo(Plan.MAX_NESTING);
    assertThat(last.extensions().toJson()).hasSize(plan.extensions().toJson().length());
  }

  @Test
  void validationToStringEqualsAndHashCodeNeedNoMoreThanASmallStack() throws Exception {
    Plan plan = deepest();
    Plan copy = plan.toBuilder().build();
    ValidationReport[] report = new ValidationReport[1];
    String[] text = new String[1];

    List<Throwable> thrown = onSmallStack(() -> {
      // Built in code: the structural pass through Hibernate Validator runs, then every rule.
      report[0] = OgpValidator.standard().validate(plan);
      text[0] = plan.toString();
      assertThat(plan.equals(copy)).isTrue();
      assertThat(plan.hashCode()).isEqualTo(copy.hashCode());
      assertThat(plan.allMeasures()).hasSize(Plan.MAX_NESTING - 1);
    });

    assertThat(thrown).isEmpty();
    assertThat(report[0].findings()).isEmpty();
    assertThat(text[0]).startsWith("Plan[id=xx-test-2020-2022,").contains("number=1.1.1.1,");
  }

  @Test
  void findingsDeepDownAreReportedOnceAtTheirPath() throws Exception {
    Plan plan = deepest();
    Measure deepestMeasure = plan.allMeasures().get(Plan.MAX_NESTING - 2);
    Plan broken = plan.toBuilder().sections(List.of(plan.sections().get(0).toBuilder()
        .measures(List.of(replaceDeepest(plan.sections().get(0).measures().get(0),
            deepestMeasure.toBuilder().timeFrame((TimeFrame) null).executor("Not An Id")
                .build())))
        .build())).build();
    List<Finding> found = new ArrayList<>();

    List<Throwable> thrown = onSmallStack(
        () -> found.addAll(OgpValidator.standard().validate(broken).findings()));

    assertThat(thrown).isEmpty();
    String path = "/sections/0" + "/measures/0".repeat(Plan.MAX_NESTING - 1);
    assertThat(found).extracting(f -> f.rule() + " " + f.path())
        .containsExactly("institution-unknown " + path + "/institutions/1/institution",
            "invalid-value " + path + "/institutions/1/institution",
            "time-frame-missing " + path + "/timeFrame");
  }

  /** The measure with the deepest one replaced. */
  private static Measure replaceDeepest(Measure top, Measure replacement) {
    if (top.measures().isEmpty()) {
      return replacement;
    }
    return top.toBuilder()
        .measures(List.of(replaceDeepest(top.measures().get(0), replacement))).build();
  }
}
