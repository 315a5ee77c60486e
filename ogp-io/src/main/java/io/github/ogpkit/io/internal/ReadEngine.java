package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.io.internal.FindingList.Target;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.CheckedPlan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads checked UTF-8 bytes into a plan, or a document of any type, and its findings, in one pass of Jackson's byte parser,
 * and locates paths in them afterwards on demand. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReadEngine {

  // Jackson formats these numbers in the default locale (Arabic-Indic digits under ar-SA): \d
  // matches any decimal digit here, and Long.parseLong reads them all.
  private static final Pattern CONSTRAINT = Pattern.compile(
      "^(String value|Number value|Name|Document nesting depth|Document length)\\D*\\((\\d+)\\) "
          + "exceeds the maximum allowed \\((\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

  private final JsonFactory factory;
  private final long maxValues;
  private final int maxFindings;

  /**
   * The outcome of reading.
   *
   * @param plan the plan, or null if it did not bind, any reading error was found, or the
   *     document is of another type
   * @param document the document of any type, or null if it did not bind or any reading error
   *     was found
   * @param type the type the document was read as (a plan when it names no known type), which
   *     orders its findings
   * @param findings the reading findings, in the order found, each with its location
   */
  @API(status = INTERNAL, since = "0.1")
  public record Outcome(@Nullable CheckedPlan plan, @Nullable Document document,
      DocumentType type, List<Finding> findings) {}

  /**
   * Creates an engine with a strictly configured parser factory.
   *
   * @param limits the limits
   */
  public ReadEngine(ReadLimits limits) {
    this.maxValues = limits.maxValues();
    this.maxFindings = limits.maxFindings();
    // Every lenient feature is switched off by name, so that a change of Jackson's defaults
    // cannot loosen the format. Duplicate keys are detected by the binder, which goes on past
    // them; Jackson's own detection would end reading at the first. The factory's parsers note
    // escapes of surrogates, so that strings are scanned for unpaired ones only after one.
    this.factory = new WatchingJsonFactory(JsonFactory.builder()
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_RS_CONTROL_CHAR,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
            JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.IGNORE_UNDEFINED)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxPropertyNameLength())
            .build()));
  }

  /**
   * Reads checked input.
   *
   * @param source the checked bytes or their problem
   * @return the outcome
   */
  public Outcome read(SourceText source) {
    return read(source, false);
  }

  /**
   * Reads checked input as a plan, or as a document of any type.
   *
   * @param source the checked bytes or their problem
   * @param anyType whether the document may be of any type ({@code DocumentReader}), rather than
   *     a plan only ({@code PlanReader})
   * @return the outcome
   */
  public Outcome read(SourceText source, boolean anyType) {
    if (source.problem() != null) {
      return new Outcome(null, null, DocumentType.PLAN, List.of(source.problem()));
    }
    return read(source.bytes(), source.length(),
        Locator.forText(source.bytes(), source.length()), true, anyType);
  }

  /**
   * Reads a document's bytes.
   *
   * @param bytes the document, well-formed UTF-8
   * @param length its length in bytes
   * @param locator the locator of the document
   * @param whole true if the bytes are a whole document, after which nothing may follow
   * @param anyType whether the document may be of any type, rather than a plan only
   * @return the outcome
   */
  Outcome read(byte[] bytes, int length, Locator locator, boolean whole, boolean anyType) {
    FindingList findings = new FindingList(maxFindings);
    Document document = null;
    DocumentBinder binder = null;
    boolean afterRoot = false;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          syntax(findings, TextLocation.of(1, 1), "the document is empty; a plan is one JSON "
              + "object");
        } else if (first != JsonToken.START_OBJECT) {
          syntax(findings, locator.at(parser.currentTokenLocation()),
              "the document is " + describe(parser) + ", not a JSON object");
        } else {
          binder = new DocumentBinder(new Cursor(parser, locator, findings, maxValues), anyType,
              () -> ahead(bytes, length, anyType));
          document = binder.document();
          afterRoot = true;
          if (whole && parser.nextToken() != null) {
            syntax(findings, locator.at(parser.currentTokenLocation()),
                "content after the root object: " + describe(parser));
          }
        }
      } catch (Cursor.Stop e) {
        // A limit ended reading; its finding is in the list.
      } catch (JacksonException e) {
        syntax(findings, e, parser, locator, whole ? bytes : null, length,
            afterRoot ? "content after the root object: " : "");
      }
    }
    if (findings.errors() > 0) {
      document = null;
    }
    List<Finding> all = findings.complete(
        targets -> LocatePass.locate(factory, bytes, length, locator, targets, true));
    // Bound with no reading error: every structural check passed.
    return new Outcome(document instanceof Plan plan
        ? CheckedPlans.of(plan, binder.declaredVersion()) : null, document,
        binder == null ? DocumentType.PLAN : binder.documentType(), all);
  }

  /**
   * Finds where the values at some paths start in a document this engine read from text, in one
   * pass.
   *
   * @param bytes the document
   * @param length its length
   * @param paths the paths
   * @param nearest whether a path not in the document is located at the nearest value on the way
   *     to it
   * @return the location of each path found
   */
  public Map<JsonPointer, TextLocation> locate(byte[] bytes, int length,
      Collection<JsonPointer> paths, boolean nearest) {
    Set<Target> targets = new LinkedHashSet<>();
    for (JsonPointer p : paths) {
      targets.add(LocatePass.valueAt(p));
    }
    Map<Target, TextLocation> found = LocatePass.locate(factory, bytes, length,
        Locator.forText(bytes, length), targets, nearest);
    Map<JsonPointer, TextLocation> byPath = new HashMap<>();
    found.forEach((target, at) -> byPath.put(target.path(), at));
    return byPath;
  }

  /**
   * The root's schemaVersion when it is a string, and its type when that is a string before the
   * version, read ahead of the properties before them; for a document of any type, the type
   * wherever it is.
   */
  private DocumentBinder.Ahead ahead(byte[] bytes, int length, boolean anyType) {
    String version = null;
    String type = null;
    boolean versionSeen = false;
    boolean typed = false;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new DocumentBinder.Ahead(null, null, false);
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("schemaVersion") && !versionSeen) {
          versionSeen = true;
          version = value == JsonToken.VALUE_STRING ? parser.getString() : null;
        } else if (name.equals("type") && !typed && (anyType || !versionSeen)) {
          typed = true;
          type = value == JsonToken.VALUE_STRING ? parser.getString() : null;
        }
        if (versionSeen && (typed || !anyType)) {
          break;
        }
        parser.skipChildren();
      }
    } catch (JacksonException e) {
      // The main pass reports the problem where it meets it.
    }
    return new DocumentBinder.Ahead(version, type, typed);
  }

  private static void syntax(FindingList findings, TextLocation at, String message) {
    findings.add(Findings.JSON_SYNTAX, Severity.ERROR, JsonPointer.root(), at, message);
  }

  /**
   * Reports a problem of the JSON text, or a limit Jackson enforces, as json-syntax, in ogpkit's
   * words ({@link JsonSyntax}).
   *
   * @param findings where to add it
   * @param e Jackson's exception
   * @param parser the parser
   * @param locator the locator of the document
   * @param bytes the document's bytes, or null when the parser reads another's text
   * @param length the document's length
   * @param prefix what comes before the message, saying where in the document it is
   */
  static void syntax(FindingList findings, JacksonException e, JsonParser parser,
      Locator locator, byte @Nullable [] bytes, int length, String prefix) {
    TokenStreamLocation where = e.getLocation() != null ? e.getLocation()
        : parser.currentLocation();
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException && message != null) {
      syntax(findings, locator.at(where), limitMessage(message));
      return;
    }
    JsonSyntax.Problem problem = JsonSyntax.of(e, bytes, length);
    TextLocation at = locator.at(where);
    if (problem.byteOffset() >= 0 && where != null && where.getByteOffset() >= 0) {
      // A token's problem, placed at the token's start on the same line.
      long back = where.getByteOffset() - problem.byteOffset();
      at = locator.at(where.getLineNr(), problem.byteOffset(),
          (int) Math.max(1, where.getColumnNr() - back));
    }
    String words = problem.message();
    syntax(findings, at, words.startsWith(prefix) ? words : prefix + words);
  }

  /** Names the exceeded limit as ReadLimits does, with its value, instead of Jackson's terms. */
  private static String limitMessage(String jackson) {
    Matcher m = CONSTRAINT.matcher(jackson);
    if (!m.find()) {
      return Text.excerpt(jackson, 200);
    }
    String what = m.group(1);
    long limit = Long.parseLong(m.group(3));
    String[] named = what.startsWith("String") ? new String[] {"a string longer", "characters",
        "maxStringLength"}
        : what.startsWith("Number") ? new String[] {"a number longer", "characters",
            "maxNumberLength"}
        : what.startsWith("Name") ? new String[] {"a property name longer", "characters",
            "maxPropertyNameLength"}
        : what.startsWith("Document nesting") ? new String[] {"nesting deeper", "",
            "maxNestingDepth"}
        : what.startsWith("Document length") ? new String[] {"a document longer", "bytes",
            "maxDocumentBytes"}
        : null;
    if (named == null) {
      return Text.excerpt(jackson, 200);
    }
    return String.format(Locale.ROOT, "%s than the limit of %,d%s (%s)", named[0], limit,
        named[1].isEmpty() ? "" : " " + named[1], named[2]);
  }

  /** Describes the token the parser is on, for messages about the document as a whole. */
  private static String describe(JsonParser parser) {
    return Cursor.describe(parser, "");
  }
}
