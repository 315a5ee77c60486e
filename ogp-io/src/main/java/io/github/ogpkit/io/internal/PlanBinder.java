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
 * says how the rest is read. A document of another major version is not checked beyond its
 * version; one of a newer minor version has its unknown properties reported as warnings.
 *
 * <p>One binder reads one document; it is not thread-safe.
 */
final class PlanBinder extends ObjectBinder {

  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private final Supplier<@Nullable String> versionAhead;
  private boolean versionDecided;
  private boolean otherMajor;
  private @Nullable Open root;

  /**
   * Creates a binder for one document.
   *
   * @param cursor the cursor, on the root object's first token
   * @param versionAhead finds the root's {@code schemaVersion} string when it is not the first
   *     property, by reading ahead; returns null when there is none
   */
  PlanBinder(Cursor cursor, Supplier<@Nullable String> versionAhead) {
    super(cursor);
    this.versionAhead = versionAhead;
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
    // version is read ahead.
    if (!versionDecided) {
      decide(versionAhead.get());
    }
    return otherMajor ? null : p;
  }

  @Override
  boolean checked(Open o) {
    return o != root || !otherMajor;
  }

  @Override
  void property(Open o, Property<?, ?> p) {
    if (p.kind() == ValueKind.VERSION) {
      root = o;
      schemaVersion();
    } else {
      super.property(o, p);
    }
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
    } else if (!m.group(2).equals("0")) {
      findings.add(Findings.SCHEMA_VERSION, Severity.WARNING, p, at, "schemaVersion " + v
          + " is newer than " + Format.VERSION + ", the version this reader knows; properties "
          + "it does not know are reported as warnings and not kept");
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
      } else if (!m.group(2).equals("0")) {
        unknownAsWarnings();
      }
    }
  }
}
