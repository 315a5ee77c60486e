package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Document;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Writes a document (a plan, or a document of another type) through the application's generator, as tokens in the format's canonical order:
 * the mapper's indentation nests it, {@code valueToTree} gives an {@code ObjectNode} and
 * {@code convertValue} works. Property names and omissions are the format's whatever the
 * mapper's naming strategy or inclusion. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class JacksonDocumentSerializer<T extends Document> extends ValueSerializer<T> {

  private final Class<T> type;

  /**
   * Creates the serializer of one document class.
   *
   * @param type the class: {@code Plan}, {@code ProgressReport}, {@code IrmAssessment},
   *     {@code Member}, or {@code Document} for all
   */
  public JacksonDocumentSerializer(Class<T> type) {
    this.type = type;
  }

  @Override
  public void serialize(T document, JsonGenerator gen, SerializationContext ctxt) {
    FormatWriter.TYPED.writeDocument(document, gen);
  }

  /** Default typing must not wrap a document in type ids: the canonical form has none. */
  @Override
  public void serializeWithType(T document, JsonGenerator gen, SerializationContext ctxt,
      TypeSerializer typeSer) {
    serialize(document, gen, ctxt);
  }

  @Override
  public Class<?> handledType() {
    return type;
  }
}
