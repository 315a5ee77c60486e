package io.github.ogpkit.testing;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Valid plans of any size, generated deterministically from a seed, for load tests and benchmarks.
 *
 * <pre>{@code
 * Plan big = SyntheticPlans.builder().measures(10_000).institutions(200).seed(42).build();
 * }</pre>
 *
 * <p>The same parameters always give an equal plan. Generated plans have no ERROR under either
 * profile: numbers are unique and well nested, every measure has an executor of a directed kind,
 * an indicator and a time frame within the plan period, every institution is used, and names and
 * titles are distinct. They are meant for volume, not realism: texts are short generated phrases
 * in Azerbaijani and English. Do not use them to test rules that need real wording; use
 * {@link OgpFixtures} for that.
 */
public final class SyntheticPlans {

  private static final String[] AZ_WORDS = {"şəffaflıq", "hesabatlılıq", "elektron", "xidmət",
      "ictimai", "iştirak", "informasiya", "açıqlıq", "bələdiyyə", "maarifləndirmə", "qanun",
      "portal", "İcra", "ığdır"};
  private static final String[] EN_WORDS = {"transparency", "accountability", "electronic",
      "service", "public", "participation", "information", "openness", "municipal", "awareness",
      "law", "portal", "register", "budget"};
  private static final InstitutionKind[] DIRECTED = {InstitutionKind.MINISTRY,
      InstitutionKind.STATE_COMMITTEE, InstitutionKind.STATE_AGENCY, InstitutionKind.CABINET,
      InstitutionKind.PUBLIC_INSTITUTION};

  private SyntheticPlans() {}

  /**
   * Returns a plan with the given number of measures, 1 + measures / 20 institutions, nested
   * sections, and seed 1.
   *
   * @param measures the number of measures, at least 1
   * @return the plan, not null
   */
  public static Plan ofMeasures(int measures) {
    return builder().measures(measures).build();
  }

  /**
   * Starts describing a synthetic plan.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Describes a synthetic plan. Not thread-safe; the plans it builds are immutable. */
  public static final class Builder {
    private int measures = 100;
    private int institutions = -1;
    private int measuresPerSection = 20;
    private int subsectionsPerSection = 2;
    private long seed = 1;
    private PlanKind kind = PlanKind.OGP_ACTION_PLAN;
    // The number the next child of the parent last filled by addMeasures would get.
    private int nextChild;

    private Builder() {}

    /**
     * Sets the number of measures (sub-measures included); 100 unless set.
     *
     * @param measures at least 1
     * @return this builder
     */
    public Builder measures(int measures) {
      if (measures < 1) {
        throw new IllegalArgumentException("measures must be at least 1, was " + measures);
      }
      this.measures = measures;
      return this;
    }

    /**
     * Sets the number of institutions; 1 + measures / 20 unless set. Each is used by some
     * measure, so it may not exceed the number of measures.
     *
     * @param institutions at least 1
     * @return this builder
     */
    public Builder institutions(int institutions) {
      if (institutions < 1) {
        throw new IllegalArgumentException("institutions must be at least 1, was " + institutions);
      }
      this.institutions = institutions;
      return this;
    }

    /**
     * Sets how many measures a section holds before a new one starts; 20 unless set.
     *
     * @param measuresPerSection at least 1
     * @return this builder
     */
    public Builder measuresPerSection(int measuresPerSection) {
      if (measuresPerSection < 1) {
        throw new IllegalArgumentException(
            "measuresPerSection must be at least 1, was " + measuresPerSection);
      }
      this.measuresPerSection = measuresPerSection;
      return this;
    }

    /**
     * Sets how many subsections each top-level section has (0 for a flat plan); 2 unless set.
     *
     * @param subsections 0 or more
     * @return this builder
     */
    public Builder subsectionsPerSection(int subsections) {
      if (subsections < 0) {
        throw new IllegalArgumentException("subsections must not be negative, was " + subsections);
      }
      this.subsectionsPerSection = subsections;
      return this;
    }

