package org.claimtrack.ingest.feed;

/** Where a feed entry's article text came from. */
public enum TextSource {
  /** The entry's full content: RSS {@code content:encoded}, Atom {@code content}. */
  CONTENT,
  /**
   * Only the entry's description (RSS) or summary (Atom): often a teaser of a sentence or two, not
   * the whole article.
   */
  DESCRIPTION
}
