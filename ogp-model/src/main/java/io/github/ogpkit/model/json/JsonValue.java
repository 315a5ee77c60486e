package io.github.ogpkit.model.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * An immutable JSON value, as carried in a plan's {@code extensions}: the content is kept exactly,
 * numbers with their exact decimal value and scale ({@code 1.0} stays {@code 1.0}, a 30-digit
 * integer stays exact), strings exactly as given, and objects with their keys (key order is not
 * significant; keys are kept in ascending order of UTF-16 code units, the canonical order).
 *
 * <pre>{@code
 * JsonObject ext = JsonObject.builder()
 *     .put("ogpCommitmentId", "AZ0038")
 *     .put("score", new BigDecimal("1.0"))
 *     .build();
 * ext.get("ogpCommitmentId"); // Optional[JsonString["AZ0038"]]
 * }</pre>
 *
 * <p>{@code toString()} returns compact JSON text. These types are a value model for carrying
 * data, not a JSON parser: ogp-io reads and writes them.
 *
 * <p>Values nest at most {@link #MAX_DEPTH} levels. {@code toJson()}, {@code equals} and
 * {@code hashCode} of a value nested that deep need no more thread stack than those of a flat one.
 */
@API(status = STABLE, since = "0.1")
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber,
    JsonBoolean, JsonNull {

  /**
   * How many levels JSON values nest at most. A string, number, boolean or null nests 0 levels;
   * an object or array nests 1 level more than its deepest member or element: {@code {}},
   * {@code []} and {@code {"a": 1}} nest 1 level, {@code {"a": [1]}} 2. {@link JsonObject} and
   * {@link JsonArray} refuse to nest deeper. ogp-io's reader counts nesting the same way from the
   * plan's own object, so that a value it reads into {@code extensions} always fits.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  int MAX_DEPTH = 500;

  /**
   * Returns compact JSON text for this value: no insignificant white space, keys in ascending
   * order, strings escaped as the canonical writer escapes them.
   *
   * @return the JSON text, not null
   */
  String toJson();
}
