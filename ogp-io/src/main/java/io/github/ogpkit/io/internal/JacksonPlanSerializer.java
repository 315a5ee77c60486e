package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.Plan;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/** Writes a plan's canonical text as a raw value, untouched by the mapper's settings. Internal. */
public final class JacksonPlanSerializer extends ValueSerializer<Plan> {

  @Override
  public void serialize(Plan plan, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeRawValue(raw(PlanTree.canonical(plan), gen));
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

  /** The whole document at the root; inside another value, without the final newline. */
  static String raw(String document, JsonGenerator gen) {
    return gen.streamWriteContext().inRoot() ? document
        : document.substring(0, document.length() - 1);
  }
}
