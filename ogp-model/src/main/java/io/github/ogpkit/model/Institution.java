package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.json.JsonObject;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A body, or a class of bodies, that a plan names: a ministry, the parliament, "municipalities".
 * Each plan has one registry of institutions; measures refer to them by {@link #id()}.
 *
 * <pre>{@code
 * Institution moj = Institution.builder()
 *     .id("ministry-of-justice")
 *     .name(LocalizedText.of("az", "Ədliyyə Nazirliyi", "en", "Ministry of Justice"))
 *     .kind(InstitutionKind.MINISTRY)
 *     .build();
 * }</pre>
 *
 * @param id the identifier, unique in the plan, not null
 * @param name the name as printed, not null
 * @param kind the kind, not null
 * @param collective true for a class of bodies ("municipalities") rather than one body
 * @param parent the id of the institution this one sits under, not null, empty if none
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = STABLE, since = "0.1")
public record Institution(@Identifier String id, LocalizedText name, InstitutionKind kind,
    boolean collective, Optional<@Identifier String> parent, JsonObject extensions) {

  /**
   * Creates an institution.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param kind the kind, not null
   * @param collective whether a class of bodies
   * @param parent the parent's id, not null
   * @param extensions the extensions, not null
   */
  public Institution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Starts building an institution.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this institution's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    return new Builder().id(id).name(name).kind(kind).collective(collective)
        .parent(parent.orElse(null)).extensions(extensions);
  }

  /** Builds an {@link Institution}. Not thread-safe. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable LocalizedText name;
    private @Nullable InstitutionKind kind;
    private boolean collective;
    private @Nullable String parent;
    private JsonObject extensions = JsonObject.EMPTY;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id, not null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the name, not null
     * @return this builder
     */
    public Builder name(LocalizedText name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the name in one language.
     *
     * @param language the language tag, not null
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String language, String name) {
      return name(LocalizedText.of(language, name));
    }

    /**
     * Sets the kind.
     *
     * @param kind the kind, not null
     * @return this builder
     */
    public Builder kind(InstitutionKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets whether this is a class of bodies; false unless set.
     *
     * @param collective true for a class of bodies
     * @return this builder
     */
    public Builder collective(boolean collective) {
      this.collective = collective;
      return this;
    }

    /**
     * Sets the parent's id, or removes it.
     *
     * @param parent the parent's id, or null for none
     * @return this builder
     */
    public Builder parent(@Nullable String parent) {
      this.parent = parent;
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
     * Builds the institution.
     *
     * @return the institution, not null
     * @throws IllegalStateException if id, name or kind was not set
     */
    public Institution build() {
      Builders.requireSet("Institution", "id", id, "name", name, "kind", kind);
      return new Institution(id, name, kind, collective, Optional.ofNullable(parent), extensions);
    }
  }
}
