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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads tokens from a Jackson parser into a located tree, reporting duplicate keys as findings
 * and going on past them (Jackson's own duplicate detection would stop at the first). Internal.
 */
public final class TreeReader {

  private final int maxDepth;
  private final List<Finding> findings;

  /**
   * Creates a reader.
   *
   * @param maxDepth the deepest nesting of objects and arrays accepted
   * @param findings where findings are added
   */
  public TreeReader(int maxDepth, List<Finding> findings) {
    this.maxDepth = maxDepth;
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
    switch (token) {
      case START_OBJECT -> {
        if (depth > maxDepth) {
          syntax(at, "nesting deeper than the limit of " + maxDepth);
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
          syntax(at, "nesting deeper than the limit of " + maxDepth);
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
    syntax(location(where), message == null ? "not well-formed JSON"
        : Text.excerpt(message, 200).replace("\\\"", "\""));
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
