package org.claimtrack.ingest.warc;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What reading one archive file did, so far or in the end.
 *
 * @param input the file as given
 * @param records records read (each record counts once: an article, a skip, a page problem or an
 *     error)
 * @param articles records that became an article
 * @param pageProblems HTML pages the page function could not turn into an article
 * @param errors records that could not be read (bad header, truncated, unparsable HTTP); each was
 *     reported as a problem
 * @param skipped records skipped, by reason; reasons with no record are absent
 * @param complete false when reading stopped before the end of the file (the problem says why)
 */
public record WarcStats(String input, long records, long articles, long pageProblems, long errors,
    Map<SkipReason, Long> skipped, boolean complete) {

  public WarcStats {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(skipped, "skipped");
    if (records < 0 || articles < 0 || pageProblems < 0 || errors < 0) {
      throw new IllegalArgumentException("counts are non-negative");
    }
    EnumMap<SkipReason, Long> copy = new EnumMap<>(SkipReason.class);
    for (Map.Entry<SkipReason, Long> e : skipped.entrySet()) {
      if (e.getValue() == null || e.getValue() < 0) {
        throw new IllegalArgumentException("skip count of " + e.getKey() + " must be non-negative");
      }
      if (e.getValue() > 0) copy.put(e.getKey(), e.getValue());
    }
    skipped = Map.copyOf(copy);
  }

  /** The number skipped for one reason. */
  public long skipped(SkipReason reason) {
    return skipped.getOrDefault(reason, 0L);
  }

  /** All records skipped, whatever the reason. */
  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * One line for a person: "crawl.warc.gz: 120 records, 40 articles, 2 page problems, 1 error;
   * skipped 40 request, 37 not HTML".
   */
  public String line() {
    StringBuilder sb = new StringBuilder(input).append(": ")
        .append(records).append(records == 1 ? " record, " : " records, ")
        .append(articles).append(articles == 1 ? " article, " : " articles, ")
        .append(pageProblems).append(pageProblems == 1 ? " page problem, " : " page problems, ")
        .append(errors).append(errors == 1 ? " error" : " errors");
    if (!skipped.isEmpty()) {
      StringJoiner j = new StringJoiner(", ", "; skipped ", "");
      for (SkipReason r : SkipReason.values()) {
        if (skipped.containsKey(r)) j.add(skipped.get(r) + " " + r.label());
      }
      sb.append(j);
    }
    if (!complete) sb.append(" (stopped early)");
    return sb.toString();
  }
}
