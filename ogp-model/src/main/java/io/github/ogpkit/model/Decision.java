package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A decision on a {@link Member}'s participation that confirmed or kept a status rather than
 * changing it, such as the Steering Committee extending Azerbaijan's inactive status on 28 June
 * 2017.
 *
 * <pre>{@code
 * Decision extended = Decision.builder()
 *     .date("2017-06-28")
 *     .status(MemberStatus.INACTIVE)
 *     .summary("en", "Inactive status extended for one year.")
 *     .build();
 * }</pre>
 *
 * @param date when it was decided, as precisely as known, not null
 * @param status the status it confirmed, not null
 * @param decidedBy who decided it, not null, empty if not stated
 * @param summary what was decided, not null, empty if none
 * @param links links to documents about the decision, not null, immutable, empty if none
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Decision(PartialDate date, MemberStatus status, Optional<LocalizedText> decidedBy,
    Optional<LocalizedText> summary, List<@Valid Link> links,
    JsonObject extensions) {

  /**
   * Creates a decision, copying the lists.
   *
   * @param date the date, not null
   * @param status the status, not null
   * @param decidedBy who decided it, not null
   * @param summary the summary, not null
   * @param links the links, not null
   * @param extensions the extensions, not null
   */
  public Decision {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(summary, "summary");
    links = Builders.copyOf(links, "links");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Starts building a decision.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this decision's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().date(date).status(status).links(links).extensions(extensions);
    b.decidedBy = decidedBy.orElse(null);
    b.summary = summary.orElse(null);
    return b;
  }

  /** Builds a {@link Decision}. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable PartialDate date;
    private @Nullable MemberStatus status;
    private @Nullable LocalizedText decidedBy;
    private @Nullable LocalizedText summary;
    private final List<Link> links = new ArrayList<>();
    private JsonObject extensions = JsonObject.EMPTY;

    private Builder() {}

    /**
     * Sets the date.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder date(PartialDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets the date from its text.
     *
     * @param date the date, such as {@code 2017-06-28}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a partial date
     */
    public Builder date(String date) {
      return date(PartialDate.parse(date));
    }

    /**
     * Sets the status.
     *
     * @param status the status, not null
     * @return this builder
     */
    public Builder status(MemberStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets who decided it, or removes it.
     *
     * @param decidedBy who decided it, or null for none
     * @return this builder
     */
    public Builder decidedBy(@Nullable LocalizedText decidedBy) {
      this.decidedBy = decidedBy;
      return this;
    }

    /**
     * Sets who decided it in one language.
     *
     * @param language the language tag, not null
     * @param decidedBy the text, not blank
     * @return this builder
     */
    public Builder decidedBy(String language, String decidedBy) {
      return decidedBy(LocalizedText.of(language, decidedBy));
    }

    /**
     * Sets the summary, or removes it.
     *
     * @param summary the summary, or null for none
     * @return this builder
     */
    public Builder summary(@Nullable LocalizedText summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets the summary in one language.
     *
     * @param language the language tag, not null
     * @param summary the text, not blank
     * @return this builder
     */
    public Builder summary(String language, String summary) {
      return summary(LocalizedText.of(language, summary));
    }

    /**
     * Adds a link.
     *
     * @param link a link, not null
     * @return this builder
     */
    public Builder link(Link link) {
      this.links.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Replaces the links.
     *
     * @param links the links, not null, without null elements
     * @return this builder
     */
    public Builder links(List<Link> links) {
      Builders.replace(this.links, links, "links");
      return this;
    }

    /**
     * Sets the extensions.
     *
     * @param extensions the extensions, not null
     * @return this builder
     */
    public Builder extensions(JsonObject extensions) {
      this.extensions = Objects.requireNonNull(extensions, "extensions");
      return this;
    }

    /**
     * Builds the decision.
     *
     * @return the decision, not null
     * @throws IllegalStateException if date or status was not set
     */
    public Decision build() {
      Builders.requireSet("Decision", "date", date, "status", status);
      return new Decision(date, status, Optional.ofNullable(decidedBy),
          Optional.ofNullable(summary), links, extensions);
    }
  }
}
