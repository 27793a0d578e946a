package org.claimtrack.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimtrack.domain.Article;
import org.claimtrack.ingest.ArticleHash;

/**
 * Finds copies among the articles of a run: exact copies by {@link ArticleHash} (the same text
 * after normalization), and near copies — a wire story syndicated with small edits: a new
 * dateline, a sentence cut or added, a credit line, a few words changed — by MinHash.
 *
 * <p>How: each text becomes the set of its word 5-shingles (runs of five words, after lower-casing
 * and dropping punctuation); a signature of 128 min-hashes estimates the Jaccard similarity of two
 * such sets. Locality-sensitive hashing over 42 bands of 3 hashes finds the candidates without
 * comparing every pair: a pair at similarity 0.5 becomes a candidate with probability 0.996, at
 * 0.4 with 0.94, and two unrelated stories (similarity 0.01 or less) with 0.00004. A candidate
 * whose estimated similarity reaches the threshold makes a near copy. MinHash
 * rather than SimHash: it estimates Jaccard itself, so the reported similarity means something
 * ("70% of the phrasing is shared"), the threshold can be set from that, and its banding gives
 * candidates directly; a 64-bit SimHash reacts more to the length of the edited part than to its
 * share, and needs several permuted tables to search.
 *
 * <p>The first text seen wins: copies are not indexed, so they all point to the original. Only
 * signatures are kept, never texts: about 2 KB per indexed document (a 512-byte signature, 42
 * band entries of 13 bytes in a table at most half full, the exact hash and the id). Texts of fewer than five words are compared
 * exactly only.
 *
 * <p>Thread-safe: {@link #check} may be called from several threads; the decision and the
 * insertion are one atomic step, so of two racing copies exactly one is new.
 */
public final class DuplicateIndex {
  /** The default threshold of estimated Jaccard similarity for a near copy (see the tests). */
  public static final double DEFAULT_THRESHOLD = 0.5;

  static final int SHINGLE = 5;
  static final int HASHES = 128;
  static final int BANDS = 42;
  static final int ROWS = 3;
  private static final MinHash MINHASH = new MinHash(SHINGLE, HASHES, 0x5EEDC1A1L);

  private final double threshold;
  private final Map<String, String> exact = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();
  private final BandTable bands = new BandTable();

  private DuplicateIndex(double threshold) {
    this.threshold = threshold;
  }

  /** An empty index with {@link #DEFAULT_THRESHOLD}. */
  public static DuplicateIndex create() {
    return new DuplicateIndex(DEFAULT_THRESHOLD);
  }

  /**
   * An empty index with its own threshold.
   *
   * @param threshold estimated Jaccard similarity at or above which a text is a near copy, in
   *     (0, 1]; below about 0.4 the banding starts to miss candidates
   */
  public static DuplicateIndex withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    return new DuplicateIndex(threshold);
  }

  /**
   * Says whether {@code text} copies a text seen before; if not, indexes it under {@code id}.
   *
   * @param id the document's id, reported when a later text copies it
   * @param text the text to compare (an article's body, say)
   */
  public Verdict check(String id, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    String hash = ArticleHash.of(text);
    int[] sig = MINHASH.signature(text);
    long[] keys = sig == null ? null : bandKeys(sig);
    synchronized (this) {
      String first = exact.get(hash);
      if (first != null) return new Verdict.ExactCopy(first);
      if (sig != null) {
        int[] best = {-1};
        double[] bestSim = {-1};
        for (long key : keys) {
          bands.forEach(key, doc -> {
            double s = MinHash.similarity(sig, signatures.get(doc));
            if (s > bestSim[0] || s == bestSim[0] && doc < best[0]) {
              bestSim[0] = s;
              best[0] = doc;
            }
          });
        }
        if (best[0] >= 0 && bestSim[0] >= threshold) return new Verdict.NearCopy(ids.get(best[0]), bestSim[0]);
      }
      exact.put(hash, id);
      if (sig != null) {
        int doc = ids.size();
        ids.add(id);
        signatures.add(sig);
        for (long key : keys) bands.put(key, doc);
      }
      return Verdict.NEW;
    }
  }

  /** {@link #check(String, String)} with the article's id and body. */
  public Verdict check(Article article) {
    return check(article.id(), article.bodyText());
  }

  /** Texts indexed so far (new ones; copies are not indexed). */
  public synchronized int size() {
    return exact.size();
  }

  /** The threshold in force. */
  public double threshold() {
    return threshold;
  }

  /** One key per band: the band's number and its rows, hashed together. */
  static long[] bandKeys(int[] sig) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) h = MinHash.mix(h * 31 + sig[b * ROWS + r]);
      keys[b] = h;
    }
    return keys;
  }

  /** The signature of a text, for measurements in tests; null under five words. */
  static int[] signature(String text) {
    return MINHASH.signature(text);
  }
}
