package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.internal.FindingList.Target;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.TextLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds where some paths are in a document's text, in one pass that descends only into the
 * values on the way to them and skips everything else. The reader keeps no location of every
 * value while it binds (that index cost more than parsing); findings that need a location other
 * than the token at hand, and rule findings located after validation, are located here, all at
 * once. Of a key that appears twice in an object, the first is the one found, as the reader keeps
 * the first. Internal.
 */
final class LocatePass {

  /** A step of the paths asked for: its children by token, and what was found at it. */
  private static final class Step {
    private @Nullable Map<String, Step> children;
    private @Nullable Step parent;
    private @Nullable TextLocation value;
    private @Nullable TextLocation name;
  }

  private final JsonParser parser;
  private final Locator locator;

  private LocatePass(JsonParser parser, Locator locator) {
    this.parser = parser;
    this.locator = locator;
  }

  /**
   * Locates targets in a document.
   *
   * @param factory the factory the document was read with
   * @param bytes the document
   * @param length its length in bytes
   * @param locator the locator of the document
   * @param targets what to find
   * @param nearest whether a path that is not in the document is located at the nearest value on
   *     the way to it that is
   * @return the location of each target found: the start of the value at its path, or the name
   *     of its property; with {@code nearest}, for a path that is not in the document, the start
   *     of the nearest value on the way to it that is; no entry for a target not found
   */
  static Map<Target, TextLocation> locate(JsonFactory factory, byte[] bytes, int length,
      Locator locator, Set<Target> targets, boolean nearest) {
    Step root = new Step();
    Map<Target, Step> steps = new HashMap<>();
    for (Target t : targets) {
      Step s = root;
      for (String token : t.path().tokens()) {
        if (s.children == null) {
          s.children = new HashMap<>();
        }
        Step parent = s;
        s = s.children.computeIfAbsent(token, k -> new Step());
        s.parent = parent;
      }
      steps.put(t, s);
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        new LocatePass(parser, locator).value(root);
      }
    } catch (JacksonException e) {
      // Reading ended at a problem the reader reported itself; what was found before it stands.
    }
    Map<Target, TextLocation> found = new HashMap<>();
    for (Map.Entry<Target, Step> e : steps.entrySet()) {
      Step s = e.getValue();
      TextLocation at = e.getKey().name() ? s.name : s.value;
      while (nearest && at == null && s != null) {
        at = s.value;
        s = s.parent;
      }
      if (at != null) {
        found.put(e.getKey(), at);
      }
    }
    return found;
  }

  /**
   * Records where the value the parser is on starts, and descends where a path leads. The
   * objects and arrays on the way are kept on a stack of its own, not the thread's.
   */
  private void value(Step first) {
    ArrayList<Frame> open = new ArrayList<>();
    Step step = first;
    while (step != null) {
      step.value = locator.at(parser.currentTokenLocation());
      JsonToken token = parser.currentToken();
      if (step.children != null
          && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
        open.add(new Frame(step, token == JsonToken.START_OBJECT));
      } else {
        parser.skipChildren();
      }
      step = null;
      // The next value on the way to a path, closing what is finished.
      while (step == null && !open.isEmpty()) {
        Frame f = open.get(open.size() - 1);
        if (f.seen != null) {
          if (parser.nextToken() != JsonToken.PROPERTY_NAME) {
            open.remove(open.size() - 1);
            continue;
          }
          String name = parser.currentName();
          Step child = f.step.children.get(name);
          if (child != null && f.seen.add(name)) {
            child.name = locator.at(parser.currentTokenLocation());
            parser.nextToken();
            step = child;
          } else {
            parser.nextToken();
            parser.skipChildren();
          }
        } else {
          if (parser.nextToken() == JsonToken.END_ARRAY) {
            open.remove(open.size() - 1);
            continue;
          }
          Step child = f.step.children.get(Integer.toString(f.index++));
          if (child != null) {
            step = child;
          } else {
            parser.skipChildren();
          }
        }
      }
    }
  }

  /** An object or array on the way to a path: its step, and the keys seen or the next index. */
  private static final class Frame {
    final Step step;
    final @Nullable Set<String> seen;
    int index;

    Frame(Step step, boolean object) {
      this.step = step;
      this.seen = object ? new HashSet<>() : null;
    }
  }

  /**
   * The target of a property's value.
   *
   * @param path the path
   * @return the target
   */
  static Target valueAt(JsonPointer path) {
    return new Target(path, false);
  }
}
