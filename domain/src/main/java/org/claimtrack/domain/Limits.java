package org.claimtrack.domain;

import java.util.Locale;

/**
 * How much of one input a run takes on, so that no input, however made, can make a batch run out
 * of memory or time. Every reader and the extractor honour the same record; what is over a limit
 * is refused with a one-line problem naming the input and the limit (or, for pages, read up to it
 * with a note), and the rest of the batch goes on.
 *
 * @param maxBytes the largest plain text file or JSON line, in bytes (decompressed): larger ones are
 *     refused (CLI {@code --max-bytes})
 * @param maxPageBytes the largest web page, feed file or archive record, in bytes (decompressed): a
 *     page file is read up to it (with a note), a feed over it is refused, an archive record over it
 *     is skipped (CLI {@code --max-page-bytes})
 * @param maxChars the longest article body, in characters: longer articles are refused before any
 *     language detection or extraction (CLI {@code --max-chars})
 * @param maxSentences the most sentences an article may have for the extractor (CLI
 *     {@code --max-sentences})
 * @param maxClaims the most claims the extractor may find in one article (CLI {@code --max-claims})
 * @param maxProblems the most problems reported one by one for one file; the rest are counted in one
 *     closing line for that file (CLI {@code --max-problems})
 */
public record Limits(long maxBytes, long maxPageBytes, int maxChars, int maxSentences, int maxClaims, int maxProblems) {

  /** 2 MB: larger than any news article as text. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
  /** 8 MB: larger than nearly every news page (big ones run to 2–3 MB of HTML, most of it scripts). */
  public static final long DEFAULT_MAX_PAGE_BYTES = 8L * 1024 * 1024;
  /** 200,000 characters: about 35,000 words; the longest of 213 real articles in ../shared has 53,438. */
  public static final int DEFAULT_MAX_CHARS = 200_000;
  /** 4,000 sentences: ten times a long article. */
  public static final int DEFAULT_MAX_SENTENCES = 4_000;
  /** 2,000 claims: a hundred times what a long article holds. */
  public static final int DEFAULT_MAX_CLAIMS = 2_000;
  /** 100 problems reported one by one per file. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  public static final Limits DEFAULT = new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGE_BYTES, DEFAULT_MAX_CHARS,
      DEFAULT_MAX_SENTENCES, DEFAULT_MAX_CLAIMS, DEFAULT_MAX_PROBLEMS);

  /** Java arrays end here: no single input can be held in memory beyond it. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  public Limits {
    positive("maxBytes", maxBytes);
    positive("maxPageBytes", maxPageBytes);
    positive("maxChars", maxChars);
    positive("maxSentences", maxSentences);
    positive("maxClaims", maxClaims);
    positive("maxProblems", maxProblems);
    if (maxBytes > MAX_ARRAY || maxPageBytes > MAX_ARRAY) {
      throw new IllegalArgumentException("maxBytes and maxPageBytes must be below 2 GB, got " + maxBytes + " and "
          + maxPageBytes);
    }
  }

  private static void positive(String name, long value) {
    if (value < 1) throw new IllegalArgumentException(name + " must be positive, got " + value);
  }

  public Limits withMaxBytes(long n) {
    return new Limits(n, maxPageBytes, maxChars, maxSentences, maxClaims, maxProblems);
  }

  public Limits withMaxPageBytes(long n) {
    return new Limits(maxBytes, n, maxChars, maxSentences, maxClaims, maxProblems);
  }

  public Limits withMaxChars(int n) {
    return new Limits(maxBytes, maxPageBytes, n, maxSentences, maxClaims, maxProblems);
  }

  public Limits withMaxSentences(int n) {
    return new Limits(maxBytes, maxPageBytes, maxChars, n, maxClaims, maxProblems);
  }

  public Limits withMaxClaims(int n) {
    return new Limits(maxBytes, maxPageBytes, maxChars, maxSentences, n, maxProblems);
  }

  public Limits withMaxProblems(int n) {
    return new Limits(maxBytes, maxPageBytes, maxChars, maxSentences, maxClaims, n);
  }

  /** The problem of an article whose body is longer than {@link #maxChars}, or null when it is not. */
  public Problem bodyTooLong(String input, int chars) {
    if (chars <= maxChars) return null;
    return new Problem(input, Problem.Code.TOO_LARGE, "too large: the article body has " + count(chars)
        + " characters, over the limit of " + count(maxChars) + " characters (raise it with --max-chars)");
  }

  /** The problem of an article with more than {@link #maxSentences} sentences, or null. */
  public Problem tooManySentences(String input, int sentences) {
    if (sentences <= maxSentences) return null;
    return new Problem(input, Problem.Code.TOO_LARGE, "too large: the article has " + count(sentences)
        + " sentences, over the limit of " + count(maxSentences) + " (raise it with --max-sentences)");
  }

  /** The problem of an article with more than {@link #maxClaims} claims, or null. */
  public Problem tooManyClaims(String input, int claims) {
    if (claims <= maxClaims) return null;
    return new Problem(input, Problem.Code.TOO_LARGE, "too large: the article has " + count(claims)
        + " claims, over the limit of " + count(maxClaims) + " (raise it with --max-claims)");
  }

  /** "1,234,567" */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** "2.0 MB", "16.0 KB", "12 bytes" */
  public static String bytes(long n) {
    if (n >= 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    if (n >= 1024) return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
    return n + " bytes";
  }
}
