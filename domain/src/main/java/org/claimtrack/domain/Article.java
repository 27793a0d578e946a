package org.claimtrack.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read.
 *
 * @param id the article's id: the JSON Lines "id", or the file name for plain text
 * @param file the input's file name as given, without folders
 * @param text the whole text as read; every span points into it
 * @param body the part of {@code text} that is the article body (no title, dateline or furniture)
 * @param title the title, or null
 * @param publisher the publisher ("CNN"), or null
 * @param published the publication date, or null
 * @param url the article's address, or null
 * @param hash content hash of the normalized text (hex SHA-256), the article's identity
 */
public record Article(
    String id,
    String file,
    String text,
    Span body,
    String title,
    String publisher,
    LocalDate published,
    String url,
    String hash) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(hash, "hash");
    if (!body.fits(text.length())) {
      throw new IllegalArgumentException("body " + body + " exceeds text of length " + text.length());
    }
  }

  public String bodyText() {
    return body.of(text);
  }
}
