package org.claimtrack.ingest.feed;

import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Article;

/**
 * One feed item (RSS) or entry (Atom) read as an article.
 *
 * @param article the article: its text is the entry's text, all of it body
 * @param authors the entry's authors as the feed names them (may be empty)
 * @param source whether the text is the full content or only a description
 */
public record FeedEntry(Article article, List<String> authors, TextSource source) {

  public FeedEntry {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
    authors = List.copyOf(authors);
    for (String a : authors) {
      if (a.isBlank()) throw new IllegalArgumentException("an author name is blank");
    }
  }
}
