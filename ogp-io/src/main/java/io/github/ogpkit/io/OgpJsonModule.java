package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.io.internal.JacksonDocumentDeserializer;
import io.github.ogpkit.io.internal.JacksonDocumentSerializer;
import io.github.ogpkit.io.internal.JacksonReportSerializer;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.report.ValidationReport;
import org.apiguardian.api.API;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that makes an application's own {@code JsonMapper} read and write
 * {@link Plan} in the canonical format, and write {@link ValidationReport} in the report JSON
 * form, whatever that mapper's configuration: naming strategies, inclusion rules, indentation
 * and default typing change neither the output nor what is accepted.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
 * // or JsonMapper.builder().findAndAddModules().build(): the module is a service provider
 * Plan plan = mapper.readValue(json, Plan.class);   // InvalidPlanException on problems
 * String text = mapper.writeValueAsString(plan);     // the same as PlanWriter
 * }</pre>
 *
 * <p>A plan written as a root value is exactly {@link PlanWriter}'s output, final newline
 * included; nested in another value it is the same text without the final newline, indented
 * from column one. Writing needs a textual JSON generator. Reading goes through the mapper's
 * parser, so limits and UTF-8 checking are the mapper's; duplicate keys, unknown properties and
 * every value are checked here exactly as {@link PlanReader} checks them, and any error throws
 * {@link InvalidPlanException} with all findings. Findings that are only warnings (a newer minor
 * schema version) do not stop reading and are not reported through this module; use
 * {@link PlanReader} to see them, and to get the strict UTF-8 and length checks.
 *
 * <p>The other document types ({@link ProgressReport}, {@link IrmAssessment}, {@link Member})
 * are read and written the same way, as {@link DocumentReader} reads them and
 * {@link DocumentWriter} writes them; reading {@link Document} takes any type and returns the
 * one its {@code type} names. Asking for one type and reading another is an
 * {@link InvalidPlanException} with an {@code invalid-value} at {@code /type}.
 */
@API(status = STABLE, since = "0.1")
public final class OgpJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; also the constructor the service loader calls. */
  public OgpJsonModule() {
    super("ogpkit-plan", new Version(0, 1, 0, "SNAPSHOT", "io.github.ogpkit", "ogp-io"));
    addSerializer(Plan.class, new JacksonDocumentSerializer<>(Plan.class));
    addDeserializer(Plan.class, new JacksonDocumentDeserializer<>(Plan.class, "a plan"));
    addSerializer(ProgressReport.class, new JacksonDocumentSerializer<>(ProgressReport.class));
    addDeserializer(ProgressReport.class,
        new JacksonDocumentDeserializer<>(ProgressReport.class, "a progress report"));
    addSerializer(IrmAssessment.class, new JacksonDocumentSerializer<>(IrmAssessment.class));
    addDeserializer(IrmAssessment.class,
        new JacksonDocumentDeserializer<>(IrmAssessment.class, "an IRM assessment"));
    addSerializer(Member.class, new JacksonDocumentSerializer<>(Member.class));
    addDeserializer(Member.class, new JacksonDocumentDeserializer<>(Member.class, "a member"));
    addSerializer(Document.class, new JacksonDocumentSerializer<>(Document.class));
    addDeserializer(Document.class, new JacksonDocumentDeserializer<>(Document.class,
        "a document"));
    addSerializer(ValidationReport.class, new JacksonReportSerializer());
  }
}
