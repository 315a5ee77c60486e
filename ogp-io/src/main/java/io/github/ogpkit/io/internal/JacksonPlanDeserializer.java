package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.InvalidPlanException;
import io.github.ogpkit.io.internal.Node.ObjectNode;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads a plan from the mapper's token stream with the same checks as the plan reader, throwing
 * {@link InvalidPlanException} with every finding. Internal.
 */
public final class JacksonPlanDeserializer extends ValueDeserializer<Plan> {

  // The tree is read recursively; Jackson's own nesting limit applies first when it is lower.
  private static final int MAX_DEPTH = 1000;

  @Override
  public Plan deserialize(JsonParser p, DeserializationContext ctxt) {
    TokenStreamLocation start = p.currentTokenLocation();
    List<Finding> findings = new ArrayList<>();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      findings.add(Findings.error(Findings.WRONG_TYPE, JsonPointer.root(),
          TreeReader.location(start), "a plan must be a JSON object, found " + p.currentToken()));
      throw new InvalidPlanException(p, start, findings);
    }
    Node root = new TreeReader(MAX_DEPTH, findings).readValue(p, JsonPointer.root(), 1);
    Plan plan = root instanceof ObjectNode o ? PlanBinder.bind(o, findings) : null;
    if (plan == null) {
      throw new InvalidPlanException(p, start,
          ValidationReport.of(findings).atLeast(io.github.ogpkit.model.report.Severity.ERROR)
              .findings());
    }
    return plan;
  }

  /** Default typing must not make a plan polymorphic: type ids are neither expected nor read. */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  @Override
  public Class<?> handledType() {
    return Plan.class;
  }
}
