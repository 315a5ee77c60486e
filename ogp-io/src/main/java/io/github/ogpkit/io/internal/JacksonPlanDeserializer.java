package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.io.InvalidPlanException;
import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonParserBase;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads a plan from the mapper's token stream with the same checks as the plan reader, throwing
 * {@link InvalidPlanException} with every finding. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class JacksonPlanDeserializer extends ValueDeserializer<Plan> {

  // The mapper's own constraints bound the text; these bound the copy and the report. The
  // nesting is Jackson's limit for the copy; the application's parser applies its own first.
  private static final ReadLimits LIMITS = ReadLimits.defaults()
      .withMaxDocumentBytes(ReadLimits.LARGEST_DOCUMENT_BYTES)
      .withMaxNestingDepth(ReadLimits.DEEPEST_NESTING)
      .withMaxStringLength(Integer.MAX_VALUE)
      .withMaxNumberLength(Integer.MAX_VALUE)
      .withMaxPropertyNameLength(Integer.MAX_VALUE);
  private static final long MAX_VALUES = LIMITS.maxValues();
  private static final ReadEngine ENGINE = new ReadEngine(LIMITS);

  // Every leniency Jackson offers: the format allows none of them.
  private static final List<JsonReadFeature> LENIENT = Arrays.stream(JsonReadFeature.values())
      .filter(f -> f.name().startsWith("ALLOW_")).toList();

  @Override
  public Plan deserialize(JsonParser p, DeserializationContext ctxt) {
    TokenStreamLocation start = p.currentTokenLocation();
    refuseLenientParser(p, start);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new InvalidPlanException(p, start, List.of(Findings.error(Findings.WRONG_TYPE,
          JsonPointer.root(), Locator.raw().at(start),
          "a plan must be a JSON object, found " + Cursor.describe(p, ""))));
    }
    DocumentCopy copy;
    try {
      copy = DocumentCopy.of(p, MAX_VALUES);
    } catch (JacksonException e) {
      FindingList findings = new FindingList(1);
      ReadEngine.syntax(findings, e, p, Locator.raw(), null, 0, "");
      throw new InvalidPlanException(p, start, findings.complete(t -> java.util.Map.of()));
    }
    if (copy == null) {
      throw new InvalidPlanException(p, start, List.of(Findings.error(Findings.JSON_SYNTAX,
          JsonPointer.root(), Locator.raw().at(p.currentTokenLocation()),
          String.format(Locale.ROOT, "more values than the limit of %,d (maxValues); objects, "
              + "arrays, strings, numbers, booleans and nulls each count one", MAX_VALUES))));
    }
    ReadEngine.Outcome outcome = ENGINE.read(copy.bytes(), copy.length(), copy.locator(), false, false);
    if (outcome.plan() == null) {
      throw new InvalidPlanException(p, start,
          ValidationReport.of(outcome.findings()).atLeast(Severity.ERROR).findings());
    }
    refuseTrailingContent(p, ctxt);
    return outcome.plan().plan();
  }

  /**
   * A JSON parser that accepts comments, single quotes, trailing commas and the like would let
   * through documents that {@code PlanReader} refuses, and nothing in its tokens shows that it
   * did. Such a parser is refused before reading, naming what it allows.
   */
  private static void refuseLenientParser(JsonParser p, TokenStreamLocation start) {
    if (p instanceof JsonParserBase json) {
      List<String> allowed = LENIENT.stream().filter(json::isEnabled)
          .map(f -> "JsonReadFeature." + f.name()).toList();
      if (!allowed.isEmpty()) {
        throw new InvalidPlanException(p, start, List.of(Findings.error(Findings.JSON_SYNTAX,
            JsonPointer.root(), Locator.raw().at(start), "the mapper's JSON parser allows what "
                + "the plan format does not (" + String.join(", ", allowed) + "); read plans with "
                + "a mapper that leaves these off, as Jackson does by default, or with "
                + "PlanReader")));
      }
    }
  }

  /**
   * A plan read as the whole document may have nothing after it. The mapper checks this itself
   * (FAIL_ON_TRAILING_TOKENS) after the plan is returned, with its own exception; the check is
   * made here first, so that the finding is in the plan's report like every other. Reading
   * several root values with {@code readValues} needs that feature off on the reader.
   */
  private static void refuseTrailingContent(JsonParser p, DeserializationContext ctxt) {
    if (!p.streamReadContext().inRoot()
        || !ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
      return;
    }
    TokenStreamLocation end = p.currentLocation();
    try {
      if (p.nextToken() == null) {
        return;
      }
    } catch (JacksonException e) {
      FindingList findings = new FindingList(1);
      ReadEngine.syntax(findings, e, p, Locator.raw(), null, 0, "content after the root object: ");
      throw new InvalidPlanException(p, end, findings.complete(t -> java.util.Map.of()));
    }
    throw new InvalidPlanException(p, end, List.of(Findings.error(Findings.JSON_SYNTAX,
        JsonPointer.root(), Locator.raw().at(p.currentTokenLocation()),
        "content after the root object: " + Cursor.describe(p, ""))));
  }

  /** Default typing must not make a plan polymorphic: type ids are neither expected nor read. */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  @Override
  public Class<?> handledType() {
    return Plan.class;
  }
}
