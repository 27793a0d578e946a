package org.claimtrack.ingest;

import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Article;

/**
 * An article as a reader found it, with what the reader knows beyond the {@link Article} record.
 *
 * @param article the article; for web pages, feeds and archives its text is the extracted body
 * @param input what messages about it name: the file, {@code "file@offset"} for an archive record,
 *     {@code "file#n"} for a feed entry, {@code "file#id"} for a line of JSON Lines
 * @param format the format it was read in (never AUTO)
 * @param authors the authors as the page or feed names them; empty when none are stated
 * @param language the ISO 639-1 code of the body's language as detected, else as the page
 *     declares it, or null when unknown
 */
public record ReadArticle(Article article, String input, InputFormat format, List<String> authors, String language) {

  public ReadArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    if (format == InputFormat.AUTO) throw new IllegalArgumentException("format is the one read in, never AUTO");
    authors = List.copyOf(authors);
  }

  /** True when the article's text is not the file as given but was extracted (pages, feeds, archives). */
  public boolean extracted() {
    return format == InputFormat.HTML || format == InputFormat.WARC || format == InputFormat.FEED;
  }

  public ReadArticle withLanguage(String lang) {
    return new ReadArticle(article, input, format, authors, lang);
  }
}
