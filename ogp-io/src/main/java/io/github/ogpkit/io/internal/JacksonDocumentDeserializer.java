package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.io.InvalidPlanException;
import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.model.Document;
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
 * Reads a document from the mapper's token stream with the same checks as the readers, throwing
 * {@link InvalidPlanException} with every finding: a plan as {@code PlanReader} reads it, a
 * document of another type (or of any type, for {@code Document}) as {@code DocumentReader}
 * does. A document of another type than the one asked for is {@code invalid-value} at
 * {@code /type}. Internal.
 *
 * @param <T> the document class
 */
@API(status = INTERNAL, since = "0.1")
public final class JacksonDocumentDeserializer<T extends Document> extends ValueDeserializer<T> {

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

  private final Class<T> type;
  private final String noun;

  /**
   * Creates the deserializer of one document class.
   *
   * @param type the class: {@code Plan}, {@code ProgressReport}, {@code IrmAssessment},
   *     {@code Member}, or {@code Document} for all
   * @param noun names a document in messages, with its article: {@code a plan},
   *     {@code an IRM assessment}...
   */
  public JacksonDocumentDeserializer(Class<T> type, String noun) {
    this.type = type;
    this.noun = noun;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    TokenStreamLocation start = p.currentTokenLocation();
    refuseLenientParser(p, start);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new InvalidPlanException(p, start, List.of(Findings.error(Findings.WRONG_TYPE,
          JsonPointer.root(), Locator.raw().at(start),
          noun + " must be a JSON object, found " + Cursor.describe(p, ""))));
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
    boolean plansOnly = type == Plan.class;
    ReadEngine.Outcome outcome = ENGINE.read(copy.bytes(), copy.length(), copy.locator(), false,
        !plansOnly);
    if (outcome.document() == null) {
      throw new InvalidPlanException(p, start,
          ValidationReport.of(outcome.type(), outcome.findings()).atLeast(Severity.ERROR)
              .findings());
    }
    if (!type.isInstance(outcome.document())) {
      throw new InvalidPlanException(p, start, List.of(Findings.error(Findings.INVALID_VALUE,
          JsonPointer.root().append("type"), Locator.raw().at(start), "the document is of type "
              + outcome.document().documentType().jsonName() + ", not " + noun)));
    }
    refuseTrailingContent(p, ctxt);
    return type.cast(outcome.document());
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

  /** Default typing must not make a document polymorphic: type ids are neither expected nor read. */
  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  @Override
  public Class<?> handledType() {
    return type;
  }
}
