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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
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

  @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
  void aGeneratedDocumentThatBindsPassesBeanValidation(@ForAll("documents") String json) {
    ReadResult result = PlanReader.standard().read(json);
    // Both outcomes must be common, or the property would prove little.
    Statistics.label("binds").collect(result.plan().isPresent())
        .coverage(c -> {
          c.check(true).percentage(p -> p > 20);
          c.check(false).percentage(p -> p > 20);
        });
    result.plan().ifPresent(plan ->
        assertThat(BEAN_VALIDATOR.validate(plan)).as("violations of %s", json).isEmpty());
  }

  private static Set<ConstraintViolation<Plan>> violations(byte[] json) {
    Plan plan = PlanReader.standard().readPlan(json);
    return BEAN_VALIDATOR.validate(plan);
  }

  // ------------------------------------------------------------------ generators
  // Values are mostly valid, so that many documents bind; every constrained value also has
  // invalid and borderline choices, so that the reader's refusals are exercised too.

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> head = Combinators.combine(
        often("\"xx-plan\"", "\"\"", "\"Bad\"", "\"a--b\"", q("a".repeat(100)),
            q("a".repeat(101)), "\"-a\"", "\"ə\"", "1"),
        often("\"OGP_ACTION_PLAN\"", "\"NATIONAL_PROGRAM\"", "\"ogp_action_plan\""),
        often("\"AZ\"", "\"az\"", "\"AZE\"", "\"\"", "null"),
        often("[\"en\"]", "[]", "[\"en\", \"en\"]", "[\"en\", \"bad tag\"]", "[\"az\", \"en\"]",
            "[\"az-Latn-AZ\"]", "[\"\"]"),
        often("\"2020/2022\"", "\"permanent\"", "\"2020\"", "\"2020-13\"", "\"1899\"",
            "\"2999\"", "\"2020-03/2020-01\"", "\"2020-2022\""))
        .as((id, kind, country, languages, period) -> "\"schemaVersion\": \"1.0\", \"id\": " + id
            + ", \"kind\": " + kind + ", \"country\": " + country + ", \"languages\": "
            + languages + ", \"period\": " + period);
    Arbitrary<String> adoption = often("", ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}}",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"reference\": \"\"}",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"reference\": \" \\n\"}",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"reference\": \"No. 1\","
            + " \"date\": \"2020-01-31\"}",
        ", \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"date\": \"2020-02-30\"}",
        ", \"adoption\": {\"instrument\": {}}");
    return Combinators.combine(head, texts(), adoption, institutions(), sections())
        .as((h, title, a, institutions, sections) -> "{" + h + ", \"title\": " + title + a
            + ", \"institutions\": " + institutions + ", \"sections\": " + sections + "}");
  }

  private static Arbitrary<String> texts() {
    return often("{\"en\": \"A text\"}", "{}", "{\"en\": \" \"}", "{\"not a tag\": \"x\"}",
        "{\"az-Cyrl\": \"Мәтн\", \"en\": \"A text\"}", "{\"en\": \"\"}", "{\"en\": null}",
        "{\"az\": \"Mətn\", \"en\": \"A text\"}");
  }

  private static Arbitrary<String> identifiers() {
    return often("\"ministry\"", "\"parliament\"", "\"Ministry\"", "\"\"", "\"unknown-body\"",
        q("m".repeat(101)));
  }

  private static Arbitrary<String> institutions() {
    Arbitrary<String> parent = often("", ", \"parent\": \"ministry\"",
        ", \"parent\": \"Bad Parent\"", ", \"parent\": \"\"", ", \"parent\": \"parliament\"");
    Arbitrary<String> institution = Combinators.combine(identifiers(), texts(),
        often("\"MINISTRY\"", "\"LEGISLATURE\"", "\"ministry\"", "\"\""),
        often("", ", \"collective\": true", ", \"collective\": false",
            ", \"collective\": \"yes\""), parent)
        .as((id, name, kind, collective, p) -> "{\"id\": " + id + ", \"name\": " + name
            + ", \"kind\": " + kind + collective + p + "}");
    return institution.list().ofMaxSize(3).map(ReaderBoundPlansPassBeanValidationTest::array);
  }

  private static Arbitrary<String> measures(int depth) {
    Arbitrary<String> assignment = Combinators.combine(identifiers(),
        often("\"EXECUTOR\"", "\"RECOMMENDED\"", "\"executor\""))
        .as((id, role) -> "{\"institution\": " + id + ", \"role\": " + role + "}");
    Arbitrary<String> indicator = Combinators.combine(texts(),
        often("", ", \"baseline\": {\"value\": 1}", ", \"target\": {\"value\": 2.50,"
            + " \"unit\": \"services\", \"year\": 2020}", ", \"target\": {\"value\": \"x\"}",
            ", \"baseline\": {\"value\": 1, \"year\": 1800}", ", \"target\": {\"value\": 1,"
            + " \"unit\": \" \"}"))
        .as((text, quantities) -> "{\"text\": " + text + quantities + "}");
    Arbitrary<String> subMeasures = depth == 0 ? Arbitraries.just("")
        : Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just("")),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(", \"measures\": []")),
            net.jqwik.api.Tuple.of(3, measures(depth - 1).list().ofMinSize(1).ofMaxSize(2)
                .map(list -> ", \"measures\": " + array(list))));
    Arbitrary<String> measure = Combinators.combine(
        often("\"1.1\"", "\"1.2\"", "\"01\"", "\"1.\"", "\"0\"", "\"1.1.1\""), texts(),
        indicator.list().ofMaxSize(2), assignment.list().ofMaxSize(2),
        often(", \"timeFrame\": \"2020/2021\"", "", ", \"timeFrame\": \"2021\"",
            ", \"timeFrame\": \"permanent\"", ", \"timeFrame\": \"2021/2020\"",
            ", \"timeFrame\": null", ", \"timeFrame\": \"2020/2021\""),
        subMeasures)
        .as((number, title, indicators, assignments, timeFrame, subs) -> "{\"number\": " + number
            + ", \"title\": " + title + ", \"indicators\": " + array(indicators)
            + ", \"institutions\": " + array(assignments) + timeFrame + subs + "}");
    return measure;
  }

  private static Arbitrary<String> sections() {
    Arbitrary<String> provision = Combinators.combine(often("\"1.9\"", "\"x\""), texts())
        .as((number, text) -> "{\"number\": " + number + ", \"text\": " + text + "}");
    Arbitrary<String> section = Combinators.combine(often("\"1\"", "\"2\"", "\"1.0\"", "\"\""),
        texts(), measures(2).list().ofMaxSize(3), provision.list().ofMaxSize(1))
        .as((number, title, measures, provisions) -> "{\"number\": " + number + ", \"title\": "
            + title + ", \"measures\": " + array(measures) + ", \"provisions\": "
            + array(provisions) + "}");
    return section.list().ofMinSize(1).ofMaxSize(2).map(ReaderBoundPlansPassBeanValidationTest::array);
  }

  /**
   * The first value most of the time, any of the others otherwise: a document has dozens of such
   * values, and it binds only when all of them are valid.
   */
  private static Arbitrary<String> often(String usual, String... others) {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(60, Arbitraries.just(usual)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(others)));
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }

  private static String array(List<String> elements) {
    return "[" + String.join(", ", elements) + "]";
  }
}
