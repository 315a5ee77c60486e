package io.github.ogpkit.report.internal;

import io.github.ogpkit.analytics.ActiveSpan;
import io.github.ogpkit.analytics.MeasureLevel;
import io.github.ogpkit.analytics.PlanAnalytics;
import io.github.ogpkit.analytics.Timeline;
import io.github.ogpkit.analytics.Workload;
import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.AssessmentMention;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.MeasureEntry;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanPart;
import io.github.ogpkit.model.ProgressMention;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.StatusChange;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.report.internal.View.Badge;
import io.github.ogpkit.report.internal.View.Bar;
import io.github.ogpkit.report.internal.View.Fact;
import io.github.ogpkit.report.internal.View.FindingRow;
import io.github.ogpkit.report.internal.View.FindingsView;
import io.github.ogpkit.report.internal.View.Group;
import io.github.ogpkit.report.internal.View.LinkView;
import io.github.ogpkit.report.internal.View.Marker;
import io.github.ogpkit.report.internal.View.MemberView;
import io.github.ogpkit.report.internal.View.RoleNames;
import io.github.ogpkit.report.internal.View.Row;
import io.github.ogpkit.report.internal.View.Segment;
import io.github.ogpkit.report.internal.View.StatusRow;
import io.github.ogpkit.report.internal.View.Text;
import io.github.ogpkit.report.internal.View.Tick;
import io.github.ogpkit.report.internal.View.TimelineView;
import io.github.ogpkit.report.internal.View.WorkloadRow;
import io.github.ogpkit.report.internal.View.WorkloadView;
import io.github.ogpkit.rules.OgpValidator;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Makes the {@link View} of a plan: all that the page shows, computed and formatted here with
 * {@link Locale#ROOT} and ISO dates, so that nothing depends on the JVM's default locale or time
 * zone. Internal.
 */
public final class Pages {

  /** Width of the charts, in SVG user units. */
  static final int WIDTH = 960;
  /** Where the timeline's bars start: left of it, the measure numbers and section titles. */
  static final int CHART_LEFT = 110;
  /** Where the bars end. */
  static final int CHART_RIGHT = WIDTH - 10;
  static final int ROW = 16;
  static final int BAR = 10;
  static final int TOP = 32;
  /** Where the workload bars start: left of it, the institutions' names. */
  static final int WORKLOAD_LEFT = 330;
  static final int WORKLOAD_RIGHT = WIDTH - 50;
  /** The most characters (code points) of an institution's name in the workload chart. */
  static final int NAME_MAX = 48;

  private final Plan plan;
  private final @Nullable Dataset dataset;
  private final Labels labels;
  private final OgpValidator validator;
  private final Anchors anchors;
  private final String language;
  /** The plan's institutions by id, the first of a repeated id: a lookup per assignment. */
  private final Map<String, Institution> institutionsById = new HashMap<>();

  private Pages(Plan plan, @Nullable Dataset dataset, Labels labels, OgpValidator validator) {
    this.plan = plan;
    this.dataset = dataset;
    this.labels = labels;
    this.validator = validator;
    this.anchors = new Anchors(plan);
    this.language = labels.language();
    for (Institution i : plan.institutions()) {
      institutionsById.putIfAbsent(i.id(), i);
    }
  }

  /**
   * Makes the view of a plan, alone or in a dataset.
   *
   * @param plan the plan
   * @param dataset the dataset it is in, or null for the plan alone
   * @param labels the labels
   * @param validator the validator of the findings summary
   * @return the view
   */
  public static View view(Plan plan, @Nullable Dataset dataset, Labels labels,
      OgpValidator validator) {
    return new Pages(Objects.requireNonNull(plan, "plan"), dataset,
        Objects.requireNonNull(labels, "labels"),
        Objects.requireNonNull(validator, "validator")).view();
  }

  private View view() {
    PlanAnalytics analytics = dataset == null ? PlanAnalytics.of(plan)
        : PlanAnalytics.of(dataset, plan.id());
    Optional<Member> member = member();
    return new View(language, labels, text(plan.title()), facts(member), links(plan.links()),
        findings(member), outline(), timeline(analytics.timeline(MeasureLevel.ALL), analytics.timeline().undated()),
        workload(analytics.workload()), member.map(this::memberView));
  }

  // --- texts ---

  /** The text in the page's language when the plan has it, else in the plan's first. */
  private Text text(LocalizedText t) {
    if (t.has(language)) {
      return new Text(t.get(language).orElseThrow(), language);
    }
    for (String l : plan.languages()) {
      if (t.has(l)) {
        return new Text(t.get(l).orElseThrow(), l);
      }
    }
    String first = t.languages().iterator().next();
    return new Text(t.get(first).orElseThrow(), first);
  }

  private Text text(Optional<LocalizedText> t) {
    return t.map(this::text).orElse(new Text("", ""));
  }

  private static String number(long n) {
    return Long.toString(n);
  }

  private static String decimal(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // --- header ---

  private List<Fact> facts(Optional<Member> member) {
    List<Fact> facts = new ArrayList<>();
    member.ifPresent(m -> {
      Text name = text(m.name());
      facts.add(new Fact(labels.get("header.member"), name.value(), name.lang()));
    });
    facts.add(new Fact(labels.get("header.country"), plan.country(), ""));
    plan.jurisdiction().ifPresent(j -> {
      Text t = text(j);
      facts.add(new Fact(labels.get("header.jurisdiction"), t.value(), t.lang()));
    });
    facts.add(new Fact(labels.get("header.period"), plan.period().toString(), ""));
    if (plan.planNumber().isPresent()) {
      facts.add(new Fact(labels.get("header.planNumber"),
          number(plan.planNumber().getAsInt()), ""));
    }
    plan.adoption().ifPresent(a -> facts.add(adoption(a)));
    facts.add(new Fact(labels.get("header.profile"),
        plan.profile().orElseGet(() -> validator.profileFor(plan).id()), ""));
    facts.add(new Fact(labels.get("header.languages"), String.join(", ", plan.languages()), ""));
    return facts;
  }

  private Fact adoption(Adoption a) {
    Text instrument = text(a.instrument());
    StringBuilder s = new StringBuilder(instrument.value());
    a.reference().ifPresent(r -> s.append(", ").append(r));
    a.date().ifPresent(d -> s.append(" (").append(labels.get("header.adopted")).append(' ')
        .append(d).append(')'));
    return new Fact(labels.get("header.adoption"), s.toString(), instrument.lang());
  }

  private List<LinkView> links(List<Link> links) {
    List<LinkView> views = new ArrayList<>();
    for (Link l : links) {
      String href = safeHref(l.href());
      Text title = text(l.title());
      String shown = title.value().isEmpty() ? l.href().toString() : title.value();
      views.add(new LinkView(lower(l.rel()), href, shown, title.value().isEmpty() ? ""
          : title.lang()));
    }
    return views;
  }

  /**
   * Returns an address if it may be a link: absolute, http or https, with a host. Anything else
   * (javascript:, data:, relative) is printed as text, never linked.
   *
   * @param uri the address
   * @return the address as written, or empty
   */
  static String safeHref(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.isOpaque() || uri.getRawAuthority() == null) {
      return "";
    }
    String s = scheme.toLowerCase(Locale.ROOT);
    return s.equals("http") || s.equals("https") ? uri.toASCIIString() : "";
  }

  // --- findings ---

  private FindingsView findings(Optional<Member> member) {
    List<FindingRow> rows = new ArrayList<>();
    if (dataset == null) {
      for (Finding f : validator.validate(plan).findings()) {
        rows.add(planFinding(f));
      }
    } else {
      DatasetReport report = validator.validate(dataset);
      for (Document d : dataset.documents()) {
        ValidationReport r = report.reportFor(d);
        if (d == plan) {
          for (Finding f : r.findings()) {
            rows.add(planFinding(f));
          }
        } else if (about(d, member)) {
          for (Finding f : r.findings()) {
            rows.add(documentFinding(d, f));
          }
        }
      }
    }
    // Most severe first (ERROR is the first constant); a stable sort keeps report order within.
    rows.sort(Comparator.comparingInt((FindingRow r) -> Severity.fromName(r.severity()).ordinal()));
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (FindingRow r : rows) {
      switch (Severity.fromName(r.severity())) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        default -> infos++;
      }
    }
    return new FindingsView(labels.format("findings.summary", number(errors), number(warnings),
        number(infos)), rows);
  }

  private boolean about(Document d, Optional<Member> member) {
    if (d instanceof ProgressReport p) {
      return p.plan().equals(plan.id());
    }
    if (d instanceof IrmAssessment a) {
      return a.plan().equals(plan.id());
    }
    return member.isPresent() && d == member.get();
  }

  private FindingRow planFinding(Finding f) {
    Optional<PlanPart> part = Anchors.partAt(plan, f.path().tokens());
    String target = part.map(anchors::id).orElse(Anchors.PLAN);
    String where = part.map(p -> p.number().toString()).orElse(labels.get("findings.plan"));
    return row(f, "", target, where);
  }

  private FindingRow documentFinding(Document d, Finding f) {
    List<String> tokens = f.path().tokens();
    String target = Anchors.PLAN;
    String where = labels.get("findings.plan");
    if (d instanceof Member) {
      target = "member";
      where = labels.get("member.heading");
    } else if (tokens.size() >= 2 && tokens.get(0).equals("entries")) {
      List<? extends MeasureEntry> entries = d instanceof ProgressReport p ? p.entries()
          : d instanceof IrmAssessment a ? a.entries() : List.of();
      int index = index(tokens.get(1));
      if (index >= 0 && index < entries.size()) {
        MeasureEntry e = entries.get(index);
        Optional<String> id = e.measure().flatMap(n -> anchors.measureByNumber(n.toString()))
            .or(() -> e.ogpId().flatMap(anchors::measureByOgpId));
        if (id.isPresent()) {
          target = id.get();
          where = e.measure().map(Object::toString).orElseGet(() -> e.ogpId().orElseThrow());
        }
      }
    }
    return row(f, d.documentType().toString() + " " + d.id(), target, where);
  }

  private static int index(String token) {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private FindingRow row(Finding f, String document, String target, String where) {
    return new FindingRow(f.severity().label(), labels.get("severity." + f.severity().name()),
        f.rule(), document, target, where, f.path().toString(), f.message());
  }

  // --- outline ---

  private List<Row> outline() {
    List<Row> rows = new ArrayList<>();
    anchors.forEach(plan, (part, id) -> {
      if (part instanceof Section s) {
        rows.add(new Row(true, anchors.depth(s), id, s.number().toString(), s.code().orElse(""),
            s.ogpId().orElse(""), text(s.title()), List.of(), "", new Text("", ""), List.of()));
      } else if (part instanceof Measure m) {
        rows.add(new Row(false, anchors.depth(m), id, m.number().toString(), m.code().orElse(""),
            m.ogpId().orElse(""), text(m.title()), institutions(m),
            m.timeFrame().map(TimeFrame::toString).orElse(""), text(m.timeFramePrinted()),
            badges(m)));
      }
    });
    return rows;
  }

  private List<RoleNames> institutions(Measure m) {
    Map<Role, List<Text>> byRole = new EnumMap<>(Role.class);
    for (Assignment a : m.institutions()) {
      byRole.computeIfAbsent(a.role(), r -> new ArrayList<>()).add(institution(a.institution()));
    }
    List<RoleNames> roles = new ArrayList<>();
    byRole.forEach((role, names) -> roles.add(
        new RoleNames(labels.get("role." + role.name()), names)));
    return roles;
  }

  private Text institution(String id) {
    // Not Plan.findInstitution: it scans the institutions, and with one call per assignment
    // the page took time in measures times institutions (issue 17, PERFORMANCE.md).
    Institution found = institutionsById.get(id);
    return found != null ? text(found.name()) : new Text(id, "");
  }

  private List<Badge> badges(Measure m) {
    if (dataset == null) {
      return List.of();
    }
    List<Badge> badges = new ArrayList<>();
    Map<ReporterKind, ProgressMention> latest = dataset.latestStatus(plan.id(), m.number());
    latest.forEach((kind, mention) -> {
      String status = mention.entry().status().map(Pages::lower).orElse("none");
      String text = mention.entry().status().map(s -> labels.get("progress." + s.name()))
          .orElse(labels.get("progress.none"));
      badges.add(new Badge(lower(kind), status,
          labels.get("reporter." + kind.name()) + ": " + text + " (" + mention.report().asOf()
              + ")"));
    });
    IrmCompletion completion = null;
    for (AssessmentMention a : dataset.assessments(plan.id(), m.number())) {
      if (a.entry().completion().isPresent()) {
        completion = a.entry().completion().get();
      }
    }
    if (completion != null) {
      badges.add(new Badge("irm-completion", lower(completion), labels.get("irm.completion")
          + ": " + labels.get("completion." + completion.name())));
    }
    return badges;
  }

  // --- timeline ---

  /**
   * The timeline: one bar per measure that states a time frame, a commitment's as well as its
   * milestones' (issue 17), nothing inherited; the leaves without any time frame, their own or
   * an enclosing measure's, are counted below the chart.
   */
  private TimelineView timeline(Timeline timeline, List<Measure> undatedLeaves) {
    List<ActiveSpan> spans = timeline.spans();
    LocalDate start = plan.period().firstDay().orElseThrow();
    LocalDate end = plan.period().lastDay().orElseThrow();
    for (ActiveSpan s : spans) {
      start = s.firstDay().isBefore(start) ? s.firstDay() : start;
      end = s.lastDay().isAfter(end) ? s.lastDay() : end;
    }
    Optional<LocalDate> asOf = asOf();
    if (asOf.isPresent()) {
      start = asOf.get().isBefore(start) ? asOf.get() : start;
      end = asOf.get().isAfter(end) ? asOf.get() : end;
    }
    LocalDate axisStart = start;
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    List<Group> groups = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    int y = TOP;
    Object group = this;
    for (ActiveSpan s : spans) {
      Optional<Section> section = anchors.sectionOf(s.measure());
      Object key = section.isPresent() ? section.get() : null;
      if (key != group) {
        group = key;
        y += ROW;
        if (section.isPresent()) {
          Text title = text(section.get().title());
          groups.add(new Group(number(y - 4), section.get().number() + " " + title.value(),
              title.lang()));
        } else {
          groups.add(new Group(number(y - 4), "", ""));
        }
      }
      double x0 = x(axisStart, days, s.firstDay());
      double x1 = x(axisStart, days, s.lastDay().plusDays(1));
      TimeFrame frame = s.timeFrame();
      boolean openStart = frame.isPermanent() || frame.startPoint().isEmpty();
      boolean openEnd = frame.isPermanent() || frame.endPoint().isEmpty();
      String shape = frame.isPermanent() ? "permanent" : openStart && openEnd ? "open-both"
          : openStart ? "open-start" : openEnd ? "open-end" : "closed";
      String fill = switch (shape) {
        case "permanent" -> "url(#permanent)";
        case "open-both" -> "url(#open-both)";
        case "open-start" -> "url(#open-start)";
        case "open-end" -> "url(#open-end)";
        default -> "#2b6cb0";
      };
      String measure = s.measure().number().toString();
      String tooltip = measure + " " + text(s.measure().title()).value() + " (" + frame
          + (s.inherited() ? ", " + labels.get("timeline.inherited") : "") + ")";
      bars.add(new Bar(measure, anchors.id(s.measure()),
          openStart ? "" : frame.firstDay().map(LocalDate::toString).orElse(""),
          openEnd ? "" : frame.lastDay().map(LocalDate::toString).orElse(""),
          s.firstDay().toString(), s.lastDay().toString(), shape, fill, decimal(x0),
          number(y), decimal(Math.max(1.0, x1 - x0)), number(BAR), number(y + BAR - 1),
          tooltip));
      y += ROW;
    }
    List<Tick> ticks = new ArrayList<>();
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      LocalDate jan1 = LocalDate.of(year, 1, 1);
      LocalDate at = jan1.isBefore(start) ? start : jan1;
      ticks.add(new Tick(decimal(x(axisStart, days, at)), Integer.toString(year)));
    }
    Optional<Marker> marker = asOf.map(d -> new Marker(decimal(x(axisStart, days, d)),
        d.toString(), labels.format("timeline.asOf", d.toString())));
    String undated = undatedLeaves.isEmpty() ? ""
        : labels.format("timeline.undated", number(undatedLeaves.size()));
    return new TimelineView(number(WIDTH), number(y + 8), ticks, groups, bars, marker, undated,
        number(TOP - 14), number(y + 4));
  }

  private static double x(LocalDate start, long days, LocalDate day) {
    return CHART_LEFT + (CHART_RIGHT - CHART_LEFT)
        * (double) ChronoUnit.DAYS.between(start, day) / days;
  }

  /** The latest as-of date of the dataset's progress reports on the plan. */
  private Optional<LocalDate> asOf() {
    if (dataset == null) {
      return Optional.empty();
    }
    return dataset.progressReports().stream().filter(r -> r.plan().equals(plan.id()))
        .map(ProgressReport::asOf).max(Comparator.naturalOrder());
  }

  // --- workload ---

  private WorkloadView workload(List<Workload> workload) {
    List<Workload> shown = workload.stream().filter(w -> w.total() > 0).toList();
    int max = shown.stream().mapToInt(Workload::total).max().orElse(1);
    List<WorkloadRow> rows = new ArrayList<>();
    int y = 4;
    double scale = (WORKLOAD_RIGHT - WORKLOAD_LEFT) / (double) max;
    for (Workload w : shown) {
      Text name = institution(w.institution());
      List<Segment> segments = new ArrayList<>();
      double x = WORKLOAD_LEFT;
      for (Role role : List.of(Role.EXECUTOR, Role.SUPPORTING, Role.RECOMMENDED)) {
        int count = w.count(role);
        if (count > 0) {
          double width = count * scale;
          segments.add(new Segment(lower(role), number(count), decimal(x), decimal(width),
              labels.get("role." + role.name()) + ": " + count));
          x += width;
        }
      }
      rows.add(new WorkloadRow(w.institution(), shorten(name.value()), name.value(), name.lang(),
          number(y), number(y + 11), segments, number(w.total()), decimal(x + 4)));
      y += 20;
    }
    List<Segment> legend = new ArrayList<>();
    for (Role role : List.of(Role.EXECUTOR, Role.SUPPORTING, Role.RECOMMENDED)) {
      legend.add(new Segment(lower(role), "", "", "", labels.get("role." + role.name())));
    }
    return new WorkloadView(number(WIDTH), number(y + 4), rows, legend);
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= NAME_MAX) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, NAME_MAX - 1)) + "\u2026";
  }

  // --- member ---

  /** The member whose action plans name the plan, or else the first of the plan's country. */
  private Optional<Member> member() {
    if (dataset == null) {
      return Optional.empty();
    }
    for (Member m : dataset.members()) {
      if (m.actionPlans().stream().anyMatch(r -> r.plan().equals(plan.id()))) {
        return Optional.of(m);
      }
    }
    return dataset.members().stream().filter(m -> m.country().equals(plan.country()))
        .findFirst();
  }

  private MemberView memberView(Member m) {
    List<StatusRow> rows = new ArrayList<>();
    for (StatusChange c : m.statusHistory()) {
      rows.add(new StatusRow(lower(c.status()), labels.get("memberStatus." + c.status().name()),
          c.from().toString(), text(c.decidedBy()), text(c.reason())));
    }
    Text name = text(m.name());
    return new MemberView(name.value(), name.lang(), rows);
  }
}
