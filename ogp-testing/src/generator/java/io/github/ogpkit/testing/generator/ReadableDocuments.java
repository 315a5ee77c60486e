package io.github.ogpkit.testing.generator;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.Decision;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.OpenGovernmentResult;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.PartialDate;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.PotentialImpact;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.Reporter;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Specificity;
import io.github.ogpkit.model.StatusChange;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The documents of {@link MonitoringGenerator}: one source's making of one progress report, IRM
 * assessment or member, using every property with hostile values, and only what reads back
 * without a reading finding (an entry of a progress report has a status, onSchedule or a
 * summary; arrays that must not be empty are not).
 */
final class ReadableDocuments {

  private static final List<String> LANGUAGES = List.of("az", "en", "ru", "az-Cyrl");
  private static final Generator<LocalizedText> LOCALIZED = Values.localizedTexts();
  private static final Generator<String> IDENTIFIER = Values.identifiers();
  private static final Generator<OutlineNumber> NUMBER = Values.outlineNumbers(3, 30);
  private static final Generator<TimeFrame> PERIOD =
      Values.boundedTimeFrames(TimeFrame.MIN_YEAR, TimeFrame.MAX_YEAR);

  private final Source source;

  ReadableDocuments(Source source) {
    this.source = source;
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return source.chance(50) ? Optional.of(value.get()) : Optional.empty();
  }

  private <E extends Enum<E>> E any(Class<E> type) {
    return source.pick(List.of(type.getEnumConstants()));
  }

  private LocalizedText localized() {
    return LOCALIZED.next(source);
  }

  private JsonObject extensions(int depth) {
    return source.chance(30) ? Values.extensions(depth).next(source) : JsonObject.EMPTY;
  }

  private int oneTo(int full) {
    return source.between(1, Math.max(1, source.scale(full)));
  }

  private LocalDate day() {
    return LocalDate.of(1900, 1, 1).plusDays(source.between(0, 400_000));
  }

  /** A partial date of any precision, years from 0000 to 9999 with their edges. */
  private PartialDate partialDate() {
    int year = source.betweenOrEdge(0, 9999);
    return switch (source.nextInt(3)) {
      case 0 -> PartialDate.of(year);
      case 1 -> PartialDate.of(year, source.betweenOrEdge(1, 12));
      default -> PartialDate.of(LocalDate.of(year, 1, 1).plusDays(source.between(0, 364)));
    };
  }

  private List<String> languages() {
    List<String> left = new ArrayList<>(LANGUAGES);
    List<String> chosen = new ArrayList<>();
    for (int n = oneTo(3); n > 0; n--) {
      chosen.add(left.remove(source.nextInt(left.size())));
    }
    return chosen;
  }

  private List<ProgressEntry> progressEntries() {
    List<ProgressEntry> entries = new ArrayList<>();
    for (int n = oneTo(4); n > 0; n--) {
      Optional<ProgressStatus> status = maybe(() -> any(ProgressStatus.class));
      Optional<Boolean> onSchedule = maybe(() -> source.chance(50));
      Optional<LocalizedText> summary = maybe(this::localized);
      if (status.isEmpty() && onSchedule.isEmpty() && summary.isEmpty()) {
        // Reading requires one of the three: the one said is chosen too.
        onSchedule = Optional.of(source.chance(50));
      }
      entries.add(new ProgressEntry(maybe(() -> NUMBER.next(source)), maybe(() -> ReadablePlans.ogpId(source)),
          status, onSchedule, summary, maybe(this::localized), maybe(this::localized),
          ReadablePlans.links(source), extensions(1)));
    }
    return entries;
  }

  ProgressReport progressReport() {
    return new ProgressReport(IDENTIFIER.next(source), IDENTIFIER.next(source),
        new Reporter(any(ReporterKind.class), localized(), extensions(1)), day(),
        maybe(this::day), languages(), ReadablePlans.links(source), progressEntries(),
        extensions(2));
  }

  private List<Assessment> assessments() {
    List<Assessment> entries = new ArrayList<>();
    for (int n = oneTo(4); n > 0; n--) {
      Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
      for (int i = source.between(0, 3); i > 0; i--) {
        values.add(any(OgpValue.class));
      }
      entries.add(new Assessment(maybe(() -> NUMBER.next(source)), maybe(() -> ReadablePlans.ogpId(source)),
          maybe(() -> any(Specificity.class)), maybe(() -> source.chance(50)), values,
          maybe(() -> any(PotentialImpact.class)), maybe(() -> source.chance(50)),
          maybe(() -> any(IrmCompletion.class)), maybe(() -> any(OpenGovernmentResult.class)),
          maybe(() -> source.chance(50)), maybe(this::localized), extensions(1)));
    }
    return entries;
  }

  IrmAssessment irmAssessment() {
    return new IrmAssessment(IDENTIFIER.next(source), IDENTIFIER.next(source),
        any(IrmProduct.class), partialDate(), languages(), ReadablePlans.links(source),
        assessments(), extensions(2));
  }

  Member member() {
    List<StatusChange> history = new ArrayList<>();
    for (int n = oneTo(4); n > 0; n--) {
      history.add(new StatusChange(any(MemberStatus.class), partialDate(),
          maybe(this::localized), maybe(this::localized), ReadablePlans.links(source),
          extensions(1)));
    }
    List<Decision> decisions = new ArrayList<>();
    for (int n = source.between(0, source.scale(3)); n > 0; n--) {
      decisions.add(new Decision(partialDate(), any(MemberStatus.class), maybe(this::localized),
          maybe(this::localized), ReadablePlans.links(source), extensions(1)));
    }
    List<PlanRef> plans = new ArrayList<>();
    for (int n = source.between(0, source.scale(3)); n > 0; n--) {
      plans.add(new PlanRef(IDENTIFIER.next(source), PERIOD.next(source),
          maybe(this::partialDate), ReadablePlans.links(source), extensions(1)));
    }
    return new Member(IDENTIFIER.next(source), localized(), any(MemberType.class),
        source.oneOf("AZ", "KE", "US", "CA"), maybe(this::localized), partialDate(),
        ReadablePlans.links(source), history, decisions, plans, extensions(2));
  }
}
