package io.github.ogpkit.cli;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanSchema;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.io.ReportJsonWriter;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.rules.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the commands do with the library: one place that knows ogp-io's and ogp-rules' API. */
final class Engine {

  private final PlanReader reader;
  private final OgpValidator validator;

  /**
   * An engine for one command.
   *
   * @param locale the language of messages
   * @param profile the rule profile's id, or null to choose it for each plan (the plan's own,
   *     else executive-order for a 1.0 OGP action plan, else its kind's)
   * @param limits the reader's limits
   */
  Engine(Locale locale, String profile, ReadLimits limits) {
    // The shared standard reader unless a limit was changed: most runs change none.
    this.reader = limits.equals(PlanReader.standard().limits()) ? PlanReader.standard()
        : PlanReader.builder().limits(limits).build();
    OgpValidator.Builder b = OgpValidator.builder().locale(locale);
    if (profile != null) {
      b.profile(Profile.byId(profile));
    }
    this.validator = b.build();
  }

  /** Reads and validates one input; an input that cannot be read is an IOException. */
  ValidationReport validate(InputStream in, String name) throws IOException {
    ValidationReport report;
    try {
      report = reader.validate(in, validator);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // A report names a profile exactly when plan rules ran (RULES-1.1): not for a document that
    // did not bind, even with --profile.
    return report.withSource(name);
  }

  /** The input as read, its canonical form (null if it is not a readable plan), and findings. */
  record Formatted(byte[] original, byte[] canonical, ValidationReport report) {}

  Formatted format(InputStream in, String name) throws IOException {
    long limit = reader.limits().maxDocumentBytes();
    // One byte past the limit is enough for the reader to report the limit.
    byte[] original = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    ReadResult result = reader.read(original);
    Optional<Plan> plan = result.plan();
    byte[] canonical = plan.map(p -> PlanWriter.canonical().writeBytes(p)).orElse(null);
    return new Formatted(original, canonical, result.report().withSource(name));
  }

  String reportsJson(List<ValidationReport> reports) {
    return ReportJsonWriter.standard().writeAll(reports);
  }

  static String schema() {
    return PlanSchema.text();
  }
}
