package io.github.ogpkit.tables;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.tables.internal.Grid;
import io.github.ogpkit.tables.internal.GridException;
import io.github.ogpkit.tables.internal.PrintedReader;
import io.github.ogpkit.tables.internal.PrintedRegistryFile;
import io.github.ogpkit.tables.internal.TableMessages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Imports a plan drafted the way governments print it: one row per measure, with the columns
 * number, title, indicators, executors (and recommended or supporting institutions) and time, in
 * the plan's language, as the 2016-2018 Azerbaijani OGP plan prints its table
 * ({@code № | Tədbirin adı | Qiymətləndirmə indikatorları | İcra / Tövsiyə | İcra müddəti}).
 *
 * <pre>{@code
 * PrintedPlanImporter importer = PrintedPlanImporter.builder()
 *     .registry(existingPlan)        // institutions, and the metadata a table lacks
 *     .build();
 * ImportResult result = importer.read("plan.xlsx", Files.readAllBytes(path));
 * // 'İcra planı'!D7: error: no institution in the registry is named ... [institution-unknown]
 * result.findings().forEach(System.out::println);
 * result.plan().ifPresent(plan -> ...);
 * }</pre>
 *
 * <p><b>The layout.</b> The header row is found in the first 30 rows by its words, in
 * Azerbaijani or English, in any order and case (docs/TABLES.md lists them); the columns are
 * taken from it, and a column it does not name is not read (an {@code column-ignored} finding
 * says so). Text above the header row is the plan's title when the caller gives none. Below it:
 * <ul>
 *   <li>a row with only a number and a title (or whose title is merged across the row) is a
 *       section heading; a heading numbered {@code 4.1} is a subsection of the open section
 *       {@code 4}; a heading whose number starts a count anew ({@code 1} after {@code 8}) is a
 *       subsection of the open section, and one that goes on with an open level's count
 *       ({@code 9} after {@code 8}'s subsections) goes back to that level;</li>
 *   <li>any other row with a number is a measure of the last section heading (before any, of the
 *       plan); a measure whose number extends the previous measure's ({@code 1.2.1} after
 *       {@code 1.2}) is its sub-measure;</li>
 *   <li>numbers are outline numbers ({@code 1}, {@code 1.2}, {@code 2.3.1}, a trailing full stop
 *       dropped) or Roman numerals (kept as the code);</li>
 *   <li>the indicators cell holds one indicator a line;</li>
 *   <li>an institutions cell holds names split at line breaks, semicolons and commas outside
 *       parentheses; a label before a colon ({@code İcraçılar:}, {@code Tövsiyə edilir:},
 *       {@code Executors:}, {@code Recommended:}, {@code Supporting:}) gives the role of the
 *       names after it, else the column's role; each name is resolved against the registry by
 *       the name folding of ogp-rules in the plan's first language;</li>
 *   <li>the time cell is read by {@link io.github.ogpkit.model.PrintedTimeFrames}; the printed
 *       text is kept as {@code timeFramePrinted} when it differs from the time frame's
 *       notation;</li>
 *   <li>a cell merged down over several rows applies to each measure it covers; empty rows are
 *       skipped.</li>
 * </ul>
 *
 * <p><b>Findings.</b> A broken or missing number, a missing title, an unknown institution name or
 * a time the parser does not read is a finding at its cell, and the import goes on: the row, the
 * name or the time frame is left out and the rest of the plan is built. The plan is not
 * validated; validate it as any other plan.
 *
 * <p><b>The plan's metadata.</b> A printed table holds no id, country, kind or period: give them
 * with the builder, or with {@link Builder#metadata(Plan)} or {@link Builder#registry(Plan)}.
 * What is not given is made up and a {@code plan-metadata-defaulted} warning names it: the id from
 * the file name, kind {@link PlanKind#OGP_ACTION_PLAN}, country {@code ZZ} (no country, which
 * validation reports), the title from the text above the header, the language from the header's
 * words, and the period from the measures' time frames.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PrintedPlanImporter {

  private final List<Institution> registry;
  private final List<TableFinding> registryFindings;
  private final @Nullable Plan template;
  private final @Nullable String id;
  private final @Nullable PlanKind kind;
  private final @Nullable String country;
  private final @Nullable LocalizedText title;
  private final List<String> languages;
  private final @Nullable TimeFrame period;
  private final TableMessages messages;

  private PrintedPlanImporter(Builder b) {
    this.messages = TableMessages.forLocale(b.locale);
    if (b.registryFile == null) {
      this.registry = List.copyOf(b.registry);
      this.registryFindings = List.of();
    } else {
      List<Institution> institutions = new ArrayList<>();
      List<TableFinding> found = new ArrayList<>();
      readRegistry(b.registryFile.name(), b.registryFile.bytes(), messages, institutions, found);
      this.registry = List.copyOf(institutions);
      this.registryFindings = List.copyOf(found);
    }
    this.template = b.template;
    this.id = b.id;
    this.kind = b.kind;
    this.country = b.country;
    this.title = b.title;
    this.languages = List.copyOf(b.languages);
    this.period = b.period;
  }

  /**
   * A builder with an empty registry and no metadata.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports a file: an XLSX workbook (its first sheet) if the bytes are a ZIP archive, else CSV.
   *
   * @param fileName the file's name, for the findings and the default plan id, not null
   * @param bytes the file's content, not null
   * @return the plan, if the file holds one, and the findings, not null
   */
  public ImportResult read(String fileName, byte[] bytes) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
    if (isZip(bytes)) {
      try {
        return readXlsx(fileName, new ByteArrayInputStream(bytes));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array is never unreadable
      }
    }
    return readCsv(fileName, bytes);
  }

  /**
   * Imports a CSV file (UTF-8, RFC 4180) in the printed layout; the cells' sheet is the file's
   * name.
   *
   * @param fileName the file's name, the sheet of every cell address, not null
   * @param bytes the file's content, not null
   * @return the plan, if the file holds one, and the findings, not null
   */
  public ImportResult readCsv(String fileName, byte[] bytes) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
    try {
      return importGrid(fileName, Grid.readCsv(fileName, bytes, messages), true);
    } catch (GridException e) {
      return failed(e.finding());
    }
  }

  /**
   * Imports the first sheet of an XLSX workbook in the printed layout.
   *
   * @param fileName the file's name, for findings about the whole file, not null
   * @param in the workbook; read to the end, not closed; not null
   * @return the plan, if the sheet holds one, and the findings, not null
   * @throws IOException if the stream cannot be read
   */
  public ImportResult readXlsx(String fileName, InputStream in) throws IOException {
    return readXlsx(fileName, in, null);
  }

  /**
   * Imports a named sheet of an XLSX workbook in the printed layout.
   *
   * @param fileName the file's name, for findings about the whole file, not null
   * @param in the workbook; read to the end, not closed; not null
   * @param sheet the sheet's name, or null for the first sheet
   * @return the plan, if the sheet holds one, and the findings (a {@code sheet-missing} error if
   *     there is no such sheet), not null
   * @throws IOException if the stream cannot be read
   */
  public ImportResult readXlsx(String fileName, InputStream in, @Nullable String sheet)
      throws IOException {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(in, "in");
    List<Grid> grids;
    try {
      grids = Grid.readXlsx(fileName, in, messages);
    } catch (GridException e) {
      return failed(e.finding());
    }
    for (Grid grid : grids) {
      if (sheet == null || grid.name().equals(sheet)) {
        return importGrid(fileName, grid, false);
      }
    }
    return failed(TableFinding.inSheet("sheet-missing", Severity.ERROR, fileName,
        sheet == null ? messages.format("sheet-missing.workbook")
            : messages.format("sheet-missing.named", Excerpt.quote(sheet, 60))));
  }

  private ImportResult failed(TableFinding finding) {
    List<TableFinding> findings = new ArrayList<>(registryFindings);
    findings.add(finding);
    return new ImportResult(Optional.empty(), findings);
  }

  private static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
        && bytes[3] == 4;
  }

  private ImportResult importGrid(String fileName, Grid grid, boolean csv) {
    List<TableFinding> findings = new ArrayList<>(registryFindings);
    Optional<String> language = languages.isEmpty() ? Optional.empty()
        : Optional.of(languages.get(0));
    PrintedReader.Result read = PrintedReader.read(grid, csv, registry, language, messages);
    findings.addAll(read.findings());
    if (read.parts().isEmpty()) {
      return new ImportResult(Optional.empty(), findings);
    }
    PrintedReader.Parts parts = read.parts().get();
    // What was made up: the property's name, and the value with where it came from.
    List<String> defaultedNames = new ArrayList<>();
    List<String> defaulted = new ArrayList<>();
    TimeFrame thePeriod = period;
    if (thePeriod == null) {
      if (parts.span().isEmpty()) {
        findings.add(TableFinding.inSheet("plan-metadata-missing", Severity.ERROR, grid.name(),
            messages.format("plan-metadata-missing")));
        return new ImportResult(Optional.empty(), findings);
      }
      thePeriod = parts.span().get();
      defaultedNames.add(messages.format("plan-metadata.period"));
      defaulted.add(messages.format("plan-metadata-defaulted.period", thePeriod));
    }
    Plan.Builder plan = template == null ? Plan.builder() : template.toBuilder();
    if (id == null) {
      String slug = slug(fileName);
      defaultedNames.add(messages.format("plan-metadata.id"));
      defaulted.add(messages.format("plan-metadata-defaulted.id", slug));
      plan.id(slug);
    } else {
      plan.id(id);
    }
    if (kind == null) {
      defaultedNames.add(messages.format("plan-metadata.kind"));
      defaulted.add(messages.format("plan-metadata-defaulted.kind", PlanKind.OGP_ACTION_PLAN));
      plan.kind(PlanKind.OGP_ACTION_PLAN);
    } else {
      plan.kind(kind);
    }
    if (country == null) {
      defaultedNames.add(messages.format("plan-metadata.country"));
      defaulted.add(messages.format("plan-metadata-defaulted.country", "ZZ"));
      plan.country("ZZ");
    } else {
      plan.country(country);
    }
    if (languages.isEmpty()) {
      defaultedNames.add(messages.format("plan-metadata.languages"));
      defaulted.add(messages.format("plan-metadata-defaulted.languages", parts.language()));
      plan.languages(parts.language());
    } else {
      plan.languages(languages);
    }
    if (title == null) {
      String t = parts.titleAbove().orElse(fileName);
      defaultedNames.add(messages.format("plan-metadata.title"));
      defaulted.add(messages.format(parts.titleAbove().isPresent()
          ? "plan-metadata-defaulted.title" : "plan-metadata-defaulted.title-file",
          Excerpt.quote(t, 60)));
      plan.title(LocalizedText.of(parts.language(), t));
    } else {
      plan.title(title);
    }
    plan.period(thePeriod);
    plan.institutions(institutions(parts.used()));
    plan.measures(parts.measures());
    plan.sections(parts.sections());
    if (!defaulted.isEmpty()) {
      findings.add(TableFinding.inSheet("plan-metadata-defaulted", Severity.WARNING,
          grid.name(), messages.format("plan-metadata-defaulted",
              String.join(", ", defaultedNames), String.join("; ", defaulted))));
    }
    return new ImportResult(Optional.of(plan.build()), findings);
  }

  /** The registry's institutions that are assigned, with their parents, in registry order. */
  private List<Institution> institutions(Set<String> used) {
    Map<String, Institution> byId = new HashMap<>();
    for (Institution i : registry) {
      byId.putIfAbsent(i.id(), i);
    }
    Set<String> keep = new LinkedHashSet<>();
    for (String u : used) {
      String at = u;
      while (at != null && keep.add(at)) {
        Institution i = byId.get(at);
        at = i == null ? null : i.parent().orElse(null);
      }
    }
    return registry.stream().filter(i -> keep.remove(i.id())).toList();
  }

  /** A registry file, read when the importer is built. */
  private record RegistryFile(String name, byte[] bytes) {}

  private static void readRegistry(String fileName, byte[] bytes, TableMessages messages,
      List<Institution> registry, List<TableFinding> registryFindings) {
    try {
      Grid grid;
      boolean csv = !isZip(bytes);
      if (csv) {
        grid = Grid.readCsv(fileName, bytes, messages);
      } else {
        List<Grid> grids = Grid.readXlsx(fileName, new ByteArrayInputStream(bytes), messages);
        if (grids.isEmpty()) {
          registryFindings.add(TableFinding.inSheet("sheet-missing", Severity.ERROR, fileName,
              messages.format("sheet-missing.registry")));
          return;
        }
        grid = grids.get(0);
      }
      PrintedRegistryFile.Result result = PrintedRegistryFile.read(grid, csv, messages);
      registry.addAll(result.institutions());
      registryFindings.addAll(result.findings());
    } catch (GridException e) {
      registryFindings.add(e.finding());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array is never unreadable
    }
  }

  private static String slug(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "imported-plan" : s;
  }

  /**
   * Builds a {@link PrintedPlanImporter}. Not thread-safe.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private final List<Institution> registry = new ArrayList<>();
    private @Nullable RegistryFile registryFile;
    private Locale locale = Locale.ENGLISH;
    private @Nullable Plan template;
    private @Nullable String id;
    private @Nullable PlanKind kind;
    private @Nullable String country;
    private @Nullable LocalizedText title;
    private final List<String> languages = new ArrayList<>();
    private @Nullable TimeFrame period;

    private Builder() {}

    /**
     * Sets the registry the institution names are resolved against. The imported plan holds the
     * registry's institutions that it assigns, and their parents, in the registry's order.
     *
     * @param institutions the institutions, not null
     * @return this builder
     */
    public Builder registry(List<Institution> institutions) {
      List<Institution> copy = List.copyOf(institutions);
      registry.clear();
      registry.addAll(copy);
      registryFile = null;
      return this;
    }

    /**
     * Sets the registry to an existing plan's institutions, and the metadata to that plan's, as
     * {@link #metadata(Plan)} does.
     *
     * @param plan the plan, not null
     * @return this builder
     */
    public Builder registry(Plan plan) {
      Objects.requireNonNull(plan, "plan");
      registry(plan.institutions());
      return metadata(plan);
    }

    /**
     * Sets the registry to the institutions of a file: CSV, or the first sheet of an XLSX
     * workbook, with a header row naming the columns {@code id}, {@code name@LANG} (one a
     * language, such as {@code name@az}), {@code kind}, {@code collective} and
     * {@code parent}. Other columns are not read. The file's problems are findings (rules
     * {@code registry-*}) at their cells, reported with every import.
     *
     * @param fileName the file's name, the sheet of a CSV file's cells, not null
     * @param bytes the file's content, not null
     * @return this builder
     */
    public Builder registryFile(String fileName, byte[] bytes) {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(bytes, "bytes");
      registry.clear();
      // Read when the importer is built, so that the findings are in its locale whichever
      // order the builder's methods are called in.
      registryFile = new RegistryFile(fileName, bytes.clone());
      return this;
    }

    /**
     * Takes the metadata a printed table lacks from a plan: every property but its
     * institutions, measures and sections (id, kind, profile, country, jurisdiction, title,
     * languages, period, plan number, adoption, preamble, links, extensions). The setters below
     * override single properties.
     *
     * @param plan the plan, not null
     * @return this builder
     */
    public Builder metadata(Plan plan) {
      Objects.requireNonNull(plan, "plan");
      this.template = plan;
      this.id = plan.id();
      this.kind = plan.kind();
      this.country = plan.country();
      this.title = plan.title();
      this.languages.clear();
      this.languages.addAll(plan.languages());
      this.period = plan.period();
      return this;
    }

    /**
     * Sets the plan's id.
     *
     * @param id the id, not null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the plan's kind.
     *
     * @param kind the kind, not null
     * @return this builder
     */
    public Builder kind(PlanKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the plan's country.
     *
     * @param country the ISO 3166-1 alpha-2 code, not null
     * @return this builder
     */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country");
      return this;
    }

    /**
     * Sets the plan's title.
     *
     * @param title the title, not null
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the plan's languages; the first is the language the table is written in, in which
     * names are folded and texts are stored.
     *
     * @param languages the language tags, at least one, not null
     * @return this builder
     * @throws IllegalArgumentException if there is none, or a tag is not well-formed BCP 47
     */
    public Builder languages(String... languages) {
      List<String> copy = List.of(languages);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("languages is empty");
      }
      for (String tag : copy) {
        if (!LocalizedText.isWellFormedTag(tag)) {
          throw new IllegalArgumentException("language " + Excerpt.quote(tag, 40)
              + " is not a well-formed BCP 47 tag");
        }
      }
      this.languages.clear();
      this.languages.addAll(copy);
      return this;
    }

    /**
     * Sets the plan's period.
     *
     * @param period the period, not null
     * @return this builder
     */
    public Builder period(TimeFrame period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets the language of the findings' messages: Azerbaijani for a locale whose language is
     * {@code az}, else English, the default. No message depends on the JVM's default locale.
     *
     * @param locale the locale, not null
     * @return this builder
     * @since 0.2
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer, not null
     */
    public PrintedPlanImporter build() {
      return new PrintedPlanImporter(this);
    }
  }
}
