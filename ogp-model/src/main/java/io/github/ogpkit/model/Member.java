package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.constraints.CountryCode;
import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An OGP member, national or local, and its standing in OGP over time (MONITORING.md,
 * {@code member}): when it joined, each change of status the Steering Committee decided, the
 * decisions that kept a status, and its action plans.
 *
 * <pre>{@code
 * Member azerbaijan = Member.builder()
 *     .id("azerbaijan")
 *     .name("en", "Azerbaijan")
 *     .memberType(MemberType.NATIONAL)
 *     .country("AZ")
 *     .joined("2011")
 *     .statusChange(StatusChange.of(MemberStatus.ACTIVE, "2011"))
 *     .statusChange(StatusChange.of(MemberStatus.INACTIVE, "2016-05-04"))
 *     .actionPlan(PlanRef.of("az-2016-2018", "2016/2018"))
 *     .build();
 * }</pre>
 *
 * <p>The constructor checks only that nothing is null; validity (a non-empty history in time
 * order, a jurisdiction for a local member) is validation's job.
 *
 * @param id the member's identifier, such as {@code azerbaijan} or {@code nairobi-city-county}, not
 *     null
 * @param name the member's name, not null
 * @param memberType whether it is national or local, not null
 * @param country the ISO 3166-1 alpha-2 code of its country, upper case, not null
 * @param jurisdiction the local government a local member is ("Nairobi City County"), not null,
 *     empty if none
 * @param joined when it joined OGP, as precisely as known, not null
 * @param links links to documents about the member, not null, immutable, empty if none
 * @param statusHistory its changes of status, oldest first, not null, immutable
 * @param decisions decisions that confirmed a status, oldest first, not null, immutable, empty if
 *     none
 * @param actionPlans its action plans, oldest first, not null, immutable, empty if none
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Member(@Identifier String id, LocalizedText name, MemberType memberType,
    @CountryCode String country, Optional<LocalizedText> jurisdiction, PartialDate joined,
    List<@Valid Link> links, @NotEmpty List<@Valid StatusChange> statusHistory,
    List<@Valid Decision> decisions, List<@Valid PlanRef> actionPlans,
    JsonObject extensions) implements Document {

  /**
   * Creates a member, copying the lists.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param memberType the member type, not null
   * @param country the country, not null
   * @param jurisdiction the jurisdiction, not null
   * @param joined when it joined, not null
   * @param links the links, not null
   * @param statusHistory the status history, not null
   * @param decisions the decisions, not null
   * @param actionPlans the action plans, not null
   * @param extensions the extensions, not null
   */
  public Member {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(memberType, "memberType");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(joined, "joined");
    links = Builders.copyOf(links, "links");
    statusHistory = Builders.copyOf(statusHistory, "statusHistory");
    decisions = Builders.copyOf(decisions, "decisions");
    actionPlans = Builders.copyOf(actionPlans, "actionPlans");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Returns {@link DocumentType#MEMBER}.
   *
   * @return the type, not null
   */
  @Override
  public DocumentType documentType() {
    return DocumentType.MEMBER;
  }

  /**
   * Starts building a member.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this member's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).name(name).memberType(memberType).country(country)
        .joined(joined).links(links).statusHistory(statusHistory).decisions(decisions)
        .actionPlans(actionPlans).extensions(extensions);
    b.jurisdiction = jurisdiction.orElse(null);
    return b;
  }

  /** Builds a {@link Member}. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable LocalizedText name;
    private @Nullable MemberType memberType;
    private @Nullable String country;
    private @Nullable LocalizedText jurisdiction;
    private @Nullable PartialDate joined;
    private final List<Link> links = new ArrayList<>();
    private final List<StatusChange> statusHistory = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<PlanRef> actionPlans = new ArrayList<>();
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
     * @param name the text, not blank
     * @return this builder
     */
    public Builder name(String language, String name) {
      return name(LocalizedText.of(language, name));
    }

    /**
     * Sets the member type.
     *
     * @param memberType the member type, not null
     * @return this builder
     */
    public Builder memberType(MemberType memberType) {
      this.memberType = Objects.requireNonNull(memberType, "memberType");
      return this;
    }

    /**
     * Sets the country.
     *
     * @param country the country, not null
     * @return this builder
     */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country");
      return this;
    }

    /**
     * Sets the jurisdiction, or removes it.
     *
     * @param jurisdiction the jurisdiction, or null for none
     * @return this builder
     */
    public Builder jurisdiction(@Nullable LocalizedText jurisdiction) {
      this.jurisdiction = jurisdiction;
      return this;
    }

    /**
     * Sets the jurisdiction in one language.
     *
     * @param language the language tag, not null
     * @param jurisdiction the text, not blank
     * @return this builder
     */
    public Builder jurisdiction(String language, String jurisdiction) {
      return jurisdiction(LocalizedText.of(language, jurisdiction));
    }

    /**
     * Sets when it joined.
     *
     * @param joined when it joined, not null
     * @return this builder
     */
    public Builder joined(PartialDate joined) {
      this.joined = Objects.requireNonNull(joined, "joined");
      return this;
    }

    /**
     * Sets when it joined from its text.
     *
     * @param joined when it joined, such as {@code 2011}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a partial date
     */
    public Builder joined(String joined) {
      return joined(PartialDate.parse(joined));
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
     * Adds a change of status, after those added before.
     *
     * @param statusChange a change of status, after those added before, not null
     * @return this builder
     */
    public Builder statusChange(StatusChange statusChange) {
      this.statusHistory.add(Objects.requireNonNull(statusChange, "statusChange"));
      return this;
    }

    /**
     * Replaces the status history.
     *
     * @param statusHistory the status history, not null, without null elements
     * @return this builder
     */
    public Builder statusHistory(List<StatusChange> statusHistory) {
      Builders.replace(this.statusHistory, statusHistory, "statusHistory");
      return this;
    }

    /**
     * Adds a decision, after those added before.
     *
     * @param decision a decision, after those added before, not null
     * @return this builder
     */
    public Builder decision(Decision decision) {
      this.decisions.add(Objects.requireNonNull(decision, "decision"));
      return this;
    }

    /**
     * Replaces the decisions.
     *
     * @param decisions the decisions, not null, without null elements
     * @return this builder
     */
    public Builder decisions(List<Decision> decisions) {
      Builders.replace(this.decisions, decisions, "decisions");
      return this;
    }

    /**
     * Adds an action plan, after those added before.
     *
     * @param actionPlan an action plan, after those added before, not null
     * @return this builder
     */
    public Builder actionPlan(PlanRef actionPlan) {
      this.actionPlans.add(Objects.requireNonNull(actionPlan, "actionPlan"));
      return this;
    }

    /**
     * Replaces the action plans.
     *
     * @param actionPlans the action plans, not null, without null elements
     * @return this builder
     */
    public Builder actionPlans(List<PlanRef> actionPlans) {
      Builders.replace(this.actionPlans, actionPlans, "actionPlans");
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
     * Builds the member.
     *
     * @return the member, not null
     * @throws IllegalStateException if id, name, memberType, country or joined was not set
     */
    public Member build() {
      Builders.requireSet("Member", "id", id, "name", name, "memberType", memberType,
          "country", country, "joined", joined);
      return new Member(id, name, memberType, country, Optional.ofNullable(jurisdiction), joined,
          links, statusHistory, decisions, actionPlans, extensions);
    }
  }
}
