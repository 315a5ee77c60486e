package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Plan;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Writes a plan through the application's generator, as tokens in the format's canonical order:
 * the mapper's indentation nests it, {@code valueToTree} gives an {@code ObjectNode} and
 * {@code convertValue} works. Property names and omissions are the format's whatever the
 * mapper's naming strategy or inclusion. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class JacksonPlanSerializer extends ValueSerializer<Plan> {

  @Override
  public void serialize(Plan plan, JsonGenerator gen, SerializationContext ctxt) {
    FormatWriter.TYPED.writePlan(plan, gen);
  }

  /** Default typing must not wrap a plan in type ids: the canonical form has none. */
  @Override
  public void serializeWithType(Plan plan, JsonGenerator gen, SerializationContext ctxt,
      TypeSerializer typeSer) {
    serialize(plan, gen, ctxt);
  }

  @Override
  public Class<?> handledType() {
    return Plan.class;
  }
}
