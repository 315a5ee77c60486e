package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.report.ValidationReport;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/** Writes a report's JSON form as a raw value. Internal. */
@API(status = INTERNAL, since = "0.1")
public final class JacksonReportSerializer extends ValueSerializer<ValidationReport> {

  @Override
  public void serialize(ValidationReport report, JsonGenerator gen, SerializationContext ctxt) {
    ReportFormat.write(report, gen);
  }

  @Override
  public void serializeWithType(ValidationReport report, JsonGenerator gen,
      SerializationContext ctxt, TypeSerializer typeSer) {
    serialize(report, gen, ctxt);
  }

  @Override
  public Class<?> handledType() {
    return ValidationReport.class;
  }
}