    /**
     * Sets the seed; 1 unless set. The same seed and sizes give an equal plan.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the plan's kind; {@link PlanKind#OGP_ACTION_PLAN} unless set.
     *
     * @param kind the kind, not null
     * @return this builder
     */
    public Builder kind(PlanKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Generates the plan.
     *
     * @return the plan, not null
     * @throws IllegalArgumentException if there are more institutions than measures
     */
    public Plan build() {
      int institutionCount = institutions > 0 ? institutions : 1 + measures / 20;
      if (institutionCount > measures) {
        throw new IllegalArgumentException("every institution must be used: " + institutionCount
            + " institutions need at least as many measures, got " + measures);
      }
      SplittableRandom random = new SplittableRandom(seed);
      List<Institution> registry = new ArrayList<>(institutionCount);
      for (int i = 0; i < institutionCount; i++) {
        registry.add(Institution.builder()
            .id("institution-" + (i + 1))
            .name(LocalizedText.of("az", "Qurum " + (i + 1) + " " + pick(AZ_WORDS, random),
                "en", "Institution " + (i + 1) + " " + pick(EN_WORDS, random)))
            .kind(DIRECTED[random.nextInt(DIRECTED.length)])
            .build());
      }
      TimeFrame period = TimeFrame.ofYears(2016, 2018);
      List<Section> sections = new ArrayList<>();
      int made = 0;
      int sectionNumber = 0;
      while (made < measures) {
        sectionNumber++;
        OutlineNumber number = OutlineNumber.of(sectionNumber);
        Section.Builder section = Section.builder().number(number)
            .title(text("Bölmə", "Section", number, random));
        int own = Math.min(measuresPerSection, measures - made);
        made = addMeasures(section::measure, number, own, made, registry, random);
        // Sections, measures and provisions share one namespace: subsections continue the
        // numbering after the section's own measures.
        int firstSubsection = nextChild;
        for (int sub = 1; sub <= subsectionsPerSection && made < measures; sub++) {
          OutlineNumber subNumber = number.child(firstSubsection + sub - 1);
          Section.Builder subsection = Section.builder().number(subNumber)
              .title(text("Yarımbölmə", "Subsection", subNumber, random));
          int count = Math.min(Math.max(1, measuresPerSection / 2), measures - made);
          made = addMeasures(subsection::measure, subNumber, count, made, registry, random);
          section.section(subsection.build());
        }
        sections.add(section.build());
      }
      return Plan.builder()
          .id("synthetic-" + measures + "-" + institutionCount + "-" + Long.toUnsignedString(seed))
          .kind(kind)
          .country("AZ")
          .title(LocalizedText.of("az", "Sintetik plan " + measures, "en",
              "Synthetic plan " + measures))
          .languages("az", "en")
          .period(period)
          .institutions(registry)
          .sections(sections)
          .build();
    }

    private int addMeasures(java.util.function.Consumer<Measure> into, OutlineNumber parent,
        int count, int made, List<Institution> registry, SplittableRandom random) {
      int next = 1;
      int remaining = count;
      while (remaining > 0) {
        OutlineNumber number = parent.child(next++);
        // Every tenth measure gets two sub-measures when there is room for them.
        boolean withSubs = random.nextInt(10) == 0 && remaining >= 3;
        Measure.Builder m = Measure.builder().number(number)
            .title(text("Tədbir", "Measure", number, random))
            .indicator(indicator(number, random))
            .timeFrame(frame(random));
        made = assign(m, made, registry, random);
        remaining--;
        if (withSubs) {
          for (int s = 1; s <= 2; s++) {
            OutlineNumber subNumber = number.child(s);
            Measure.Builder sub = Measure.builder().number(subNumber)
                .title(text("Alt tədbir", "Sub-measure", subNumber, random))
                .indicator(indicator(subNumber, random))
                .timeFrame("2017");
            made = assign(sub, made, registry, random);
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
    private static int assign(Measure.Builder m, int made, List<Institution> registry,
        SplittableRandom random) {
      String first = registry.get(made < registry.size() ? made : random.nextInt(registry.size()))
          .id();
      m.executor(first);
      if (registry.size() > 1 && random.nextInt(3) == 0) {
        String second = registry.get(random.nextInt(registry.size())).id();
        if (!second.equals(first)) {
          m.executor(second);
        }
      }
      return made + 1;
    }

    private static io.github.ogpkit.model.Indicator indicator(OutlineNumber number,
        SplittableRandom random) {
      return io.github.ogpkit.model.Indicator.of(text("İndikator", "Indicator", number, random));
    }

    private static TimeFrame frame(SplittableRandom random) {
      int start = 2016 + random.nextInt(3);
      int end = start + random.nextInt(2019 - start);
      return random.nextInt(8) == 0 ? TimeFrame.permanent() : TimeFrame.ofYears(start, end);
    }

    private static LocalizedText text(String az, String en, OutlineNumber number,
        SplittableRandom random) {
      return LocalizedText.of("az", az + " " + number + " " + pick(AZ_WORDS, random) + " "
          + pick(AZ_WORDS, random), "en", en + " " + number + " " + pick(EN_WORDS, random) + " "
          + pick(EN_WORDS, random));
    }

    private static String pick(String[] words, SplittableRandom random) {
      return words[random.nextInt(words.length)];
    }
  }
}
