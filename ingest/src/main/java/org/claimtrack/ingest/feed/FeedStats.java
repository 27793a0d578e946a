package org.claimtrack.ingest.feed;

import java.util.Objects;

/**
 * What reading one feed did.
 *
 * @param input the feed as given
 * @param feedType the feed's type as Rome names it ("rss_2.0", "atom_1.0"...), or null when the
 *     input was not a feed
 * @param title the feed's title, or null
 * @param entries items or entries found
 * @param articles entries that became articles
 * @param problems problems reported: entries without text, or the one problem of an input that is
 *     not a feed
 */
public record FeedStats(String input, String feedType, String title, int entries, int articles, int problems) {

  public FeedStats {
    Objects.requireNonNull(input, "input");
    if (entries < 0 || articles < 0 || problems < 0 || articles > entries) {
      throw new IllegalArgumentException("bad counts: " + entries + " entries, " + articles + " articles, "
          + problems + " problems");
    }
  }

  /** One line for a person: "world.xml: rss_2.0, 20 entries, 19 articles, 1 problem". */
  public String line() {
    return input + ": " + (feedType == null ? "not a feed" : feedType) + ", " + entries
        + (entries == 1 ? " entry, " : " entries, ") + articles + (articles == 1 ? " article, " : " articles, ")
        + problems + (problems == 1 ? " problem" : " problems");
  }
}
