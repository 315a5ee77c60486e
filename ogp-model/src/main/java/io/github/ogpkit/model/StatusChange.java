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
 * A change of a {@link Member}'s status: from when it holds, who decided it and why. A decision
 * that keeps a status is not a change: it is a {@link Decision}.
 *
 * <pre>{@code
 * StatusChange inactive = StatusChange.builder()
 *     .status(MemberStatus.INACTIVE)
 *     .from("2016-05-04")
 *     .decidedBy("en", "OGP Steering Committee")
 *     .build();
 * }</pre>
 *
 * @param status the status from then on, not null
 * @param from when it took effect, as precisely as known, not null
 * @param decidedBy who decided it, such as the OGP Steering Committee, not null, empty if not
 *     stated
 * @param reason why, not null, empty if not stated
 * @param links links to documents about the change, not null, immutable, empty if none
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StatusChange(MemberStatus status, PartialDate from, Optional<LocalizedText> decidedBy,
    Optional<LocalizedText> reason, List<@Valid Link> links,
    JsonObject extensions) {

  /**
   * Creates a status change, copying the lists.
   *
   * @param status the status, not null
   * @param from when it took effect, not null
   * @param decidedBy who decided it, not null
   * @param reason the reason, not null
   * @param links the links, not null
   * @param extensions the extensions, not null
   */
  public StatusChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(reason, "reason");
    links = Builders.copyOf(links, "links");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Obtains a change of status with nothing but the status and its start.
   *
   * @param status the status, not null
   * @param from when it took effect, such as {@code 2016-05}, not null
   * @return the change, not null
   * @throws ValueParseException if {@code from} is not a partial date
   */
  public static StatusChange of(MemberStatus status, String from) {
    return builder().status(status).from(from).build();
  }

  /**
   * Starts building a status change.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this status change's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().status(status).from(from).links(links).extensions(extensions);
    b.decidedBy = decidedBy.orElse(null);
    b.reason = reason.orElse(null);
    return b;
  }

  /** Builds a {@link StatusChange}. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable MemberStatus status;
    private @Nullable PartialDate from;
    private @Nullable LocalizedText decidedBy;
    private @Nullable LocalizedText reason;
    private final List<Link> links = new ArrayList<>();
    private JsonObject extensions = JsonObject.EMPTY;

    private Builder() {}

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
     * Sets when it took effect.
     *
     * @param from when it took effect, not null
     * @return this builder
     */
    public Builder from(PartialDate from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    /**
     * Sets when it took effect from its text.
     *
     * @param from when it took effect, such as {@code 2016-05-04}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a partial date
     */
    public Builder from(String from) {
      return from(PartialDate.parse(from));
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
     * Sets the reason, or removes it.
     *
     * @param reason the reason, or null for none
     * @return this builder
     */
    public Builder reason(@Nullable LocalizedText reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets the reason in one language.
     *
     * @param language the language tag, not null
     * @param reason the text, not blank
     * @return this builder
     */
    public Builder reason(String language, String reason) {
      return reason(LocalizedText.of(language, reason));
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
     * Builds the status change.
     *
     * @return the status change, not null
     * @throws IllegalStateException if status or from was not set
     */
    public StatusChange build() {
      Builders.requireSet("StatusChange", "status", status, "from", from);
      return new StatusChange(status, from, Optional.ofNullable(decidedBy),
          Optional.ofNullable(reason), links, extensions);
    }
  }
}
