package io.github.ogpkit.benchmarks;

import com.networknt.schema.Schema;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.rules.OgpValidator;
import jakarta.validation.Validator;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * The tools the benchmarks compare, each made and warmed up once per fork outside the
 * measurement, as a service would hold them.
 */
@State(Scope.Benchmark)
public class Tools {

  /** ogpkit's reader, limits raised for the largest input. */
  public PlanReader reader;
  /** ogpkit's full validation under {@code ogp-action-plan}. */
  public OgpValidator validator;
  /** ogpkit's canonical writer. */
  public PlanWriter writer;
  /** A plain Jackson mapper. */
  public ObjectMapper mapper;
  /** Jackson writing a tree with its default pretty printer. */
  public ObjectWriter prettyWriter;
  /** The plan's JSON Schema, by networknt json-schema-validator. */
  public Schema schema;
  /** Hibernate Validator, bootstrapped as ogp-rules bootstraps it. */
  public Validator beanValidator;

  /** Makes the tools. */
  @Setup
  public void setUp() {
    reader = Inputs.reader();
    validator = Inputs.ogpValidator();
    writer = PlanWriter.canonical();
    mapper = Inputs.mapper();
    prettyWriter = mapper.writerWithDefaultPrettyPrinter();
    schema = Inputs.jsonSchema();
    beanValidator = Inputs.beanValidator();
  }
}
