package io.github.ogpkit.cli;

import io.github.ogpkit.io.DocumentReader;
import io.github.ogpkit.io.DocumentSchemas;
import io.github.ogpkit.io.DocumentWriter;
import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.io.ReportJsonWriter;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
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

  private final DocumentReader reader;
  private final OgpValidator validator;

  /**
   * An engine for one command.
   *
   * @param locale the language of messages
   * @param profile the rule profile's id for plans, or null to choose it for each plan (the
   *     plan's own, else executive-order for a 1.0 OGP action plan, else its kind's); other
   *     documents have none
   * @param limits the reader's limits
   */
  Engine(Locale locale, String profile, ReadLimits limits) {
    // The shared standard reader unless a limit was changed: most runs change none.
    this.reader = limits.equals(DocumentReader.standard().limits()) ? DocumentReader.standard()
        : DocumentReader.of(limits);
    OgpValidator.Builder b = OgpValidator.builder().locale(locale);
    if (profile != null) {
      b.profile(Profile.byId(profile));
    }
    this.validator = b.build();
  }

  /** Reads one input of any type, named; an input that cannot be read is an IOException. */
  ReadResult read(InputStream in, String name) throws IOException {
    try {
      return reader.read(in).withSource(name);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Validates documents read as one dataset: one report per result, in their order, each named
   * after its input as the result is. A report names a profile exactly when plan rules ran (RULES-1.1): not for a
   * document that did not bind, even with --profile, nor for the other document types.
   */
  List<ValidationReport> validate(List<ReadResult> results) {
    return DocumentReader.validate(results, validator);
  }

  /** The input as read, its canonical form (null if it is not a readable document), findings. */
  record Formatted(byte[] original, byte[] canonical, ValidationReport report) {}

  Formatted format(InputStream in, String name) throws IOException {
    long limit = reader.limits().maxDocumentBytes();
    // One byte past the limit is enough for the reader to report the limit.
    byte[] original = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    ReadResult result = reader.read(original);
    Optional<Document> document = result.document();
    byte[] canonical = document.map(d -> DocumentWriter.canonical().writeBytes(d)).orElse(null);
    return new Formatted(original, canonical, result.report().withSource(name));
  }

  String reportsJson(List<ValidationReport> reports) {
    return ReportJsonWriter.standard().writeAll(reports);
  }

  static String schema(DocumentType type) {
    return DocumentSchemas.text(type);
  }
}
