package org.claimtrack.ingest.dedup;

import java.text.Normalizer;
import java.util.Locale;

/**
 * MinHash signatures of a text's word shingles. Words are runs of letters and digits after NFKC
 * normalization and lower-casing, so punctuation, quotes and spacing do not matter. Each shingle
 * (k consecutive words) is hashed to 64 bits; the signature keeps, for each of n seeded hash
 * functions, the smallest value over all shingles (its high 32 bits). The share of positions where
 * two signatures agree estimates the Jaccard similarity of the two shingle sets (standard error
 * about {@code sqrt(J(1-J)/n)}, 0.044 at J = 0.5 with n = 128).
 */
final class MinHash {
  final int shingle;
  final int hashes;
  private final long[] seeds;

  MinHash(int shingle, int hashes, long seed) {
    this.shingle = shingle;
    this.hashes = hashes;
    this.seeds = new long[hashes];
    long s = seed;
    for (int i = 0; i < hashes; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(s);
    }
  }

  /** The signature, or null when the text has fewer than {@code shingle} words. */
  int[] signature(String text) {
    long[] words = words(text);
    if (words.length < shingle) return null;
    long[] min = new long[hashes];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i + shingle <= words.length; i++) {
      long h = 0;
      for (int j = 0; j < shingle; j++) h = h * 0x100000001B3L + words[i + j];
      h = mix(h);
      for (int k = 0; k < hashes; k++) {
        long v = mix(h ^ seeds[k]);
        if (v < min[k]) min[k] = v;
      }
    }
    int[] sig = new int[hashes];
    for (int k = 0; k < hashes; k++) sig[k] = (int) (min[k] >>> 32);
    return sig;
  }

  /** The share of positions where two signatures agree: the Jaccard estimate. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) same++;
    }
    return (double) same / a.length;
  }

  /** Word hashes of the normalized text. */
  static long[] words(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    long[] out = new long[Math.max(16, n.length() / 5)];
    int count = 0;
    long h = 0;
    boolean in = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (!in) {
          h = 0xcbf29ce484222325L;
          in = true;
        }
        h = (h ^ cp) * 0x100000001B3L;
      } else if (in) {
        if (count == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
        out[count++] = mix(h);
        in = false;
      }
    }
    if (in) {
      if (count == out.length) out = java.util.Arrays.copyOf(out, out.length + 1);
      out[count++] = mix(h);
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /** The SplitMix64 finalizer: a fast 64-bit mixing function. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
