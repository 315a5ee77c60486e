package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.json.JsonObject;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Who wrote a {@link ProgressReport}: what kind of reporter and its name.
 *
 * <pre>{@code
 * Reporter government = Reporter.of(ReporterKind.GOVERNMENT, "en", "Ministry of Justice");
 * }</pre>
 *
 * @param kind what kind of reporter it is, not null
 * @param name its name, not null
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Reporter(ReporterKind kind, LocalizedText name,
    JsonObject extensions) {

  /**
   * Creates a reporter.
   *
   * @param kind the kind, not null
   * @param name the name, not null
   * @param extensions the extensions, not null
   */
  public Reporter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Obtains a reporter without extensions.
   *
   * @param kind the kind, not null
   * @param name the name, not null
   * @return the reporter, not null
   */
  public static Reporter of(ReporterKind kind, LocalizedText name) {
    return new Reporter(kind, name, JsonObject.EMPTY);
  }

  /**
   * Obtains a reporter without extensions, named in one language.
   *
   * @param kind the kind, not null
   * @param language the language tag, not null
   * @param name the name, not blank
   * @return the reporter, not null
   */
  public static Reporter of(ReporterKind kind, String language, String name) {
    return of(kind, LocalizedText.of(language, name));
  }

  /**
   * Returns a copy of this reporter with other extensions. This instance is immutable and
   * unaffected.
   *
   * @param extensions the extensions, not null
   * @return the reporter, not null
   */
  public Reporter withExtensions(JsonObject extensions) {
    return new Reporter(kind, name, extensions);
  }
}
