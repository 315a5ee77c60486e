package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.internal.Node.ArrayNode;
import io.github.ogpkit.io.internal.Node.BooleanNode;
import io.github.ogpkit.io.internal.Node.Member;
import io.github.ogpkit.io.internal.Node.NullNode;
import io.github.ogpkit.io.internal.Node.NumberNode;
import io.github.ogpkit.io.internal.Node.ObjectNode;
import io.github.ogpkit.io.internal.Node.StringNode;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads tokens from a Jackson parser into a located tree, reporting duplicate keys as findings
 * and going on past them (Jackson's own duplicate detection would stop at the first). Internal.
 */
public final class TreeReader {

  private static final Pattern CONSTRAINT = Pattern.compile(
      "^(String value|Number value|Name|Document nesting depth|Document length)\\D*\\((\\d+)\\) "
          + "exceeds the maximum allowed \\((\\d+)");

  private final int maxDepth;
  private final long maxValues;
  private final List<Finding> findings;
  private long values;

  /**
   * Creates a reader for one document.
   *
   * @param maxDepth the deepest nesting of objects and arrays accepted
   * @param maxValues the most values (objects, arrays, strings, numbers, literals) accepted
   * @param findings where findings are added
   */
  public TreeReader(int maxDepth, long maxValues, List<Finding> findings) {
    this.maxDepth = maxDepth;
    this.maxValues = maxValues;
    this.findings = findings;
  }

  /**
   * Reads a whole document: one object and nothing after it. Syntax errors become findings.
   *
   * @param parser the parser, before its first token
   * @return the root object, or null if there is none to bind; a root that was read completely is
   *     returned even when trailing content follows (that content is a finding)
   */
  public ObjectNode readDocument(JsonParser parser) {
    ObjectNode root;
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        syntax(TextLocation.of(1, 1), "the document is empty; a plan is one JSON object");
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        syntax(location(parser.currentTokenLocation()),
            "the document is " + describe(parser) + ", not a JSON object");
        return null;
      }
      root = (ObjectNode) readValue(parser, JsonPointer.root(), 1);
    } catch (JacksonException e) {
      syntax(e, parser);
      return null;
    }
    if (root == null) {
      return null;
    }
    try {
      if (parser.nextToken() != null) {
        syntax(location(parser.currentTokenLocation()),
            "content after the root object: " + describe(parser));
      }
    } catch (JacksonException e) {
      syntax(e, parser);
    }
    return root;
  }

  /**
   * Reads the value at the parser's current token; the parser is left on its last token.
   * Jackson exceptions propagate.
   *
   * @param parser the parser, on the value's first token
   * @param path the value's path
   * @param depth the value's nesting depth, 1 for the root
   * @return the value, or null if reading stopped at a problem reported as a finding
   */
  public Node readValue(JsonParser parser, JsonPointer path, int depth) {
    JsonToken token = parser.currentToken();
    TextLocation at = location(parser.currentTokenLocation());
    if (token == null) {
      syntax(at, "the input ended where a value was expected");
      return null;
    }
    // The tree costs memory per value, far more than the text does: a document of small values
    // (a million {}) is refused here, before it is held.
    if (++values > maxValues) {
      syntax(at, String.format(Locale.ROOT, "more values than the limit of %,d (maxValues); "
          + "objects, arrays, strings, numbers, booleans and nulls each count one", maxValues));
      return null;
    }
    switch (token) {
      case START_OBJECT -> {
        if (depth > maxDepth) {
          syntax(at, "nesting deeper than the limit of " + maxDepth + " (maxNestingDepth)");
          return null;
        }
        ObjectNode object = new ObjectNode(at);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          TextLocation nameAt = location(parser.currentTokenLocation());
          parser.nextToken();
          Node value = readValue(parser, path.append(name), depth + 1);
          if (value == null) {
            return null;
          }
          if (!object.add(new Member(name, nameAt, value))) {
            Member first = object.get(name);
            findings.add(Findings.error(Findings.DUPLICATE_KEY, path.append(name), nameAt,
                "key " + Text.quote(name) + " appears again; first at line "
                    + first.nameLocation().line() + ", column "
                    + first.nameLocation().column()));
          }
        }
        return object;
      }
      case START_ARRAY -> {
        if (depth > maxDepth) {
          syntax(at, "nesting deeper than the limit of " + maxDepth + " (maxNestingDepth)");
          return null;
        }
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          Node element = readValue(parser, path.append(elements.size()), depth + 1);
          if (element == null) {
            return null;
          }
          elements.add(element);
        }
        return new ArrayNode(List.copyOf(elements), at);
      }
      case VALUE_STRING -> {
        return new StringNode(parser.getString(), at);
      }
      case VALUE_NUMBER_INT -> {
        return new NumberNode(parser.getString(), true, at);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new NumberNode(parser.getString(), false, at);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new BooleanNode(token == JsonToken.VALUE_TRUE, at);
      }
      case VALUE_NULL -> {
        return new NullNode(at);
      }
      default -> {
        syntax(at, "unexpected " + token + " where a value was expected");
        return null;
      }
    }
  }

  private void syntax(TextLocation at, String message) {
    findings.add(Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(), at, message));
  }

  private void syntax(JacksonException e, JsonParser parser) {
    TokenStreamLocation where = e.getLocation() != null ? e.getLocation()
        : parser.currentLocation();
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException && message != null) {
      syntax(location(where), limitMessage(message));
      return;
    }
    syntax(location(where), message == null ? "not well-formed JSON"
        : Text.excerpt(message, 200).replace("\\\"", "\""));
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

  private static String describe(JsonParser parser) {
    JsonToken t = parser.currentToken();
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "the string " + Text.quote(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Text.excerpt(parser.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  /**
   * Converts a Jackson location to a 1-based line and column.
   *
   * @param l the location, may be null
   * @return the location, not null
   */
  public static TextLocation location(TokenStreamLocation l) {
    if (l == null) {
      return TextLocation.of(1, 1);
    }
    return TextLocation.of(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }
}
