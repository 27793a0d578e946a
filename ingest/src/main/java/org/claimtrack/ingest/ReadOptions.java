package org.claimtrack.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How inputs are read.
 *
 * @param format the input format, or AUTO to decide per file
 * @param published publication date to use when a plain text file states none, or null
 * @param maxBytes inputs (files, or lines of JSON Lines) larger than this are refused
 */
public record ReadOptions(InputFormat format, LocalDate published, long maxBytes) {

  /** Larger than any news article; a bigger input is almost certainly not one article. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

  public static final ReadOptions DEFAULT = new ReadOptions(InputFormat.AUTO, null, DEFAULT_MAX_BYTES);

  public ReadOptions {
    Objects.requireNonNull(format, "format");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  public ReadOptions withFormat(InputFormat f) {
    return new ReadOptions(f, published, maxBytes);
  }

  public ReadOptions withPublished(LocalDate d) {
    return new ReadOptions(format, d, maxBytes);
  }

  public ReadOptions withMaxBytes(long m) {
    return new ReadOptions(format, published, m);
  }
}
