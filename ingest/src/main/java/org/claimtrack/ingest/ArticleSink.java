package org.claimtrack.ingest;

import org.claimtrack.domain.Problem;

/**
 * Receives what an {@link ArticleReader} finds, in input order, on the reading thread: articles,
 * articles or records left out on purpose (skips: not failures), and problems (failures).
 */
public interface ArticleSink {
  /** An article to process. */
  void article(ReadArticle article);

  /**
   * An article left out on purpose, named one by one: another language, a copy of an earlier
   * article, a page or feed entry without article text.
   *
   * @param input what was skipped ("crawl.warc.gz@1234", "feed.xml#3", "page.html")
   * @param reason one line: "language de", "near duplicate of https://... (similarity 0.83)"
   */
  void skipped(String input, String reason);

  /** An input, record or line that could not be read; the rest goes on. */
  void problem(Problem problem);

  /** Something a person should know that is neither a skip nor a failure ("only the first 16 MB read"). */
  default void note(String input, String message) {}
}
