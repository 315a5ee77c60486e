package io.github.ogpkit.benchmarks;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanSchema;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.rules.Profile;
import io.github.ogpkit.testing.OgpFixtures;
import io.github.ogpkit.testing.SyntheticPlans;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inputs and the tools every benchmark shares, made the same way for each so that the
 * comparisons in one run are of like with like.
 */
public final class Inputs {

  /** The {@code input} parameter value that selects the corrected OGP plan fixture. */
  public static final String FIXTURE = "fixture";

  private Inputs() {}

  /**
   * Returns an input document as canonical JSON (UTF-8).
   *
   * @param input {@value #FIXTURE} for the corrected OGP plan fixture, or a number of measures
   *     for a synthetic plan of that size, not null
   * @return the canonical bytes, a new array, not null
   * @throws NumberFormatException if the input is neither
   */
  public static byte[] json(String input) {
    if (input.equals(FIXTURE)) {
      return OgpFixtures.json(OgpFixtures.AZ_OGP_NAP_2016_2018);
    }
    return PlanWriter.canonical().writeBytes(SyntheticPlans.ofMeasures(Integer.parseInt(input)));
  }

  /**
   * Returns the reader every benchmark uses: the default limits, raised for the 100,000-measure
   * plan (about 74 MB and 1.7 million values): a document length limit of 256 MiB and 10 million
   * values.
   *
   * @return the reader, not null
   */
  public static PlanReader reader() {
    return PlanReader.builder().maxDocumentBytes(256L << 20).maxValues(10_000_000).build();
  }

  /**
   * Returns a plain Jackson mapper, as an application would make one.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder().build();
  }

  /**
   * Returns ogpkit's full validation under the {@code ogp-action-plan} profile.
   *
   * @return the validator, not null
   */
  public static OgpValidator ogpValidator() {
    return OgpValidator.builder().profile(Profile.OGP_ACTION_PLAN).build();
  }

  /**
   * Returns the plan's JSON Schema, loaded by networknt json-schema-validator with its defaults
   * for draft 2020-12.
   *
   * @return the schema, not null
   */
  public static Schema jsonSchema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(PlanSchema.text(), InputFormat.JSON);
  }

  /**
   * Returns a Bean Validation validator bootstrapped as ogp-rules bootstraps its own: Hibernate
   * Validator with a message interpolator that needs no expression language. It runs the
   * structural pass alone, without the plan rules.
   *
   * @return the validator, not null
   */
  public static Validator beanValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }
}
