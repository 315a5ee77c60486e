package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Plan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import io.github.ogpkit.testing.generator.Generator;
import io.github.ogpkit.testing.generator.Property;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The premise on which the validator skips the Bean Validation pass for plans the reader bound:
 * a plan binds only when the reading rules found no error, and then none of the model's
 * constraints can fail. Documents are generated with valid values and with values at and beyond
 * every constraint's edge (identifiers of 100 and 101 characters, blank references, permanent
 * periods, repeated languages, measures without time frames...); whenever one binds, Hibernate
 * Validator must find nothing in the plan.
 */
class ReaderBoundPlansPassBeanValidationTest {

  private static final Validator BEAN_VALIDATOR = Validation.byProvider(HibernateValidator.class)
      .providerResolver(() -> List.of(new HibernateValidator()))
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  @Test
  void everyFixtureAndSyntheticPlanTheReaderBindsPassesBeanValidation() {
    for (String id : OgpFixtures.ids()) {
      assertThat(violations(OgpFixtures.json(id))).as(id).isEmpty();
    }
    for (int measures : new int[] {1, 7, 250}) {
      byte[] json = io.github.ogpkit.io.PlanWriter.canonical()
          .writeBytes(SyntheticPlans.builder().measures(measures).seed(measures).build());
      assertThat(violations(json)).as("synthetic %d", measures).isEmpty();
    }
  }

  @Test
  void aGeneratedDocumentThatBindsPassesBeanValidation() {
    int[] binds = {0, 0};
    long checked = Property.forAll(documents())
        .tries(3000)
        .check(json -> {
          ReadResult result = PlanReader.standard().read(json);
          binds[result.plan().isPresent() ? 1 : 0]++;
          result.plan().ifPresent(plan ->
              assertThat(BEAN_VALIDATOR.validate(plan)).as("violations of %s", json).isEmpty());
        });
    // Both outcomes must be common, or the property would prove little (a run of one seed,
    // -Dogp.seed, checks one document and proves nothing about them).
    if (checked > 1) {
      assertThat(binds[1]).as("documents that bind, of %d", checked).isGreaterThan(
          (int) (checked / 5));
      assertThat(binds[0]).as("documents that do not bind, of %d", checked).isGreaterThan(
          (int) (checked / 5));
    }
  }

  private static Set<ConstraintViolation<Plan>> violations(byte[] json) {
    Plan plan = PlanReader.standard().readPlan(json);
    return BEAN_VALIDATOR.validate(plan);
  }

  // ------------------------------------------------------------------ generators
  // Values are mostly valid, so that many documents bind; every constrained value also has
  // invalid and borderline choices, so that the reader's refusals are exercised too.

