package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A link from a plan, section or measure to a document on the web: where the data was taken from
 * ({@link LinkRel#SOURCE}), OGP's page, an IRM report, a tracker, evidence.
 *
 * <pre>{@code
 * Link source = Link.of(LinkRel.SOURCE, "https://www.opengovpartnership.org/documents/kenya-action-plan-2023-2027/");
 * Link page = Link.of(LinkRel.OGP_PAGE, URI.create("https://www.opengovpartnership.org/members/kenya/commitments/KE0036/"))
 *     .withTitle(LocalizedText.of("en", "Beneficial ownership transparency"));
 * }</pre>
 *
 * <p>Unlike most parts of a plan, a link checks its address when made: it must be an absolute
 * {@code http} or {@code https} URI (RFC 3986), because a link that cannot be followed is of no
 * use to anyone holding it. Immutable.
 *
 * @param rel what the link points at, not null
 * @param href the address, an absolute {@code http} or {@code https} URI, not null
 * @param title the linked document's title, not null, empty if none
 */
@API(status = STABLE, since = "0.2")
public record Link(LinkRel rel, URI href, Optional<LocalizedText> title) {

  /**
   * Creates a link.
   *
   * @param rel what the link points at, not null
   * @param href the address, not null
   * @param title the title, not null
   * @throws IllegalArgumentException if the address is not an absolute http or https URI
   */
  public Link {
    Objects.requireNonNull(rel, "rel");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(title, "title");
    String problem = problem(href);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Obtains a link without a title.
   *
   * @param rel what the link points at, not null
   * @param href the address, not null
   * @return the link, not null
   * @throws IllegalArgumentException if the address is not an absolute http or https URI
   */
  public static Link of(LinkRel rel, URI href) {
    return new Link(rel, href, Optional.empty());
  }

  /**
   * Obtains a link without a title from the text of its address.
   *
   * @param rel what the link points at, not null
   * @param href the address, such as {@code https://www.opengovpartnership.org/}, not null
   * @return the link, not null
   * @throws ValueParseException if the text is not an absolute http or https URI, naming it
   */
  public static Link of(LinkRel rel, String href) {
    Objects.requireNonNull(rel, "rel");
    return of(rel, parseHref(href));
  }

  /**
   * Returns a copy of this link with a title. This instance is immutable and unaffected.
   *
   * @param title the title, not null
   * @return the link, not null
   */
  public Link withTitle(LocalizedText title) {
    Objects.requireNonNull(title, "title");
    return new Link(rel, href, Optional.of(title));
  }

  /**
   * Reads the address of a link: an absolute {@code http} or {@code https} URI (RFC 3986).
   *
   * @param href the text, not null
   * @return the URI, not null
   * @throws ValueParseException if the text is not such a URI, saying why
   */
  public static URI parseHref(CharSequence href) {
    Objects.requireNonNull(href, "href");
    String text = href.toString();
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new ValueParseException("link " + ValueParseException.quote(text)
          + " is not a URI (RFC 3986): " + e.getReason() + " at index " + e.getIndex(), text,
          Math.max(e.getIndex(), 0));
    }
    String problem = problem(uri);
    if (problem != null) {
      throw new ValueParseException(problem, text, 0);
    }
    return uri;
  }

  private static @Nullable String problem(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return "link " + ValueParseException.quote(uri.toString())
          + " is not absolute; write the whole address, starting with https:// or http://";
    }
    String s = scheme.toLowerCase(Locale.ROOT);
    if (!s.equals("http") && !s.equals("https")) {
      return "link " + ValueParseException.quote(uri.toString()) + " has the scheme " + scheme
          + "; links are http or https addresses";
    }
    if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
      return "link " + ValueParseException.quote(uri.toString()) + " names no host";
    }
    return null;
  }
}
