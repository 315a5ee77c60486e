package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.report.TextLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read from text together with where its first token starts. Internal: not part of
 * the public API.
 */
public sealed interface Node {

  /**
   * Returns where the value's first token starts.
   *
   * @return the location, not null
   */
  TextLocation location();

  /**
   * Describes the value for messages: its JSON type and, for scalars, a short excerpt.
   *
   * @return the description, not null
   */
  String describe();

  /** A property of an object: its name, where the name is, and its value. */
  record Member(String name, TextLocation nameLocation, Node value) {}

  /** A JSON object; the first of duplicate keys is kept (the duplicates are findings). */
  final class ObjectNode implements Node {
    private final TextLocation location;
    private final Map<String, Member> members = new LinkedHashMap<>();

    ObjectNode(TextLocation location) {
      this.location = location;
    }

    boolean add(Member member) {
      return members.putIfAbsent(member.name(), member) == null;
    }

    /**
     * Returns the members in the order they were written.
     *
     * @return the members by name, unmodifiable
     */
    public Map<String, Member> members() {
      return Collections.unmodifiableMap(members);
    }

    /**
     * Returns one member.
     *
     * @param name the name
     * @return the member, or null
     */
    public Member get(String name) {
      return members.get(name);
    }

    @Override
    public TextLocation location() {
      return location;
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /**
   * A JSON array.
   *
   * @param elements the elements
   * @param location where it starts
   */
  record ArrayNode(List<Node> elements, TextLocation location) implements Node {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /**
   * A JSON string.
   *
   * @param value the string
   * @param location where it starts
   */
  record StringNode(String value, TextLocation location) implements Node {
    @Override
    public String describe() {
      return "the string " + Text.quote(value);
    }
  }

  /**
   * A JSON number, kept as written.
   *
   * @param text the number's text
   * @param integral whether it was written without fraction or exponent
   * @param location where it starts
   */
  record NumberNode(String text, boolean integral, TextLocation location) implements Node {
    @Override
    public String describe() {
      return "the number " + Text.excerpt(text);
    }
  }

  /**
   * A JSON boolean.
   *
   * @param value the value
   * @param location where it is
   */
  record BooleanNode(boolean value, TextLocation location) implements Node {
    @Override
    public String describe() {
      return "the boolean " + value;
    }
  }

  /**
   * A JSON null.
   *
   * @param location where it is
   */
  record NullNode(TextLocation location) implements Node {
    @Override
    public String describe() {
      return "null";
    }
  }
}
