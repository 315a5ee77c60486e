package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.InvalidPlanException;
import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.io.internal.Node.ObjectNode;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.internal.CheckedPlans;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.ValidationReport;
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
  // The mapper's own constraints bound the text; these bound the tree and the report.
  private static final long MAX_VALUES = ReadLimits.DEFAULT_MAX_VALUES;
  private static final int MAX_FINDINGS = ReadLimits.DEFAULT_MAX_FINDINGS;

  @Override
  public Plan deserialize(JsonParser p, DeserializationContext ctxt) {
    TokenStreamLocation start = p.currentTokenLocation();
    FindingList findings = new FindingList(MAX_FINDINGS);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      findings.add(Findings.error(Findings.WRONG_TYPE, JsonPointer.root(),
          TreeReader.location(start), "a plan must be a JSON object, found " + p.currentToken()));
      throw new InvalidPlanException(p, start, findings.complete());
    }
    Node root = new TreeReader(MAX_DEPTH, MAX_VALUES, findings).readValue(p, JsonPointer.root(), 1);
    Plan plan = root instanceof ObjectNode o ? PlanBinder.bind(o, findings) : null;
    if (plan == null) {
      throw new InvalidPlanException(p, start,
          ValidationReport.of(findings.complete()).atLeast(io.github.ogpkit.model.report.Severity.ERROR)
              .findings());
    }
    return CheckedPlans.add(plan);
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
