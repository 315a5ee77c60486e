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
import io.github.ogpkit.model.Assignment;
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

  /** Every object type, the plan first. */
  public static final List<ObjectType<?>> TYPES = List.of(PLAN, ADOPTION, INSTITUTION, SECTION,
      MEASURE, ASSIGNMENT, INDICATOR, QUANTITY, PROVISION, LINK);

  private Format() {}

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
}
