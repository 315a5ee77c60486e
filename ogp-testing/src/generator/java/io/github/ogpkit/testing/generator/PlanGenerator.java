package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Generates plans: {@linkplain #validPlans() valid ones}, with no finding under either profile,
 * and {@linkplain #readablePlans() readable ones}, which use every part of the format with
 * hostile values and read back equal.
 *
 * <pre>{@code
 * Plan plan = PlanGenerator.validPlans().next(42, 30);                // 1 to 31 measures
 * Plan big = PlanGenerator.validPlans().measures(10_000).institutions(200).next(42, 0);
 *
 * @Test
 * void myServiceAcceptsEveryValidPlan() {
 *   Property.forAll(PlanGenerator.validPlans()).tries(200)
 *       .check(plan -> assertThat(service.accept(plan)).isTrue());
 * }
 * }</pre>
 *
 * <p>The same seed, size and settings always give an equal plan. Valid plans have no finding at
 * all, of any severity, under either profile: numbers are unique and well nested, every measure
 * has an executor of a directed kind, an indicator and a time frame within the plan period,
 * every institution is used, names and titles are distinct, every text is in both of the plan's
 * languages (Azerbaijani and English). They are meant for volume, not realism: texts are short
 * generated phrases. Do not use them to test rules that need real wording; use
 * {@code OgpFixtures} (ogp-testing) for that.
 *
 * <p>Instances are immutable: each setting returns a new generator.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PlanGenerator implements Generator<Plan> {

  private static final String[] AZ_WORDS = {"şəffaflıq", "hesabatlılıq", "elektron", "xidmət",
      "ictimai", "iştirak", "informasiya", "açıqlıq", "bələdiyyə", "maarifləndirmə", "qanun",
      "portal", "İcra", "ığdır"};
  private static final String[] EN_WORDS = {"transparency", "accountability", "electronic",
      "service", "public", "participation", "information", "openness", "municipal", "awareness",
      "law", "portal", "register", "budget"};
  private static final InstitutionKind[] DIRECTED = {InstitutionKind.MINISTRY,
      InstitutionKind.STATE_COMMITTEE, InstitutionKind.STATE_AGENCY, InstitutionKind.CABINET,
      InstitutionKind.PUBLIC_INSTITUTION};

  private final int measures;
  private final int institutions;
  private final int measuresPerSection;
  private final int subsectionsPerSection;
  private final @Nullable PlanKind kind;

  private PlanGenerator(int measures, int institutions, int measuresPerSection,
      int subsectionsPerSection, @Nullable PlanKind kind) {
    this.measures = measures;
    this.institutions = institutions;
    this.measuresPerSection = measuresPerSection;
    this.subsectionsPerSection = subsectionsPerSection;
    this.kind = kind;
  }

  /**
   * Returns the generator of valid plans. Unless {@link #measures(int)} is set, each plan's
   * shape comes from the source: 1 to 1 + size measures, 1 to 1 + measures / 5 institutions,
   * 1 to 20 measures per section, 0 to 2 subsections per section, either kind; and, each as
   * often as not, a preamble, an adoption and extensions holding any JSON value
   * ({@link Values#extensions(int)}).
   *
   * @return the generator, not null
   */
  public static PlanGenerator validPlans() {
    return new PlanGenerator(-1, -1, -1, -1, null);
  }

  /**
   * Returns a generator of plans that use every part of the format, with text from every
   * Unicode plane and Azerbaijani letters ({@link Texts#text()}), extensions holding numbers of
   * up to 300 digits with scales from -400 to 400 ({@link Values#extensions(int)}), nested
   * sections, sub-measures, provisions, indicators with quantities, institutions of every kind.
   * Each plan is written and read back by ogp-io without a reading finding and equal; its
   * references and wording are arbitrary, so the rules find problems in most. At size 0 a plan
   * has one section and no measure; at {@link Source#FULL_SIZE}, up to two sections of up to
   * two measures, each with up to two sub-measures.
   *
   * @return the generator, not null
   */
  public static Generator<Plan> readablePlans() {
    return ReadablePlans.GENERATOR;
  }

  /**
   * Returns a generator of plans with exactly this many measures (sub-measures included), and,
   * unless set, 1 + measures / 20 institutions, 20 measures per section, 2 subsections per
   * section and the kind {@link PlanKind#OGP_ACTION_PLAN}; the size is then not used.
   *
   * @param measures at least 1
   * @return a new generator, not null
   */
  public PlanGenerator measures(int measures) {
    if (measures < 1) {
      throw new IllegalArgumentException("measures must be at least 1, was " + measures);
    }
    return new PlanGenerator(measures, institutions, measuresPerSection, subsectionsPerSection,
        kind);
  }

  /**
   * Returns a generator of plans with this many institutions. Each is used by some measure, so
   * there may not be more than measures.
   *
   * @param institutions at least 1
   * @return a new generator, not null
   */
  public PlanGenerator institutions(int institutions) {
    if (institutions < 1) {
      throw new IllegalArgumentException("institutions must be at least 1, was " + institutions);
    }
    return new PlanGenerator(measures, institutions, measuresPerSection, subsectionsPerSection,
        kind);
  }

  /**
   * Returns a generator of plans whose sections hold this many measures before a new one
   * starts.
   *
   * @param measuresPerSection at least 1
   * @return a new generator, not null
   */
  public PlanGenerator measuresPerSection(int measuresPerSection) {
    if (measuresPerSection < 1) {
      throw new IllegalArgumentException(
          "measuresPerSection must be at least 1, was " + measuresPerSection);
    }
    return new PlanGenerator(measures, institutions, measuresPerSection, subsectionsPerSection,
        kind);
  }

  /**
   * Returns a generator of plans whose top-level sections have this many subsections (0 for a
   * flat plan).
   *
   * @param subsections 0 or more
   * @return a new generator, not null
   */
  public PlanGenerator subsectionsPerSection(int subsections) {
    if (subsections < 0) {
      throw new IllegalArgumentException("subsections must not be negative, was " + subsections);
    }
    return new PlanGenerator(measures, institutions, measuresPerSection, subsections, kind);
  }

  /**
   * Returns a generator of plans of this kind.
   *
   * @param kind the kind, not null
   * @return a new generator, not null
   */
  public PlanGenerator kind(PlanKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new PlanGenerator(measures, institutions, measuresPerSection, subsectionsPerSection,
        kind);
  }

  /**
   * Generates a valid plan from the source's choices.
   *
   * @param source the choices, not null
   * @return the plan, not null
   * @throws IllegalArgumentException if there are more institutions than measures
   */
  @Override
  public Plan next(Source source) {
    boolean drawn = measures < 0;
    int measureCount = drawn ? source.between(1, 1 + source.size()) : measures;
    int institutionCount = institutions > 0 ? institutions
        : drawn ? source.between(1, 1 + measureCount / 5) : 1 + measureCount / 20;
    if (institutionCount > measureCount) {
      throw new IllegalArgumentException("every institution must be used: " + institutionCount
          + " institutions need at least as many measures, got " + measureCount);
    }
    int perSection = measuresPerSection > 0 ? measuresPerSection
        : drawn ? source.between(1, 20) : 20;
    int subsections = subsectionsPerSection >= 0 ? subsectionsPerSection
        : drawn ? source.between(0, 2) : 2;
    PlanKind planKind = kind != null ? kind
        : drawn ? source.pick(List.of(PlanKind.values())) : PlanKind.OGP_ACTION_PLAN;
    Plan plan = new Shape(measureCount, institutionCount, perSection, subsections, source)
        .build(planKind, "synthetic-" + measureCount + "-" + institutionCount + "-"
            + (source.isRandom() ? Long.toUnsignedString(source.seed()) : "replayed"));
    return drawn ? decorate(plan, source) : plan;
  }

  /** Optional parts that no rule looks at, or that are valid as generated. */
  private static Plan decorate(Plan plan, Source source) {
    Plan.Builder b = plan.toBuilder();
    if (source.chance(50)) {
      b.preamble(phrase("Preambula", "Preamble", "0", source));
    }
    if (source.chance(50)) {
      b.adoption(new Adoption(phrase("Sərəncam", "Order", "0", source),
          java.util.Optional.of(LocalDate.of(2015, 1, 1).plusDays(source.between(0, 364))),
          java.util.Optional.of("No. " + source.between(1, 9999))));
    }
    if (source.chance(50)) {
      b.extensions(Values.extensions(3).next(source));
    }
    return b.build();
  }

  private static LocalizedText phrase(String az, String en, String number, Source source) {
    return LocalizedText.of("az", az + " " + number + " " + word(AZ_WORDS, source) + " "
        + word(AZ_WORDS, source), "en", en + " " + number + " " + word(EN_WORDS, source) + " "
        + word(EN_WORDS, source));
  }

  private static String word(String[] words, Source source) {
    return words[source.nextInt(words.length)];
  }

  /** One plan's making: its counts, its source, and how far it got. */
  private static final class Shape {
    private final int measures;
    private final int measuresPerSection;
    private final int subsectionsPerSection;
    private final Source source;
    private final List<Institution> registry;
    // The number the next child of the parent last filled by addMeasures would get.
    private int nextChild;

    Shape(int measures, int institutions, int measuresPerSection, int subsectionsPerSection,
        Source source) {
      this.measures = measures;
      this.measuresPerSection = measuresPerSection;
      this.subsectionsPerSection = subsectionsPerSection;
      this.source = source;
      this.registry = new ArrayList<>(institutions);
      for (int i = 0; i < institutions; i++) {
        registry.add(Institution.builder()
            .id("institution-" + (i + 1))
            .name(LocalizedText.of("az", "Qurum " + (i + 1) + " " + word(AZ_WORDS, source),
                "en", "Institution " + (i + 1) + " " + word(EN_WORDS, source)))
            .kind(DIRECTED[source.nextInt(DIRECTED.length)])
            .build());
      }
    }

    Plan build(PlanKind kind, String id) {
      List<Section> sections = new ArrayList<>();
      int made = 0;
      int sectionNumber = 0;
      while (made < measures) {
        sectionNumber++;
        OutlineNumber number = OutlineNumber.of(sectionNumber);
        Section.Builder section = Section.builder().number(number)
            .title(text("Bölmə", "Section", number));
        int own = Math.min(measuresPerSection, measures - made);
        made = addMeasures(section::measure, number, own, made);
        // Sections, measures and provisions share one namespace: subsections continue the
        // numbering after the section's own measures.
        int firstSubsection = nextChild;
        for (int sub = 1; sub <= subsectionsPerSection && made < measures; sub++) {
          OutlineNumber subNumber = number.child(firstSubsection + sub - 1);
          Section.Builder subsection = Section.builder().number(subNumber)
              .title(text("Yarımbölmə", "Subsection", subNumber));
          int count = Math.min(Math.max(1, measuresPerSection / 2), measures - made);
          made = addMeasures(subsection::measure, subNumber, count, made);
          section.section(subsection.build());
        }
        sections.add(section.build());
      }
      return Plan.builder()
          .id(id)
          .kind(kind)
          .country("AZ")
          .title(LocalizedText.of("az", "Sintetik plan " + measures, "en",
              "Synthetic plan " + measures))
          // A local plan names its jurisdiction (rule jurisdiction-missing).
          .jurisdiction(kind == PlanKind.OGP_LOCAL_ACTION_PLAN
              ? LocalizedText.of("az", "Sintetik rayon", "en", "Synthetic district") : null)
          .languages("az", "en")
          .period(TimeFrame.ofYears(2016, 2018))
          .institutions(registry)
          .sections(sections)
          .build();
    }

    private int addMeasures(Consumer<Measure> into, OutlineNumber parent, int count, int made) {
      int next = 1;
      int remaining = count;
      while (remaining > 0) {
        OutlineNumber number = parent.child(next++);
        // Every tenth measure gets two sub-measures when there is room for them.
        boolean withSubs = source.nextInt(10) == 0 && remaining >= 3;
        Measure.Builder m = Measure.builder().number(number)
            .title(text("Tədbir", "Measure", number))
            .indicator(Indicator.of(text("İndikator", "Indicator", number)))
            .timeFrame(frame());
        made = assign(m, made);
        remaining--;
        if (withSubs) {
          for (int s = 1; s <= 2; s++) {
            OutlineNumber subNumber = number.child(s);
            Measure.Builder sub = Measure.builder().number(subNumber)
                .title(text("Alt tədbir", "Sub-measure", subNumber))
                .indicator(Indicator.of(text("İndikator", "Indicator", subNumber)))
                .timeFrame("2017");
            made = assign(sub, made);
            remaining--;
            m.measure(sub.build());
          }
          m.timeFrame("2016/2018");
        }
        into.accept(m.build());
      }
      nextChild = next;
      return made;
    }

    /** Assigns institutions so that the first |registry| measures use each one once. */
    private int assign(Measure.Builder m, int made) {
      String first = registry.get(made < registry.size() ? made
          : source.nextInt(registry.size())).id();
      m.executor(first);
      if (registry.size() > 1 && source.nextInt(3) == 0) {
        String second = registry.get(source.nextInt(registry.size())).id();
        if (!second.equals(first)) {
          m.executor(second);
        }
      }
      return made + 1;
    }

    private TimeFrame frame() {
      int start = 2016 + source.nextInt(3);
      int end = start + source.nextInt(2019 - start);
      return source.nextInt(8) == 0 ? TimeFrame.permanent() : TimeFrame.ofYears(start, end);
    }

    private LocalizedText text(String az, String en, OutlineNumber number) {
      return phrase(az, en, number.toString(), source);
    }
  }
}
