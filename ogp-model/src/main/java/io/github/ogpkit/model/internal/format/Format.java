package io.github.ogpkit.model.internal.format;

import static io.github.ogpkit.model.internal.format.ValueKind.CODE;
import static io.github.ogpkit.model.internal.format.ValueKind.COUNTRY;
import static io.github.ogpkit.model.internal.format.ValueKind.DATE;
import static io.github.ogpkit.model.internal.format.ValueKind.DECIMAL;
import static io.github.ogpkit.model.internal.format.ValueKind.IDENTIFIER;
import static io.github.ogpkit.model.internal.format.ValueKind.LANGUAGE;
import static io.github.ogpkit.model.internal.format.ValueKind.LANGUAGES;
import static io.github.ogpkit.model.internal.format.ValueKind.NUMBER;
import static io.github.ogpkit.model.internal.format.ValueKind.OGP_ID;
import static io.github.ogpkit.model.internal.format.ValueKind.PARTIAL_DATE;
import static io.github.ogpkit.model.internal.format.ValueKind.PERIOD;
import static io.github.ogpkit.model.internal.format.ValueKind.POSITIVE_INTEGER;
import static io.github.ogpkit.model.internal.format.ValueKind.PROFILE;
import static io.github.ogpkit.model.internal.format.ValueKind.STRING;
import static io.github.ogpkit.model.internal.format.ValueKind.TEXT;
import static io.github.ogpkit.model.internal.format.ValueKind.TIME_FRAME;
import static io.github.ogpkit.model.internal.format.ValueKind.URI;
import static io.github.ogpkit.model.internal.format.ValueKind.YEAR;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Decision;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.OpenGovernmentResult;
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
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LinkRel;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Quantity;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The plan format, described once: every object type, its properties in canonical order, which
 * are required, the kind of each value, the version that introduced it, and how the model holds
 * it. The reader's checks and binding, the writer's order and omissions, the order of findings
 * ({@code DocumentOrder}) and a test against the JSON Schema all derive from this description.
 *
 * <p>Adding a property is one line in its type below (in canonical order) plus its accessor in
 * the model, and its value in the type's {@code build} function. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class Format {

  /** The first version of the format. */
  public static final String FIRST_VERSION = "1.0";
  /** The version the writer writes and the reader implements. */
  public static final String VERSION = "1.1";
  /** The minor number of {@link #VERSION}: documents of a higher 1.x minor are newer. */
  public static final int MINOR = 1;

  /** The plan, the root of a document. */
  public static final ObjectType<Plan> PLAN = Plans.TYPE;
  /** A plan's adoption. */
  public static final ObjectType<Adoption> ADOPTION = Adoptions.TYPE;
  /** An institution of the registry. */
  public static final ObjectType<Institution> INSTITUTION = Institutions.TYPE;
  /** A section. */
  public static final ObjectType<Section> SECTION = Sections.TYPE;
  /** A measure. */
  public static final ObjectType<Measure> MEASURE = Measures.TYPE;
  /** An assignment of an institution to a measure. */
  public static final ObjectType<Assignment> ASSIGNMENT = Assignments.TYPE;
  /** An indicator. */
  public static final ObjectType<Indicator> INDICATOR = Indicators.TYPE;
  /** A quantity: an indicator's baseline or target. */
  public static final ObjectType<Quantity> QUANTITY = Quantities.TYPE;
  /** A provision of a section. */
  public static final ObjectType<Provision> PROVISION = Provisions.TYPE;
  /** A link. */
  public static final ObjectType<Link> LINK = Links.TYPE;

  /** A progress report, the root of a document of type {@code progress-report}. Since 1.1. */
  public static final ObjectType<ProgressReport> PROGRESS_REPORT = ProgressReports.TYPE;
  /** The reporter of a progress report. */
  public static final ObjectType<Reporter> REPORTER = Reporters.TYPE;
  /** An entry of a progress report. */
  public static final ObjectType<ProgressEntry> PROGRESS_ENTRY = ProgressEntries.TYPE;
  /** An IRM assessment, the root of a document of type {@code irm-assessment}. Since 1.1. */
  public static final ObjectType<IrmAssessment> IRM_ASSESSMENT = IrmAssessments.TYPE;
  /** An entry of an IRM assessment. */
  public static final ObjectType<Assessment> ASSESSMENT = Assessments.TYPE;
  /** A member, the root of a document of type {@code member}. Since 1.1. */
  public static final ObjectType<Member> MEMBER = Members.TYPE;
  /** A change of a member's status. */
  public static final ObjectType<StatusChange> STATUS_CHANGE = StatusChanges.TYPE;
  /** A decision on a member's status that kept it. */
  public static final ObjectType<Decision> DECISION = Decisions.TYPE;
  /** A member's action plan. */
  public static final ObjectType<PlanRef> PLAN_REF = PlanRefs.TYPE;

  /** Every object type, the roots first: the plan, then the other document types. */
  public static final List<ObjectType<?>> TYPES = List.of(PLAN, PROGRESS_REPORT, IRM_ASSESSMENT,
      MEMBER, ADOPTION, INSTITUTION, SECTION, MEASURE, ASSIGNMENT, INDICATOR, QUANTITY, PROVISION,
      LINK, REPORTER, PROGRESS_ENTRY, ASSESSMENT, STATUS_CHANGE, DECISION, PLAN_REF);

  /** The version that introduced the document types other than the plan. */
  public static final String MONITORING_VERSION = "1.1";

  private Format() {}

  /**
   * Returns the root object type of a document type.
   *
   * @param type the document type
   * @return the type of its root object
   */
  public static ObjectType<?> root(DocumentType type) {
    return switch (type) {
      case PLAN -> PLAN;
      case PROGRESS_REPORT -> PROGRESS_REPORT;
      case IRM_ASSESSMENT -> IRM_ASSESSMENT;
      case MEMBER -> MEMBER;
    };
  }

  private static final class Plans {
    static final ObjectType.Builder<Plan> B = ObjectType.builder();
    static final Property<Plan, String> SCHEMA_VERSION =
        B.required("schemaVersion", ValueKind.VERSION, plan -> Format.VERSION);
    // Read anywhere, never written: a plan's type is the default.
    static final Property<Plan, String> TYPE_ = B.since("1.1")
        .optional("type", ValueKind.DOCUMENT_TYPE, plan -> Optional.empty());
    static final Property<Plan, String> ID = B.since("1.0").required("id", IDENTIFIER, Plan::id);
    static final Property<Plan, PlanKind> KIND = B.enumeration("kind", PlanKind.class, Plan::kind);
    static final Property<Plan, String> PROFILE_ =
        B.since("1.1").optional("profile", PROFILE, Plan::profile);
    static final Property<Plan, String> COUNTRY_CODE =
        B.since("1.0").required("country", COUNTRY, Plan::country);
    static final Property<Plan, LocalizedText> JURISDICTION =
        B.since("1.1").optional("jurisdiction", TEXT, Plan::jurisdiction);
    static final Property<Plan, LocalizedText> TITLE =
        B.since("1.0").required("title", TEXT, Plan::title);
    static final Property<Plan, List<String>> LANGUAGE_TAGS =
        B.required("languages", LANGUAGES, Plan::languages);
    static final Property<Plan, TimeFrame> PERIOD_ = B.required("period", PERIOD, Plan::period);
    static final Property<Plan, Integer> PLAN_NUMBER = B.since("1.1").optional("planNumber",
        POSITIVE_INTEGER, p -> p.planNumber().isPresent()
            ? Optional.of(p.planNumber().getAsInt()) : Optional.empty());
    static final Property<Plan, Adoption> ADOPTION_ =
        B.since("1.0").object("adoption", () -> Format.ADOPTION, Plan::adoption);
    static final Property<Plan, LocalizedText> PREAMBLE =
        B.optional("preamble", TEXT, Plan::preamble);
    static final Property<Plan, List<Link>> LINKS =
        B.since("1.1").array("links", () -> Format.LINK, Plan::links);
    static final Property<Plan, List<Institution>> INSTITUTIONS = B.since("1.0")
        .requiredArray("institutions", () -> Format.INSTITUTION, false, Plan::institutions);
    static final Property<Plan, List<Measure>> MEASURES =
        B.since("1.1").array("measures", () -> Format.MEASURE, Plan::measures);
    static final Property<Plan, List<Section>> SECTIONS = B.since("1.0").arrayRequiredUnless(
        "sections", () -> Format.SECTION, "measures",
        " (a plan needs sections, or measures that belong to no section)", Plan::sections);
    static final Property<Plan, Object> EXTENSIONS =
        B.extensions(Plan::extensions, JsonObject.EMPTY);
    static final ObjectType<Plan> TYPE = B.type("plan", "the", v -> new Plan(ID.of(v),
        KIND.of(v), Optional.ofNullable(PROFILE_.of(v)), COUNTRY_CODE.of(v),
        Optional.ofNullable(JURISDICTION.of(v)), TITLE.of(v), LANGUAGE_TAGS.of(v), PERIOD_.of(v),
        PLAN_NUMBER.of(v) != null ? OptionalInt.of(PLAN_NUMBER.of(v)) : OptionalInt.empty(),
        Optional.ofNullable(ADOPTION_.of(v)), Optional.ofNullable(PREAMBLE.of(v)), LINKS.of(v),
        INSTITUTIONS.of(v), MEASURES.of(v), SECTIONS.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Adoptions {
    static final ObjectType.Builder<Adoption> B = ObjectType.builder();
    static final Property<Adoption, LocalizedText> INSTRUMENT =
        B.required("instrument", TEXT, Adoption::instrument);
    static final Property<Adoption, LocalDate> DATE_ = B.optional("date", DATE, Adoption::date);
    static final Property<Adoption, String> REFERENCE =
        B.optional("reference", STRING, Adoption::reference);
    static final Property<Adoption, String> LANGUAGE_ =
        B.since("1.1").optional("language", LANGUAGE, Adoption::language);
    static final ObjectType<Adoption> TYPE = B.type("adoption", "the", v -> new Adoption(
        INSTRUMENT.of(v), Optional.ofNullable(DATE_.of(v)), Optional.ofNullable(REFERENCE.of(v)),
        Optional.ofNullable(LANGUAGE_.of(v))));
  }

  private static final class Institutions {
    static final ObjectType.Builder<Institution> B = ObjectType.builder();
    static final Property<Institution, String> ID = B.label("id", IDENTIFIER, Institution::id);
    static final Property<Institution, LocalizedText> NAME =
        B.required("name", TEXT, Institution::name);
    static final Property<Institution, InstitutionKind> KIND =
        B.enumeration("kind", InstitutionKind.class, Institution::kind);
    static final Property<Institution, Boolean> COLLECTIVE =
        B.flag("collective", Institution::collective);
    static final Property<Institution, String> PARENT =
        B.optional("parent", IDENTIFIER, Institution::parent);
    static final Property<Institution, Object> EXTENSIONS =
        B.extensions(Institution::extensions, JsonObject.EMPTY);
    static final ObjectType<Institution> TYPE = B.type("institution", "an", v -> new Institution(
        ID.of(v), NAME.of(v), KIND.of(v), COLLECTIVE.of(v), Optional.ofNullable(PARENT.of(v)),
        (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Sections {
    static final ObjectType.Builder<Section> B = ObjectType.builder();
    static final Property<Section, OutlineNumber> NUMBER_ =
        B.label("number", NUMBER, Section::number);
    static final Property<Section, String> CODE_ =
        B.since("1.1").optional("code", CODE, Section::code);
    static final Property<Section, String> OGP_ID_ = B.optional("ogpId", OGP_ID, Section::ogpId);
    static final Property<Section, LocalizedText> TITLE =
        B.since("1.0").required("title", TEXT, Section::title);
    static final Property<Section, LocalizedText> DESCRIPTION =
        B.optional("description", TEXT, Section::description);
    static final Property<Section, List<String>> POLICY_AREAS =
        B.since("1.1").identifiers("policyAreas", Section::policyAreas);
    static final Property<Section, List<Link>> LINKS =
        B.array("links", () -> Format.LINK, Section::links);
    static final Property<Section, List<Measure>> MEASURES =
        B.since("1.0").array("measures", () -> Format.MEASURE, Section::measures);
    static final Property<Section, List<Section>> SECTIONS =
        B.array("sections", () -> Format.SECTION, Section::sections);
    static final Property<Section, List<Provision>> PROVISIONS =
        B.array("provisions", () -> Format.PROVISION, Section::provisions);
    static final Property<Section, Object> EXTENSIONS =
        B.extensions(Section::extensions, JsonObject.EMPTY);
    static final ObjectType<Section> TYPE = B.nests().type("section", "a", v -> new Section(
        NUMBER_.of(v), Optional.ofNullable(CODE_.of(v)), Optional.ofNullable(OGP_ID_.of(v)),
        TITLE.of(v), Optional.ofNullable(DESCRIPTION.of(v)), POLICY_AREAS.of(v), LINKS.of(v),
        MEASURES.of(v), SECTIONS.of(v), PROVISIONS.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Measures {
    static final ObjectType.Builder<Measure> B = ObjectType.builder();
    static final Property<Measure, OutlineNumber> NUMBER_ =
        B.label("number", NUMBER, Measure::number);
    static final Property<Measure, String> CODE_ =
        B.since("1.1").optional("code", CODE, Measure::code);
    static final Property<Measure, String> OGP_ID_ = B.optional("ogpId", OGP_ID, Measure::ogpId);
    static final Property<Measure, LocalizedText> TITLE =
        B.since("1.0").required("title", TEXT, Measure::title);
    static final Property<Measure, LocalizedText> DESCRIPTION =
        B.optional("description", TEXT, Measure::description);
    static final Property<Measure, LocalizedText> PROBLEM =
        B.since("1.1").optional("problem", TEXT, Measure::problem);
    static final Property<Measure, LocalizedText> STATUS_QUO =
        B.optional("statusQuo", TEXT, Measure::statusQuo);
    static final Property<Measure, LocalizedText> OBJECTIVE =
        B.optional("objective", TEXT, Measure::objective);
    static final Property<Measure, LocalizedText> EXPECTED_RESULTS =
        B.optional("expectedResults", TEXT, Measure::expectedResults);
    static final Property<Measure, Set<OgpValue>> OGP_VALUES =
        B.enumSet("ogpValues", OgpValue.class, Measure::ogpValues);
    static final Property<Measure, List<String>> POLICY_AREAS =
        B.identifiers("policyAreas", Measure::policyAreas);
    static final Property<Measure, List<Indicator>> INDICATORS =
        B.since("1.0").array("indicators", () -> Format.INDICATOR, Measure::indicators);
    static final Property<Measure, List<Assignment>> INSTITUTIONS =
        B.array("institutions", () -> Format.ASSIGNMENT, Measure::institutions);
    // Optional since 1.1: a leaf without one is the plan rule time-frame-missing.
    static final Property<Measure, TimeFrame> TIME_FRAME_ =
        B.optional("timeFrame", TIME_FRAME, Measure::timeFrame);
    static final Property<Measure, LocalizedText> TIME_FRAME_PRINTED =
        B.since("1.1").optional("timeFramePrinted", TEXT, Measure::timeFramePrinted);
    static final Property<Measure, List<Link>> LINKS =
        B.array("links", () -> Format.LINK, Measure::links);
    static final Property<Measure, List<Measure>> MEASURES =
        B.since("1.0").array("measures", () -> Format.MEASURE, Measure::measures);
    static final Property<Measure, Object> EXTENSIONS =
        B.extensions(Measure::extensions, JsonObject.EMPTY);
    static final ObjectType<Measure> TYPE = B.nests().type("measure", "a", v -> new Measure(
        NUMBER_.of(v), Optional.ofNullable(CODE_.of(v)), Optional.ofNullable(OGP_ID_.of(v)),
        TITLE.of(v), Optional.ofNullable(DESCRIPTION.of(v)), Optional.ofNullable(PROBLEM.of(v)),
        Optional.ofNullable(STATUS_QUO.of(v)), Optional.ofNullable(OBJECTIVE.of(v)),
        Optional.ofNullable(EXPECTED_RESULTS.of(v)), OGP_VALUES.of(v), POLICY_AREAS.of(v),
        INDICATORS.of(v), INSTITUTIONS.of(v), Optional.ofNullable(TIME_FRAME_.of(v)),
        Optional.ofNullable(TIME_FRAME_PRINTED.of(v)), LINKS.of(v), MEASURES.of(v),
        (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Assignments {
    static final ObjectType.Builder<Assignment> B = ObjectType.builder();
    static final Property<Assignment, String> INSTITUTION_ =
        B.required("institution", IDENTIFIER, Assignment::institution);
    static final Property<Assignment, Role> ROLE = B.enumeration("role", Role.class,
        Assignment::role);
    static final Property<Assignment, Object> EXTENSIONS =
        B.since("1.1").extensions(Assignment::extensions, JsonObject.EMPTY);
    static final ObjectType<Assignment> TYPE = B.type("assignment", "an",
        v -> new Assignment(INSTITUTION_.of(v), ROLE.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Indicators {
    static final ObjectType.Builder<Indicator> B = ObjectType.builder();
    static final Property<Indicator, LocalizedText> TEXT_ =
        B.required("text", TEXT, Indicator::text);
    static final Property<Indicator, Quantity> BASELINE =
        B.object("baseline", () -> Format.QUANTITY, Indicator::baseline);
    static final Property<Indicator, Quantity> TARGET =
        B.object("target", () -> Format.QUANTITY, Indicator::target);
    static final ObjectType<Indicator> TYPE = B.type("indicator", "an", v -> new Indicator(
        TEXT_.of(v), Optional.ofNullable(BASELINE.of(v)), Optional.ofNullable(TARGET.of(v))));
  }

  private static final class Quantities {
    static final ObjectType.Builder<Quantity> B = ObjectType.builder();
    static final Property<Quantity, BigDecimal> VALUE =
        B.required("value", DECIMAL, Quantity::value);
    static final Property<Quantity, String> UNIT = B.optional("unit", STRING, Quantity::unit);
    static final Property<Quantity, Integer> YEAR_ = B.optional("year", YEAR,
        q -> q.year().isPresent() ? Optional.of(q.year().getAsInt()) : Optional.empty());
    static final ObjectType<Quantity> TYPE = B.type("quantity", "a", Quantities::build);

    private static Quantity build(Values v) {
      Quantity q = Quantity.of(VALUE.of(v));
      String unit = UNIT.of(v);
      Integer year = YEAR_.of(v);
      if (unit != null) {
        q = q.withUnit(unit);
      }
      return year != null ? q.withYear(year) : q;
    }
  }

  private static final class Provisions {
    static final ObjectType.Builder<Provision> B = ObjectType.builder();
    static final Property<Provision, OutlineNumber> NUMBER_ =
        B.label("number", NUMBER, Provision::number);
    static final Property<Provision, LocalizedText> TEXT_ =
        B.required("text", TEXT, Provision::text);
    static final ObjectType<Provision> TYPE = B.type("provision", "a",
        v -> new Provision(NUMBER_.of(v), TEXT_.of(v)));
  }

  private static final class Links {
    static final ObjectType.Builder<Link> B = ObjectType.<Link>builder().since("1.1");
    static final Property<Link, LinkRel> REL = B.enumeration("rel", LinkRel.class, Link::rel);
    static final Property<Link, java.net.URI> HREF = B.required("href", URI, Link::href);
    static final Property<Link, LocalizedText> TITLE = B.optional("title", TEXT, Link::title);
    static final ObjectType<Link> TYPE = B.type("link", "a", v -> new Link(REL.of(v), HREF.of(v),
        Optional.ofNullable(TITLE.of(v))));
  }

  // The document types of MONITORING.md, all new in 1.1. Their roots require "type": a document
  // without one is a plan.

  private static final class ProgressReports {
    static final ObjectType.Builder<ProgressReport> B =
        ObjectType.<ProgressReport>builder().since(MONITORING_VERSION);
    static final Property<ProgressReport, String> SCHEMA_VERSION =
        B.required("schemaVersion", ValueKind.VERSION, r -> Format.VERSION);
    static final Property<ProgressReport, String> TYPE_ = B.required("type",
        ValueKind.DOCUMENT_TYPE, r -> DocumentType.PROGRESS_REPORT.jsonName());
    static final Property<ProgressReport, String> ID =
        B.required("id", IDENTIFIER, ProgressReport::id);
    static final Property<ProgressReport, String> PLAN_ =
        B.required("plan", IDENTIFIER, ProgressReport::plan);
    static final Property<ProgressReport, Reporter> REPORTER_ =
        B.requiredObject("reporter", () -> Format.REPORTER, ProgressReport::reporter);
    static final Property<ProgressReport, LocalDate> AS_OF =
        B.required("asOf", DATE, ProgressReport::asOf);
    static final Property<ProgressReport, LocalDate> PUBLISHED =
        B.optional("published", DATE, ProgressReport::published);
    static final Property<ProgressReport, List<String>> LANGUAGE_TAGS =
        B.required("languages", LANGUAGES, ProgressReport::languages);
    static final Property<ProgressReport, List<Link>> LINKS =
        B.array("links", () -> Format.LINK, ProgressReport::links);
    static final Property<ProgressReport, List<ProgressEntry>> ENTRIES = B.requiredArray(
        "entries", () -> Format.PROGRESS_ENTRY, true, ProgressReport::entries);
    static final Property<ProgressReport, Object> EXTENSIONS =
        B.extensions(ProgressReport::extensions, JsonObject.EMPTY);
    static final ObjectType<ProgressReport> TYPE = B.type("progress report", "the",
        v -> new ProgressReport(ID.of(v), PLAN_.of(v), REPORTER_.of(v), AS_OF.of(v),
            Optional.ofNullable(PUBLISHED.of(v)), LANGUAGE_TAGS.of(v), LINKS.of(v),
            ENTRIES.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Reporters {
    static final ObjectType.Builder<Reporter> B =
        ObjectType.<Reporter>builder().since(MONITORING_VERSION);
    static final Property<Reporter, ReporterKind> KIND =
        B.enumeration("kind", ReporterKind.class, Reporter::kind);
    static final Property<Reporter, LocalizedText> NAME = B.required("name", TEXT, Reporter::name);
    static final Property<Reporter, Object> EXTENSIONS =
        B.extensions(Reporter::extensions, JsonObject.EMPTY);
    static final ObjectType<Reporter> TYPE = B.type("reporter", "the",
        v -> new Reporter(KIND.of(v), NAME.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class ProgressEntries {
    static final String WHY = " (an entry needs at least one of \"status\", \"onSchedule\""
        + " and \"summary\")";
    static final ObjectType.Builder<ProgressEntry> B =
        ObjectType.<ProgressEntry>builder().since(MONITORING_VERSION);
    // Neither measure nor ogpId binds: reference-missing is a rule, not reading.
    static final Property<ProgressEntry, OutlineNumber> MEASURE_ =
        B.optional("measure", NUMBER, ProgressEntry::measure);
    static final Property<ProgressEntry, String> OGP_ID_ =
        B.optional("ogpId", OGP_ID, ProgressEntry::ogpId);
    static final Property<ProgressEntry, ProgressStatus> STATUS = B.enumerationRequiredUnlessAny(
        "status", ProgressStatus.class, List.of("onSchedule", "summary"), WHY,
        ProgressEntry::status);
    static final Property<ProgressEntry, Boolean> ON_SCHEDULE =
        B.optional("onSchedule", ValueKind.BOOLEAN, ProgressEntry::onSchedule);
    static final Property<ProgressEntry, LocalizedText> SUMMARY =
        B.optional("summary", TEXT, ProgressEntry::summary);
    static final Property<ProgressEntry, LocalizedText> CHALLENGES =
        B.optional("challenges", TEXT, ProgressEntry::challenges);
    static final Property<ProgressEntry, LocalizedText> NEXT_STEPS =
        B.optional("nextSteps", TEXT, ProgressEntry::nextSteps);
    static final Property<ProgressEntry, List<Link>> EVIDENCE =
        B.array("evidence", () -> Format.LINK, ProgressEntry::evidence);
    static final Property<ProgressEntry, Object> EXTENSIONS =
        B.extensions(ProgressEntry::extensions, JsonObject.EMPTY);
    static final ObjectType<ProgressEntry> TYPE = B.type("progress entry", "a",
        v -> new ProgressEntry(Optional.ofNullable(MEASURE_.of(v)),
            Optional.ofNullable(OGP_ID_.of(v)), Optional.ofNullable(STATUS.of(v)),
            Optional.ofNullable(ON_SCHEDULE.of(v)), Optional.ofNullable(SUMMARY.of(v)),
            Optional.ofNullable(CHALLENGES.of(v)), Optional.ofNullable(NEXT_STEPS.of(v)),
            EVIDENCE.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class IrmAssessments {
    static final ObjectType.Builder<IrmAssessment> B =
        ObjectType.<IrmAssessment>builder().since(MONITORING_VERSION);
    static final Property<IrmAssessment, String> SCHEMA_VERSION =
        B.required("schemaVersion", ValueKind.VERSION, a -> Format.VERSION);
    static final Property<IrmAssessment, String> TYPE_ = B.required("type",
        ValueKind.DOCUMENT_TYPE, a -> DocumentType.IRM_ASSESSMENT.jsonName());
    static final Property<IrmAssessment, String> ID =
        B.required("id", IDENTIFIER, IrmAssessment::id);
    static final Property<IrmAssessment, String> PLAN_ =
        B.required("plan", IDENTIFIER, IrmAssessment::plan);
    static final Property<IrmAssessment, IrmProduct> PRODUCT =
        B.enumeration("product", IrmProduct.class, IrmAssessment::product);
    static final Property<IrmAssessment, PartialDate> PUBLISHED =
        B.required("published", PARTIAL_DATE, IrmAssessment::published);
    static final Property<IrmAssessment, List<String>> LANGUAGE_TAGS =
        B.required("languages", LANGUAGES, IrmAssessment::languages);
    static final Property<IrmAssessment, List<Link>> LINKS =
        B.array("links", () -> Format.LINK, IrmAssessment::links);
    static final Property<IrmAssessment, List<Assessment>> ENTRIES = B.requiredArray(
        "entries", () -> Format.ASSESSMENT, true, IrmAssessment::entries);
    static final Property<IrmAssessment, Object> EXTENSIONS =
        B.extensions(IrmAssessment::extensions, JsonObject.EMPTY);
    static final ObjectType<IrmAssessment> TYPE = B.type("IRM assessment", "the",
        v -> new IrmAssessment(ID.of(v), PLAN_.of(v), PRODUCT.of(v), PUBLISHED.of(v),
            LANGUAGE_TAGS.of(v), LINKS.of(v), ENTRIES.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Assessments {
    static final ObjectType.Builder<Assessment> B =
        ObjectType.<Assessment>builder().since(MONITORING_VERSION);
    static final Property<Assessment, OutlineNumber> MEASURE_ =
        B.optional("measure", NUMBER, Assessment::measure);
    static final Property<Assessment, String> OGP_ID_ =
        B.optional("ogpId", OGP_ID, Assessment::ogpId);
    static final Property<Assessment, Specificity> SPECIFICITY =
        B.optionalEnumeration("specificity", Specificity.class, Assessment::specificity);
    static final Property<Assessment, Boolean> VERIFIABLE =
        B.optional("verifiable", ValueKind.BOOLEAN, Assessment::verifiable);
    static final Property<Assessment, Set<OgpValue>> OGP_VALUES =
        B.enumSet("ogpValues", OgpValue.class, Assessment::ogpValues);
    static final Property<Assessment, PotentialImpact> POTENTIAL_IMPACT = B.optionalEnumeration(
        "potentialImpact", PotentialImpact.class, Assessment::potentialImpact);
    static final Property<Assessment, Boolean> PROMISING =
        B.optional("promising", ValueKind.BOOLEAN, Assessment::promising);
    static final Property<Assessment, IrmCompletion> COMPLETION =
        B.optionalEnumeration("completion", IrmCompletion.class, Assessment::completion);
    static final Property<Assessment, OpenGovernmentResult> DID_IT_OPEN_GOVERNMENT =
        B.optionalEnumeration("didItOpenGovernment", OpenGovernmentResult.class,
            Assessment::didItOpenGovernment);
    static final Property<Assessment, Boolean> STARRED =
        B.optional("starred", ValueKind.BOOLEAN, Assessment::starred);
    static final Property<Assessment, LocalizedText> SUMMARY =
        B.optional("summary", TEXT, Assessment::summary);
    static final Property<Assessment, Object> EXTENSIONS =
        B.extensions(Assessment::extensions, JsonObject.EMPTY);
    static final ObjectType<Assessment> TYPE = B.type("assessment", "an",
        v -> new Assessment(Optional.ofNullable(MEASURE_.of(v)),
            Optional.ofNullable(OGP_ID_.of(v)), Optional.ofNullable(SPECIFICITY.of(v)),
            Optional.ofNullable(VERIFIABLE.of(v)), OGP_VALUES.of(v),
            Optional.ofNullable(POTENTIAL_IMPACT.of(v)), Optional.ofNullable(PROMISING.of(v)),
            Optional.ofNullable(COMPLETION.of(v)),
            Optional.ofNullable(DID_IT_OPEN_GOVERNMENT.of(v)),
            Optional.ofNullable(STARRED.of(v)), Optional.ofNullable(SUMMARY.of(v)),
            (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Members {
    static final ObjectType.Builder<Member> B =
        ObjectType.<Member>builder().since(MONITORING_VERSION);
    static final Property<Member, String> SCHEMA_VERSION =
        B.required("schemaVersion", ValueKind.VERSION, m -> Format.VERSION);
    static final Property<Member, String> TYPE_ = B.required("type", ValueKind.DOCUMENT_TYPE,
        m -> DocumentType.MEMBER.jsonName());
    static final Property<Member, String> ID = B.required("id", IDENTIFIER, Member::id);
    static final Property<Member, LocalizedText> NAME = B.required("name", TEXT, Member::name);
    static final Property<Member, MemberType> MEMBER_TYPE =
        B.enumeration("memberType", MemberType.class, Member::memberType);
    static final Property<Member, String> COUNTRY_CODE =
        B.required("country", COUNTRY, Member::country);
    static final Property<Member, LocalizedText> JURISDICTION =
        B.optional("jurisdiction", TEXT, Member::jurisdiction);
    static final Property<Member, PartialDate> JOINED =
        B.required("joined", PARTIAL_DATE, Member::joined);
    static final Property<Member, List<Link>> LINKS =
        B.array("links", () -> Format.LINK, Member::links);
    static final Property<Member, List<StatusChange>> STATUS_HISTORY = B.requiredArray(
        "statusHistory", () -> Format.STATUS_CHANGE, true, Member::statusHistory);
    static final Property<Member, List<Decision>> DECISIONS =
        B.array("decisions", () -> Format.DECISION, Member::decisions);
    static final Property<Member, List<PlanRef>> ACTION_PLANS =
        B.array("actionPlans", () -> Format.PLAN_REF, Member::actionPlans);
    static final Property<Member, Object> EXTENSIONS =
        B.extensions(Member::extensions, JsonObject.EMPTY);
    static final ObjectType<Member> TYPE = B.type("member", "the", v -> new Member(ID.of(v),
        NAME.of(v), MEMBER_TYPE.of(v), COUNTRY_CODE.of(v), Optional.ofNullable(JURISDICTION.of(v)),
        JOINED.of(v), LINKS.of(v), STATUS_HISTORY.of(v), DECISIONS.of(v), ACTION_PLANS.of(v),
        (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class StatusChanges {
    static final ObjectType.Builder<StatusChange> B =
        ObjectType.<StatusChange>builder().since(MONITORING_VERSION);
    static final Property<StatusChange, MemberStatus> STATUS =
        B.enumeration("status", MemberStatus.class, StatusChange::status);
    static final Property<StatusChange, PartialDate> FROM =
        B.required("from", PARTIAL_DATE, StatusChange::from);
    static final Property<StatusChange, LocalizedText> DECIDED_BY =
        B.optional("decidedBy", TEXT, StatusChange::decidedBy);
    static final Property<StatusChange, LocalizedText> REASON =
        B.optional("reason", TEXT, StatusChange::reason);
    static final Property<StatusChange, List<Link>> LINKS =
        B.array("links", () -> Format.LINK, StatusChange::links);
    static final Property<StatusChange, Object> EXTENSIONS =
        B.extensions(StatusChange::extensions, JsonObject.EMPTY);
    static final ObjectType<StatusChange> TYPE = B.type("status change", "a",
        v -> new StatusChange(STATUS.of(v), FROM.of(v), Optional.ofNullable(DECIDED_BY.of(v)),
            Optional.ofNullable(REASON.of(v)), LINKS.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class Decisions {
    static final ObjectType.Builder<Decision> B =
        ObjectType.<Decision>builder().since(MONITORING_VERSION);
    static final Property<Decision, PartialDate> DATE_ =
        B.required("date", PARTIAL_DATE, Decision::date);
    static final Property<Decision, MemberStatus> STATUS =
        B.enumeration("status", MemberStatus.class, Decision::status);
    static final Property<Decision, LocalizedText> DECIDED_BY =
        B.optional("decidedBy", TEXT, Decision::decidedBy);
    static final Property<Decision, LocalizedText> SUMMARY =
        B.optional("summary", TEXT, Decision::summary);
    static final Property<Decision, List<Link>> LINKS =
        B.array("links", () -> Format.LINK, Decision::links);
    static final Property<Decision, Object> EXTENSIONS =
        B.extensions(Decision::extensions, JsonObject.EMPTY);
    static final ObjectType<Decision> TYPE = B.type("decision", "a",
        v -> new Decision(DATE_.of(v), STATUS.of(v), Optional.ofNullable(DECIDED_BY.of(v)),
            Optional.ofNullable(SUMMARY.of(v)), LINKS.of(v), (JsonObject) EXTENSIONS.of(v)));
  }

  private static final class PlanRefs {
    static final ObjectType.Builder<PlanRef> B =
        ObjectType.<PlanRef>builder().since(MONITORING_VERSION);
    static final Property<PlanRef, String> PLAN_ = B.required("plan", IDENTIFIER, PlanRef::plan);
    // As a plan's own period: an END or START/END.
    static final Property<PlanRef, TimeFrame> PERIOD_ =
        B.required("period", PERIOD, PlanRef::period);
    static final Property<PlanRef, PartialDate> ADOPTED =
        B.optional("adopted", PARTIAL_DATE, PlanRef::adopted);
    static final Property<PlanRef, List<Link>> LINKS =
        B.array("links", () -> Format.LINK, PlanRef::links);
    static final Property<PlanRef, Object> EXTENSIONS =
        B.extensions(PlanRef::extensions, JsonObject.EMPTY);
    static final ObjectType<PlanRef> TYPE = B.type("action plan", "an", v -> new PlanRef(
        PLAN_.of(v), PERIOD_.of(v), Optional.ofNullable(ADOPTED.of(v)), LINKS.of(v),
        (JsonObject) EXTENSIONS.of(v)));
  }
}
