package io.github.ogpkit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.report.internal.Labels;
import io.github.ogpkit.report.internal.Pages;
import io.github.ogpkit.report.internal.View;
import io.github.ogpkit.report.internal.templates.JtereportGenerated;
import io.github.ogpkit.rules.OgpValidator;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan, or a plan in a dataset, as one self-contained HTML page (UTF-8) that a person
 * can open in a browser, share and print.
 *
 * <pre>{@code
 * PlanReport report = PlanReport.builder().locale(Locale.forLanguageTag("az")).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("report.html"))) {
 *   report.write(dataset, "az-ogp-nap-2016-2018", out);
 * }
 * }</pre>
 *
 * <p>The page holds, in order: the plan's header (title, member, country, period, adoption, rule
 * profile, links); the findings of {@link OgpValidator} (of the dataset when there is one), each
 * linked to the section or measure it is about; the outline of sections and measures with their
 * numbers, codes, OGP ids, institutions by role, time frames and, in a dataset, the latest
 * status from each kind of reporter and the IRM's latest completion as badges; an SVG timeline,
 * one bar per measure without sub-measures on the axis of the plan's period, with a line at the
 * latest as-of date of the progress reports; an SVG chart of measures per institution and role;
 * and the member's status history when the dataset has the member.
 *
 * <p><b>The page.</b> It makes no request: styles and charts are inline, there is no script, and
 * a Content-Security-Policy forbids loading anything. Every text of the plan is escaped by the
 * template engine, in text and in attributes; a link of the plan becomes a link only if its
 * address is absolute http or https, otherwise it is printed as text. Sections have the id
 * {@code s-NUMBER} and measures {@code m-NUMBER}, with {@code -2}, {@code -3}, ... for the
 * second and later parts that print the same number; each timeline bar carries
 * {@code data-measure}, {@code data-first} and {@code data-last} (ISO days, empty for an open
 * end), and {@code data-drawn-first} and {@code data-drawn-last} for the days it is drawn over.
 *
 * <p><b>Languages.</b> Headings and labels are in English, or in Azerbaijani for a locale whose
 * language is {@code az}; the findings' messages too. Texts of the plan are shown in that
 * language when the plan has them, else in the plan's first language, marked with their
 * {@code lang}. Numbers have ASCII digits and dates ISO form: the page does not depend on the
 * JVM's default locale or time zone.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PlanReport {

  private final Locale locale;
  private final Labels labels;
  private final OgpValidator validator;

  private PlanReport(Builder builder) {
    this.locale = builder.locale;
    this.labels = Labels.of(builder.locale);
    OgpValidator given = builder.validator;
    this.validator = given != null ? given : OgpValidator.builder().locale(locale).build();
  }

  /**
   * Returns a report in English with the standard validator.
   *
   * @return the report, not null
   */
  public static PlanReport standard() {
    return builder().build();
  }

  /**
   * Returns a builder, English and the standard validator unless told otherwise.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the locale of the headings and messages.
   *
   * @return the locale, not null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Writes the page of a plan alone: without statuses, as-of line or member.
   *
   * @param plan the plan, not null
   * @param out where to write the page, UTF-8, not null; flushed, not closed
   * @throws IOException if writing fails
   */
  public void write(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    render(Pages.view(plan, null, labels, validator), out);
  }

  /**
   * Writes the page of a plan in a dataset, with what its progress reports, IRM assessments and
   * member say.
   *
   * @param dataset the dataset, not null
   * @param planId the plan's id, not null
   * @param out where to write the page, UTF-8, not null; flushed, not closed
   * @throws IllegalArgumentException if the dataset has no plan with that id
   * @throws IOException if writing fails
   */
  public void write(Dataset dataset, String planId, OutputStream out) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(out, "out");
    Plan plan = dataset.plan(planId).orElseThrow(() -> new IllegalArgumentException(
        "the dataset has no plan with id \"" + planId + "\""));
    render(Pages.view(plan, dataset, labels, validator), out);
  }

  /**
   * Returns the page of a plan alone as a string.
   *
   * @param plan the plan, not null
   * @return the page, not null
   */
  public String toHtml(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new AssertionError("a byte array stream does not fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns the page of a plan in a dataset as a string.
   *
   * @param dataset the dataset, not null
   * @param planId the plan's id, not null
   * @return the page, not null
   * @throws IllegalArgumentException if the dataset has no plan with that id
   */
  public String toHtml(Dataset dataset, String planId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(dataset, planId, out);
    } catch (IOException e) {
      throw new AssertionError("a byte array stream does not fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void render(View view, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    JtereportGenerated.render(new OwaspHtmlTemplateOutput(new WriterOutput(writer)), null, view);
    writer.flush();
  }

  @Override
  public String toString() {
    return "PlanReport[locale=" + locale.toLanguageTag() + "]";
  }

  /**
   * Builds a {@link PlanReport}.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {

    private Locale locale = Locale.ENGLISH;
    private @Nullable OgpValidator validator;

    private Builder() {}

    /**
     * Sets the language of headings and messages: Azerbaijani for a locale whose language is
     * {@code az}, English for any other. Default: English.
     *
     * @param locale the locale, not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the validator whose findings the page summarizes. Default: the standard validator in
     * the report's locale.
     *
     * @param validator the validator, not null
     * @return this builder
     */
    public Builder validator(OgpValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report, not null
     */
    public PlanReport build() {
      return new PlanReport(this);
    }
  }
}
