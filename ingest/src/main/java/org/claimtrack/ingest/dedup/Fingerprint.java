package org.claimtrack.ingest.dedup;

import java.util.Objects;
import org.claimtrack.ingest.ArticleHash;

/**
 * What {@link DuplicateIndex} compares of a text, for indexes kept elsewhere (a stream job keeps
 * them in keyed state, spread over machines): the exact hash, the MinHash signature and its LSH
 * band keys. Two texts are exact copies when their hashes are equal; a text is a candidate near
 * copy of another when they share a band key, and a near copy when {@link #similarity} reaches
 * {@link DuplicateIndex#DEFAULT_THRESHOLD} — the same rule, numbers and hashes as the index.
 *
 * @param hash {@link ArticleHash} of the text
 * @param signature the text's MinHash signature, or null under five words (compared exactly only)
 * @param bands one key per LSH band of the signature, or null with it
 */
public record Fingerprint(String hash, int[] signature, long[] bands) {

  /** Number of band keys of a signature. */
  public static final int BANDS = DuplicateIndex.BANDS;

  public Fingerprint {
    Objects.requireNonNull(hash, "hash");
    if ((signature == null) != (bands == null)) {
      throw new IllegalArgumentException("signature and bands go together");
    }
  }

  /** The fingerprint of a text (an article's body, say). */
  public static Fingerprint of(String text) {
    Objects.requireNonNull(text, "text");
    int[] sig = DuplicateIndex.signature(text);
    return new Fingerprint(ArticleHash.of(text), sig, sig == null ? null : DuplicateIndex.bandKeys(sig));
  }

  /** The estimated Jaccard similarity of two signatures' shingle sets, in [0, 1]. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length) throw new IllegalArgumentException("signatures of different lengths");
    return MinHash.similarity(a, b);
  }
}