  static Generator<String> documents() {
    Generator<String> id = often("\"xx-plan\"", "\"\"", "\"Bad\"", "\"a--b\"",
        q("a".repeat(100)), q("a".repeat(101)), "\"-a\"", "\"ə\"", "1");
    Generator<String> kind = often("\"OGP_ACTION_PLAN\"", "\"NATIONAL_PROGRAM\"",
        "\"ogp_action_plan\"");
    Generator<String> country = often("\"AZ\"", "\"az\"", "\"AZE\"", "\"\"", "null");
    Generator<String> languages = often("[\"en\"]", "[]", "[\"en\", \"en\"]",
        "[\"en\", \"bad tag\"]", "[\"az\", \"en\"]", "[\"az-Latn-AZ\"]", "[\"\"]");
    Generator<String> period = often("\"2020/2022\"", "\"permanent\"", "\"2020\"",
        "\"2020-13\"", "\"1899\"", "\"2999\"", "\"2020-03/2020-01\"", "\"2020-2022\"");
    Generator<String> adoption = often("",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}}",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"reference\": \"\"}",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"reference\": \" \\n\"}",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"reference\": \"No. 1\","
            + " \"date\": \"2020-01-31\"}",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"date\": \"2020-02-30\"}",
        ", \"adoption\": {\"instrument\": {}}");
    Generator<String> texts = texts();
    Generator<String> institutions = institutions();
    Generator<String> sections = sections();
    return source -> "{\"schemaVersion\": \"1.0\", \"id\": " + id.next(source)
        + ", \"kind\": " + kind.next(source) + ", \"country\": " + country.next(source)
        + ", \"languages\": " + languages.next(source) + ", \"period\": " + period.next(source)
        + ", \"title\": " + texts.next(source) + adoption.next(source)
        + ", \"institutions\": " + institutions.next(source)
        + ", \"sections\": " + sections.next(source) + "}";
  }

  private static Generator<String> texts() {
    return often("{\"en\": \"A text\"}", "{}", "{\"en\": \" \"}", "{\"not a tag\": \"x\"}",
        "{\"az-Cyrl\": \"Мәтн\", \"en\": \"A text\"}", "{\"en\": \"\"}", "{\"en\": null}",
        "{\"az\": \"Mətn\", \"en\": \"A text\"}");
  }

  private static Generator<String> identifiers() {
    return often("\"ministry\"", "\"parliament\"", "\"Ministry\"", "\"\"", "\"unknown-body\"",
        q("m".repeat(101)));
  }

  private static Generator<String> institutions() {
    Generator<String> id = identifiers();
    Generator<String> name = texts();
    Generator<String> kind = often("\"MINISTRY\"", "\"LEGISLATURE\"", "\"ministry\"", "\"\"");
    Generator<String> collective = often("", ", \"collective\": true",
        ", \"collective\": false", ", \"collective\": \"yes\"");
    Generator<String> parent = often("", ", \"parent\": \"ministry\"",
        ", \"parent\": \"Bad Parent\"", ", \"parent\": \"\"", ", \"parent\": \"parliament\"");
    Generator<String> institution = source -> "{\"id\": " + id.next(source) + ", \"name\": "
        + name.next(source) + ", \"kind\": " + kind.next(source) + collective.next(source)
        + parent.next(source) + "}";
    return institution.list(0, 3).map(ReaderBoundPlansPassBeanValidationTest::array);
  }

  private static Generator<String> measures(int depth) {
    Generator<String> id = identifiers();
    Generator<String> role = often("\"EXECUTOR\"", "\"RECOMMENDED\"", "\"executor\"");
    Generator<String> assignment = source -> "{\"institution\": " + id.next(source)
        + ", \"role\": " + role.next(source) + "}";
    Generator<String> text = texts();
    Generator<String> quantities = often("", ", \"baseline\": {\"value\": 1}",
        ", \"target\": {\"value\": 2.50, \"unit\": \"services\", \"year\": 2020}",
        ", \"target\": {\"value\": \"x\"}", ", \"baseline\": {\"value\": 1, \"year\": 1800}",
        ", \"target\": {\"value\": 1, \"unit\": \" \"}");
    Generator<String> indicator = source -> "{\"text\": " + text.next(source)
        + quantities.next(source) + "}";
    Generator<String> subMeasures = depth == 0 ? Generator.constant("")
        : subMeasures(measures(depth - 1).list(1, 2));
    Generator<String> number = often("\"1.1\"", "\"1.2\"", "\"01\"", "\"1.\"", "\"0\"",
        "\"1.1.1\"");
    Generator<List<String>> indicators = indicator.list(0, 2);
    Generator<List<String>> assignments = assignment.list(0, 2);
    Generator<String> timeFrame = often(", \"timeFrame\": \"2020/2021\"", "",
        ", \"timeFrame\": \"2021\"", ", \"timeFrame\": \"permanent\"",
        ", \"timeFrame\": \"2021/2020\"", ", \"timeFrame\": null",
        ", \"timeFrame\": \"2020/2021\"");
    return source -> "{\"number\": " + number.next(source) + ", \"title\": "
        + text.next(source) + ", \"indicators\": " + array(indicators.next(source))
        + ", \"institutions\": " + array(assignments.next(source)) + timeFrame.next(source)
        + subMeasures.next(source) + "}";
  }

  /** No sub-measures six times in ten, an empty array once, one or two sub-measures three. */
  private static Generator<String> subMeasures(Generator<List<String>> some) {
    return source -> {
      int pick = source.nextInt(10);
      return pick < 6 ? "" : pick == 6 ? ", \"measures\": []"
          : ", \"measures\": " + array(some.next(source));
    };
  }

  private static Generator<String> sections() {
    Generator<String> provisionNumber = often("\"1.9\"", "\"x\"");
    Generator<String> text = texts();
    Generator<String> provision = source -> "{\"number\": " + provisionNumber.next(source)
        + ", \"text\": " + text.next(source) + "}";
    Generator<String> number = often("\"1\"", "\"2\"", "\"1.0\"", "\"\"");
    Generator<List<String>> measures = measures(2).list(0, 3);
    Generator<List<String>> provisions = provision.list(0, 1);
    Generator<String> section = source -> "{\"number\": " + number.next(source)
        + ", \"title\": " + text.next(source) + ", \"measures\": "
        + array(measures.next(source)) + ", \"provisions\": " + array(provisions.next(source))
        + "}";
    return section.list(1, 2).map(ReaderBoundPlansPassBeanValidationTest::array);
  }

  /**
   * The first value most of the time (60 times in 61), any of the others otherwise: a document
   * has dozens of such values, and it binds only when all of them are valid.
   */
  private static Generator<String> often(String usual, String... others) {
    List<String> rest = List.of(others);
    return source -> source.nextInt(61) < 60 ? usual : source.pick(rest);
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }

  private static String array(List<String> elements) {
    return "[" + String.join(", ", elements) + "]";
  }
}
