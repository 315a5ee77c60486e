package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.internal.Node.ArrayNode;
import io.github.ogpkit.io.internal.Node.Member;
import io.github.ogpkit.io.internal.Node.ObjectNode;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.internal.CheckedPlans;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/** Reads checked text into a plan, its findings and the locations of its paths. Internal. */
public final class ReadEngine {

  private final JsonFactory factory;
  private final int maxDepth;
  private final long maxValues;
  private final int maxFindings;

  /**
   * The outcome of reading.
   *
   * @param plan the plan, or null if it did not bind
   * @param findings the reading findings, in the order found
   * @param index where each path's value starts
   */
  public record Outcome(Plan plan, List<Finding> findings, Map<JsonPointer, TextLocation> index) {}

  /**
   * Creates an engine with a strictly configured parser factory.
   *
   * @param maxBytes the document length limit
   * @param maxDepth the nesting limit
   * @param maxString the string length limit
   * @param maxNumber the number length limit
   * @param maxName the property name length limit
   * @param maxValues the limit on the number of values
   * @param maxFindings the most findings listed before one summary of the rest
   */
  public ReadEngine(long maxBytes, int maxDepth, int maxString, int maxNumber, int maxName,
      long maxValues, int maxFindings) {
    this.maxDepth = maxDepth;
    this.maxValues = maxValues;
    this.maxFindings = maxFindings;
    // Every lenient feature is switched off by name, so that a change of Jackson's defaults
    // cannot loosen the format. Duplicate keys are detected by TreeReader, which goes on past
    // them; Jackson's own detection would end reading at the first.
    this.factory = JsonFactory.builder()
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
            .maxDocumentLength(maxBytes)
            .maxNestingDepth(maxDepth)
            .maxStringLength(maxString)
            .maxNumberLength(maxNumber)
            .maxNameLength(maxName)
            .build())
        .build();
  }

  /**
   * Reads checked text.
   *
   * @param source the checked text or its problem
   * @return the outcome
   */
  public Outcome read(SourceText source) {
    if (source.problem() != null) {
      return new Outcome(null, List.of(source.problem()), Map.of());
    }
    FindingList findings = new FindingList(maxFindings);
    ObjectNode root;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), source.text())) {
      root = new TreeReader(maxDepth, maxValues, findings).readDocument(parser);
    }
    if (root == null) {
      return new Outcome(null, findings.complete(), Map.of());
    }
    Map<JsonPointer, TextLocation> index = new HashMap<>();
    index(root, JsonPointer.root(), index);
    Plan plan = PlanBinder.bind(root, findings);
    if (plan != null) {
      // Bound with no reading error: every structural check passed (see CheckedPlans).
      CheckedPlans.add(plan);
    }
    return new Outcome(plan, findings.complete(), index);
  }

  private static void index(Node node, JsonPointer path, Map<JsonPointer, TextLocation> index) {
    index.put(path, node.location());
    if (node instanceof ObjectNode o) {
      for (Member m : o.members().values()) {
        index(m.value(), path.append(m.name()), index);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.elements().size(); i++) {
        index(a.elements().get(i), path.append(i), index);
      }
    }
  }
}
