package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.OgpJsonModule;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonValue;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deepest document the reader's limits allow ({@link ReadLimits#DEEPEST_NESTING} levels) is
 * read, validated, written, compared and printed on a thread stack of 256 KB: nothing in the
 * library recurses on depth beyond what such a stack holds.
 */
class DeepestDocumentOnASmallStackTest {

  private static final int STACK = 256 * 1024;

  /** Runs work on a thread with a small stack and rethrows whatever it threw. */
  private static void onSmallStack(Runnable work) throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        work.run();
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "small-stack", STACK);
    t.start();
    t.join();
    assertThat(thrown.get()).as("thrown on a %d KB stack", STACK / 1024).isNull();
  }

  /** The corrected OGP plan with an extension nested as deep as the limit allows. */
  private static String deepestDocument() {
    String fixture = new String(OgpFixtures.json("az-ogp-nap-2016-2018"),
        java.nio.charset.StandardCharsets.UTF_8);
    // The root object is level 1 and "extensions" level 2: the arrays fill the rest.
    int arrays = ReadLimits.DEEPEST_NESTING - 2;
    String deep = "[".repeat(arrays) + "]".repeat(arrays);
    // The root's own extensions are indented by two spaces in canonical form.
    String rootExtensions = "\n  \"extensions\": {";
    int at = fixture.indexOf(rootExtensions);
    if (at >= 0) {
      int open = at + rootExtensions.length();
      return fixture.substring(0, open) + "\"deep\": " + deep + ", " + fixture.substring(open);
    }
    int end = fixture.lastIndexOf('}');
    return fixture.substring(0, end).stripTrailing() + ",\n  \"extensions\": {\"deep\": " + deep
        + "}\n}\n";
  }

  @Test
  void theDeepestAllowedDocumentIsReadValidatedAndWrittenOnA256KbStack() throws Exception {
    PlanReader deepest = PlanReader.builder().maxNestingDepth(ReadLimits.DEEPEST_NESTING).build();
    String doc = deepestDocument();
    onSmallStack(() -> {
      ReadResult read = deepest.read(doc);
      assertThat(read.findings()).isEmpty();
      Plan plan = read.plan().orElseThrow();
      ValidationReport report = read.validate(OgpValidator.standard());
      assertThat(report.errorCount()).isZero();
      String written = PlanWriter.canonical().write(plan);
      Plan again = deepest.readPlan(written);
      assertThat(again).isEqualTo(plan).hasSameHashCodeAs(plan);
      assertThat(plan.toString()).isNotEmpty();
      JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
      assertThat(mapper.readValue(mapper.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
    });
  }

  /**
   * A plan with measures nested as deep as the model allows, the deepest carrying an extension
   * that fills the rest of the reader's nesting limit.
   */
  private static Plan deepestPlan() {
    Plan sample = SamplePlans.valid();
    String timeFrame = sample.period().toString();
    // The deepest measure is at JSON depth 2 * MAX_NESTING + 1; its extensions object one more.
    int arrays = ReadLimits.DEEPEST_NESTING - (2 * Plan.MAX_NESTING + 2);
    JsonValue deep = JsonArray.of(List.of());
    for (int i = 1; i < arrays; i++) {
      deep = JsonArray.of(List.of(deep));
    }
    Measure m = null;
    for (int level = Plan.MAX_NESTING; level >= 2; level--) {
      int[] number = new int[level];
      Arrays.fill(number, 1);
      Measure.Builder b = Measure.builder().number(OutlineNumber.of(number))
          .title("en", "Measure at level " + level).indicator("en", "Done")
          .executor(SamplePlans.MOJ).timeFrame(timeFrame);
      m = (m == null ? b.extensions(JsonObject.of(Map.of("deep", deep))) : b.measure(m)).build();
    }
    return sample.toBuilder()
        .sections(List.of(Section.builder().number("1").title("en", "Deep").measure(m).build()))
        .build();
  }

  @Test
  void aPlanNestedAsDeepAsTheModelAllowsIsWrittenReadAndValidatedOnA256KbStack()
      throws Exception {
    PlanReader deepest = PlanReader.builder().maxNestingDepth(ReadLimits.DEEPEST_NESTING).build();
    onSmallStack(() -> {
      Plan plan = deepestPlan();
      String written = PlanWriter.canonical().write(plan);
      ReadResult read = deepest.read(written);
      assertThat(read.findings()).isEmpty();
      assertThat(read.plan()).contains(plan);
      assertThat(read.validate(OgpValidator.standard()).errorCount()).isZero();
      assertThat(OgpValidator.standard().validate(plan).errorCount()).isZero();
      assertThat(plan.allMeasures()).hasSize(Plan.MAX_NESTING - 1);
      assertThat(plan.toString()).isNotEmpty();
      JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
      assertThat(mapper.readValue(mapper.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
    });
  }
}
