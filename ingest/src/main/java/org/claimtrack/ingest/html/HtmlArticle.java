package org.claimtrack.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article read from a saved web page: the metadata the page states and the article text with
 * the page furniture (navigation, ads, related links, share bars, comments...) left out.
 *
 * @param url the article's address: the page's canonical URL when it states one, else the URL
 *     the page was read from, or null when neither is known
 * @param title the headline; empty (never null) when the page states none
 * @param published the publication date as the page states it (the date part, in the page's own
 *     time zone), or null
 * @param authors the authors' names in page order, without "By"; empty when none is stated
 * @param publisher the publisher or site name ("The New York Times"), or null
 * @param language the page language as stated by {@code <html lang>} or {@code og:locale}
 *     ("en", "pt-BR"), or null
 * @param body the article text: paragraphs separated by one blank line, headings on a paragraph
 *     of their own, lines within a paragraph (from {@code <br>}) separated by one newline; never
 *     blank
 * @param dateSource which signal gave {@code published}: "json-ld", "opengraph", "meta", "time",
 *     "byline" or "url"; null exactly when {@code published} is null
 */
public record HtmlArticle(
    String url,
    String title,
    LocalDate published,
    List<String> authors,
    String publisher,
    String language,
    String body,
    String dateSource) {

  /** The values {@link #dateSource()} takes, from most to least trusted. */
  public static final List<String> DATE_SOURCES = List.of("json-ld", "opengraph", "meta", "time", "byline", "url");

  private static final Set<String> DATE_SOURCE_SET = Set.copyOf(DATE_SOURCES);

  public HtmlArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    if (body.isBlank()) {
      throw new IllegalArgumentException("body must not be blank");
    }
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    for (String a : authors) {
      if (a.isBlank()) throw new IllegalArgumentException("an author name must not be blank");
    }
    if ((published == null) != (dateSource == null)) {
      throw new IllegalArgumentException("dateSource must be given exactly when published is: "
          + published + " / " + dateSource);
    }
    if (dateSource != null && !DATE_SOURCE_SET.contains(dateSource)) {
      throw new IllegalArgumentException("unknown dateSource '" + dateSource + "': expected one of " + DATE_SOURCES);
    }
    if (url != null && url.isBlank()) url = null;
    if (publisher != null && publisher.isBlank()) publisher = null;
    if (language != null && language.isBlank()) language = null;
  }

  /** The paragraphs of {@link #body()}, in order. */
  public List<String> paragraphs() {
    return List.of(body.split("\n\n"));
  }
}
