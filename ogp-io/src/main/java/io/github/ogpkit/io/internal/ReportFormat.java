package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.List;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;

/**
 * Writes validation reports as tokens in the JSON form of RULES.md, to any Jackson generator:
 * {@link io.github.ogpkit.io.ReportJsonWriter}'s canonical layout or an application's own.
 * Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportFormat {

  private ReportFormat() {}

  /**
   * Writes one report as a JSON object.
   *
   * @param report the report
   * @param gen the generator
   */
  public static void write(ValidationReport report, JsonGenerator gen) {
    gen.writeStartObject(report);
    if (report.source().isPresent()) {
      gen.writeStringProperty("source", report.source().get());
    }
    if (report.profile().isPresent()) {
      gen.writeStringProperty("profile", report.profile().get());
    }
    gen.writeBooleanProperty("valid", report.isValid());
    gen.writeName("summary");
    gen.writeStartObject();
    gen.writeNumberProperty("errors", report.errorCount());
    gen.writeNumberProperty("warnings", report.warningCount());
    gen.writeNumberProperty("infos", report.infoCount());
    gen.writeEndObject();
    gen.writeName("findings");
    List<Finding> findings = report.findings();
    gen.writeStartArray(findings, findings.size());
    for (Finding f : findings) {
      finding(f, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /**
   * Writes reports as a JSON array of report objects, in the order given.
   *
   * @param reports the reports
   * @param gen the generator
   */
  public static void writeAll(List<ValidationReport> reports, JsonGenerator gen) {
    gen.writeStartArray(reports, reports.size());
    for (ValidationReport r : reports) {
      write(r, gen);
    }
    gen.writeEndArray();
  }

  private static void finding(Finding f, JsonGenerator gen) {
    gen.writeStartObject(f);
    gen.writeStringProperty("rule", f.rule());
    gen.writeStringProperty("severity", f.severity().name());
    gen.writeStringProperty("path", f.path().toString());
    if (f.location().isPresent()) {
      gen.writeNumberProperty("line", f.location().get().line());
      gen.writeNumberProperty("column", f.location().get().column());
    }
    gen.writeStringProperty("message", f.message());
    gen.writeEndObject();
  }
}
