package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.internal.format.Format;
import io.github.ogpkit.model.internal.format.Property;
import io.github.ogpkit.model.internal.format.ValueKind;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Binds a document to the model straight from the parser's tokens, in one pass: every property
 * is checked against the format as it is read, every problem becomes a finding, and each object
 * is built when it ends, only if nothing in it was an error. No tree of the document is made and
 * no location is kept for values that have no finding (see {@link FindingList} for the findings
 * that are completed later).
 *
 * <p>This class adds to {@link ObjectBinder} what only the root has: the format version, which
 * says how the rest is read, and the document type. A document of another major version is not
 * checked beyond its version; one of a newer minor version has its unknown properties, and a
 * profile this reader does not know, reported as warnings. A document whose {@code type} is not
 * {@code plan} is not checked beyond its type.
 *
 * <p>One binder reads one document; it is not thread-safe.
 */
final class PlanBinder extends ObjectBinder {

  private static final String PLAN_TYPE = "plan";
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /** What the root says of itself, read ahead of the properties before it. */
  record Ahead(@Nullable String version, @Nullable String type) {}

  private final Supplier<Ahead> ahead;
  private boolean versionDecided;
  private boolean otherMajor;
  private boolean otherType;
  private String declared = Format.VERSION;
  private @Nullable Open root;

  /**
   * Creates a binder for one document.
   *
   * @param cursor the cursor, on the root object's first token
   * @param ahead finds the root's {@code schemaVersion} string, and its {@code type} string if it
   *     comes before, when the version is not the first property, by reading ahead
   */
  PlanBinder(Cursor cursor, Supplier<Ahead> ahead) {
    super(cursor);
    this.ahead = ahead;
  }

  /**
   * Returns the version the document declared, once read: {@code 1.0}, {@code 1.1}, or a newer
   * 1.x; the version of this reader when the document declared none that it can read.
   *
   * @return the version
   */
  String declaredVersion() {
    return declared;
  }

  /**
   * Reads the root object. A problem of the JSON text (Jackson's exception) or a limit
   * ({@link Cursor.Stop}) ends reading and propagates after the messages of the findings waiting
   * for their objects' names are completed; the caller reports it.
   *
   * @return the plan, or null if any error was found
   */
  @Nullable Plan plan() {
    try {
      cursor.count();
      Plan plan = read(Format.PLAN);
      return cursor.findings().errors() == 0 ? plan : null;
    } catch (RuntimeException e) {
      nameOpenObjects();
      throw e;
    }
  }

  @Override
  @Nullable Property<?, ?> propertyToRead(Open o, String name) {
    Property<?, ?> p = super.propertyToRead(o, name);
    if (o.at != 0 || p != null && p.kind() == ValueKind.VERSION) {
      return p;
    }
    root = o;
    // The version says how everything else is read: when another property comes first, the
    // version is read ahead, and a type before it.
    if (!versionDecided) {
      Ahead a = ahead.get();
      decide(a.version());
      if (a.type() != null && !a.type().equals(PLAN_TYPE) && !otherMajor
          && (p == null || p.kind() != ValueKind.DOCUMENT_TYPE)) {
        otherType = true;
      }
    }
    if (otherType && p != null && p.kind() == ValueKind.DOCUMENT_TYPE) {
      return p;
    }
    return otherMajor || otherType ? null : p;
  }

  @Override
  boolean checked(Open o) {
    return o != root || !otherMajor && !otherType;
  }

  @Override
  void property(Open o, Property<?, ?> p) {
    if (p.kind() == ValueKind.VERSION) {
      root = o;
      schemaVersion();
    } else if (p.kind() == ValueKind.DOCUMENT_TYPE) {
      root = o;
      type();
    } else {
      super.property(o, p);
    }
  }

  /** Reads the document type: a document of another type is not checked beyond it. */
  private void type() {
    String t = cursor.string();
    if (t == null || t.equals(PLAN_TYPE)) {
      return;
    }
    otherType = true;
    cursor.error(Findings.INVALID_VALUE, "type " + Text.quote(t) + " is not a type this reader"
        + " reads; a plan's type is \"plan\" (or leave it out), so the rest of the document is"
        + " not checked");
  }

  /** Reads the version, deciding how the rest is read if that was not decided ahead. */
  private void schemaVersion() {
    String v = cursor.string();
    if (v == null) {
      return;
    }
    TextLocation at = cursor.here();
    JsonPointer p = cursor.pointer();
    FindingList findings = cursor.findings();
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, at, "schemaVersion "
          + Text.quote(v) + " is not MAJOR.MINOR; this reader reads version " + Format.VERSION);
    } else if (!m.group(1).equals("1")) {
      findings.add(Findings.SCHEMA_VERSION, Severity.ERROR, p, at, "schemaVersion " + v
          + " is of major version " + m.group(1) + "; this reader reads version "
          + Format.VERSION + " (and newer 1.x), so the rest of the document is not checked");
    } else if (Integer.parseInt(m.group(2)) > Format.MINOR) {
      findings.add(Findings.SCHEMA_VERSION, Severity.WARNING, p, at, "schemaVersion " + v
          + " is newer than " + Format.VERSION + ", the version this reader knows; properties "
          + "and profiles it does not know are reported as warnings and not kept");
    }
    if (!versionDecided) {
      decide(v);
    }
  }

  private void decide(@Nullable String version) {
    versionDecided = true;
    Matcher m = version == null ? null : VERSION.matcher(version);
    if (m != null && m.matches()) {
      if (!m.group(1).equals("1")) {
        otherMajor = true;
      } else {
        declared = version;
        if (Integer.parseInt(m.group(2)) > Format.MINOR) {
          unknownAsWarnings();
        }
      }
    }
  }
}
