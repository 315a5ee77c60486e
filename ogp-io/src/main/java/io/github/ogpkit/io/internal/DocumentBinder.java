package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.internal.format.Format;
import io.github.ogpkit.model.internal.format.ObjectType;
import io.github.ogpkit.model.internal.format.Property;
import io.github.ogpkit.model.internal.format.ValueKind;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.Arrays;
import java.util.List;
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
 * profile this reader does not know, reported as warnings.
 *
 * <p>A binder for plans only reads a document whose {@code type} is not {@code plan} no further
 * than its type. A binder for any document type reads the {@code type} ahead, wherever it is in
 * the root, and reads the root as that type's (a document without one is a plan); an unknown
 * type is an error, and the rest of that document is not checked. The document types other than
 * the plan are new in 1.1: a document of one of them that declares {@code 1.0} is a
 * {@code schema-version} error.
 *
 * <p>One binder reads one document; it is not thread-safe.
 */
final class DocumentBinder extends ObjectBinder {

  private static final String PLAN_TYPE = DocumentType.PLAN.jsonName();
  private static final List<String> TYPE_NAMES =
      Arrays.stream(DocumentType.values()).map(DocumentType::jsonName).toList();
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /**
   * What the root says of itself, read ahead of the properties before it.
   *
   * @param version the {@code schemaVersion} string, or null
   * @param type the {@code type} string, or null
   * @param typed whether the root has a {@code type} at all, a string or not
   */
  record Ahead(@Nullable String version, @Nullable String type, boolean typed) {}

  private final Supplier<Ahead> ahead;
  private final boolean anyType;
  private @Nullable Ahead read;
  private ObjectType<?> rootType = Format.PLAN;
  private DocumentType documentType = DocumentType.PLAN;
  private String expectedType = PLAN_TYPE;
  private boolean versionDecided;
  private boolean otherMajor;
  private boolean otherType;
  private String declared = Format.VERSION;
  private @Nullable Open root;

  /**
   * Creates a binder for one document.
   *
   * @param cursor the cursor, on the root object's first token
   * @param anyType whether the document may be of any type, rather than a plan only
   * @param ahead finds the root's {@code schemaVersion} string, and its {@code type} string if it
   *     comes before (anywhere, for a binder of any type), by reading ahead; called at most once
   */
  DocumentBinder(Cursor cursor, boolean anyType, Supplier<Ahead> ahead) {
    super(cursor);
    this.anyType = anyType;
    this.ahead = ahead;
  }

  private Ahead ahead() {
    if (read == null) {
      read = ahead.get();
    }
    return read;
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
   * Returns the type the root is read as: the one its {@code type} names, or a plan (when it has
   * none, names none, or this binder reads plans only).
   *
   * @return the type
   */
  DocumentType documentType() {
    return documentType;
  }

  /**
   * Reads the root object. A problem of the JSON text (Jackson's exception) or a limit
   * ({@link Cursor.Stop}) ends reading and propagates after the messages of the findings waiting
   * for their objects' names are completed; the caller reports it.
   *
   * @return the document, or null if any error was found
   */
  @Nullable Document document() {
    try {
      cursor.count();
      if (anyType) {
        chooseRoot();
      }
      Object document = read(rootType);
      return cursor.findings().errors() == 0 ? (Document) document : null;
    } catch (RuntimeException e) {
      nameOpenObjects();
      throw e;
    }
  }

  /** Reads the root as the type its {@code type} names; an unknown type is not checked. */
  private void chooseRoot() {
    Ahead a = ahead();
    if (!a.typed()) {
      return;
    }
    DocumentType type = a.type() == null ? null : DocumentType.fromJsonName(a.type()).orElse(null);
    if (type == null) {
      // Reported where the type is read: wrong-type, or a type no reader knows.
      otherType = true;
      return;
    }
    rootType = Format.root(type);
    documentType = type;
    expectedType = type.jsonName();
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
      Ahead a = ahead();
      decide(a.version());
      if (a.type() != null && !a.type().equals(expectedType) && !otherMajor
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
    if (t == null || t.equals(expectedType)) {
      return;
    }
    otherType = true;
    if (anyType) {
      String suggestion = Text.suggest(t, TYPE_NAMES);
      cursor.error(Findings.INVALID_VALUE, "type " + Text.quote(t) + " is not a document type;"
          + " expected " + String.join(", ", TYPE_NAMES)
          + (suggestion != null ? " (did you mean \"" + suggestion + "\"?)" : "")
          + ", so the rest of the document is not checked");
      return;
    }
    boolean known = DocumentType.fromJsonName(t).isPresent();
    cursor.error(Findings.INVALID_VALUE, "type " + Text.quote(t) + " is not a type this reader"
        + " reads; a plan's type is \"plan\" (or leave it out), so the rest of the document is"
        + " not checked" + (known ? " (DocumentReader reads " + t + " documents)" : ""));
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
    } else if (rootType != Format.PLAN && m.group(2).equals("0")) {
      findings.add(Findings.SCHEMA_VERSION, Severity.ERROR, p, at, "schemaVersion " + v
          + " is older than the document type " + expectedType + ", which version "
          + Format.MONITORING_VERSION + " introduced; declare \"" + Format.VERSION + "\"");
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
