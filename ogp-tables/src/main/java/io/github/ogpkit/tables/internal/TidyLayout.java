package io.github.ogpkit.tables.internal;

import io.github.ogpkit.tables.internal.Table.Type;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables and columns of the tidy layout, shared by the exporter and the importer
 * (docs/TABLES.md, "Tidy layout"). A localized column is written once per language, as
 * {@code title@az}, {@code title@en}.
 */
final class TidyLayout {

  private TidyLayout() {}

  /**
   * A column of a table as the layout defines it.
   *
   * @param name the header, or for a localized column the part before {@code @}
   * @param type the cells' type
   * @param localized whether it is written once per language
   * @param derived whether it is only written (computed from other columns), not read back
   * @param required whether an import needs it
   */
  record Spec(String name, Type type, boolean localized, boolean derived, boolean required) {}

  static Spec text(String name) {
    return new Spec(name, Type.TEXT, false, false, false);
  }

  static Spec required(String name) {
    return new Spec(name, Type.TEXT, false, false, true);
  }

  static Spec localized(String name) {
    return new Spec(name, Type.TEXT, true, false, false);
  }

  static Spec requiredLocalized(String name) {
    return new Spec(name, Type.TEXT, true, false, true);
  }

  static Spec derived(String name, Type type) {
    return new Spec(name, type, false, true, false);
  }

  static Spec derivedLocalized(String name) {
    return new Spec(name, Type.TEXT, true, true, false);
  }

  static Spec typed(String name, Type type) {
    return new Spec(name, type, false, false, false);
  }

  static final String PLAN = "plan";
  static final String MEASURES = "measures";
  static final String INSTITUTIONS = "institutions";
  static final String ASSIGNMENTS = "assignments";
  static final String INDICATORS = "indicators";
  static final String LINKS = "links";
  static final String PROVISIONS = "provisions";
  static final String STATUSES = "statuses";

  /** The tables of a plan, in the order they are written. */
  static final List<String> PLAN_TABLES =
      List.of(PLAN, MEASURES, INSTITUTIONS, ASSIGNMENTS, INDICATORS, LINKS, PROVISIONS);

  /** Tables the importer knows and does not read: they are not part of a plan. */
  static final Set<String> EXPORT_ONLY_TABLES = Set.of(STATUSES);

  static final List<Spec> PLAN_COLUMNS = List.of(required("property"), text("language"),
      required("value"));

  static final List<Spec> MEASURE_COLUMNS = List.of(
      required("kind"), required("number"), text("code"), text("ogpId"), text("parent"),
      derived("depth", Type.NUMBER), requiredLocalized("title"), localized("description"),
      localized("problem"), localized("statusQuo"), localized("objective"),
      localized("expectedResults"), text("timeFrame"), derived("firstDay", Type.DATE),
      derived("lastDay", Type.DATE), derived("openStart", Type.BOOLEAN),
      derived("openEnd", Type.BOOLEAN), localized("timeFramePrinted"), text("ogpValues"),
      text("policyAreas"), derivedLocalized("indicators"));

  static final List<Spec> INSTITUTION_COLUMNS = List.of(required("id"),
      requiredLocalized("name"), required("kind"), derived("sector", Type.TEXT),
      typed("collective", Type.BOOLEAN), text("parent"));

  static final List<Spec> ASSIGNMENT_COLUMNS = List.of(required("measure"),
      required("institution"), required("role"));

  static final List<Spec> INDICATOR_COLUMNS = List.of(required("measure"),
      requiredLocalized("text"), typed("baseline", Type.NUMBER), text("baselineUnit"),
      typed("baselineYear", Type.NUMBER), typed("target", Type.NUMBER), text("targetUnit"),
      typed("targetYear", Type.NUMBER));

  static final List<Spec> LINK_COLUMNS = List.of(required("owner"), text("number"),
      required("rel"), required("href"), localized("title"));

  static final List<Spec> PROVISION_COLUMNS = List.of(required("section"), required("number"),
      requiredLocalized("text"));

  static final List<Spec> STATUS_COLUMNS = List.of(text("plan"), text("document"),
      text("reporterKind"), text("reporter"), typed("asOf", Type.DATE), text("measure"),
      text("ogpId"), text("status"), text("completion"), typed("onSchedule", Type.BOOLEAN),
      typed("starred", Type.BOOLEAN));

  static List<Spec> columns(String table) {
    return switch (table) {
      case PLAN -> PLAN_COLUMNS;
      case MEASURES -> MEASURE_COLUMNS;
      case INSTITUTIONS -> INSTITUTION_COLUMNS;
      case ASSIGNMENTS -> ASSIGNMENT_COLUMNS;
      case INDICATORS -> INDICATOR_COLUMNS;
      case LINKS -> LINK_COLUMNS;
      case PROVISIONS -> PROVISION_COLUMNS;
      case STATUSES -> STATUS_COLUMNS;
      default -> throw new IllegalArgumentException(table);
    };
  }

  /** The separator of a list in one cell ({@code ogpValues}, {@code policyAreas}). */
  static final String LIST_SEPARATOR = "; ";

  /** An enum constant as the JSON format writes it. */
  static String name(Enum<?> value) {
    return value.name();
  }

  /**
   * The constant of an enum that a cell names: as the JSON format writes it, or in lower case,
   * or with hyphens ({@code executor}, {@code civil-society}).
   */
  static <E extends Enum<E>> E constant(Class<E> type, String text) {
    String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    throw new IllegalArgumentException(text);
  }

  static String choices(Class<? extends Enum<?>> type) {
    StringBuilder s = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(e.name());
    }
    return s.toString();
  }
}
