package org.claimtrack.stream;

import java.time.LocalDate;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Span;

/**
 * An article read from the topic (the {@code text --format jsonl} contract), with where it came
 * from and its fingerprint for the copy filters. The article's text is the body: every claim's
 * span points into it.
 *
 * @param topic source topic
 * @param partition source partition
 * @param offset source offset
 * @param timestamp the record's timestamp: of two copies, the earlier is kept
 * @param hash the article's identity ({@code ArticleHash} of the body)
 * @param id the article's id: its URL, else its file name, else where it was read
 * @param file the file it was read from (an archive's name for its records), or null
 * @param url its address, or null
 * @param title its title, or null
 * @param published its publication date (ISO), or null
 * @param publisher its publisher, or null
 * @param language the language the publisher detected, or null
 * @param authors its authors as the page names them
 * @param body the text
 * @param signature the body's MinHash signature, or null under five words
 * @param bands the signature's LSH band keys, or null with it
 */
public record Incoming(String topic, int partition, long offset, long timestamp, String hash, String id, String file,
    String url, String title, String published, String publisher, String language, List<String> authors, String body,
    int[] signature, long[] bands) {

  /** "topic-partition@offset". */
  public String where() {
    return topic + "-" + partition + "@" + offset;
  }

  /** The domain article: its text is the body, whole. */
  public Article article() {
    return new Article(id, file, body, new Span(0, body.length()), title, publisher,
        published == null ? null : LocalDate.parse(published), url, hash);
  }

  /** True when this record was taken before {@code other}: by timestamp, then by place in the log. */
  boolean before(long otherTimestamp, String otherHash) {
    return timestamp < otherTimestamp || timestamp == otherTimestamp && hash.compareTo(otherHash) < 0;
  }
}
