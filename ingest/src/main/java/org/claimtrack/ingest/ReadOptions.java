package org.claimtrack.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.claimtrack.domain.Limits;

/**
 * How inputs are read.
 *
 * @param format the input format, or AUTO to decide per file
 * @param published publication date to use when a plain text file states none, or null
 * @param limits how much of one input is taken on (bytes, characters of body, problems per file...)
 */
public record ReadOptions(InputFormat format, LocalDate published, Limits limits) {

  /** Larger than any news article; a bigger input is almost certainly not one article. */
  public static final long DEFAULT_MAX_BYTES = Limits.DEFAULT_MAX_BYTES;

  public static final ReadOptions DEFAULT = new ReadOptions(InputFormat.AUTO, null, Limits.DEFAULT);

  public ReadOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(limits, "limits");
  }

  /** With the default limits, but {@code maxBytes} for plain text files and JSON lines. */
  public ReadOptions(InputFormat format, LocalDate published, long maxBytes) {
    this(format, published, Limits.DEFAULT.withMaxBytes(maxBytes));
  }

  /** Plain text files and JSON lines larger than this are refused. */
  public long maxBytes() {
    return limits.maxBytes();
  }

  public ReadOptions withFormat(InputFormat f) {
    return new ReadOptions(f, published, limits);
  }

  public ReadOptions withPublished(LocalDate d) {
    return new ReadOptions(format, d, limits);
  }

  public ReadOptions withMaxBytes(long m) {
    return new ReadOptions(format, published, limits.withMaxBytes(m));
  }

  public ReadOptions withLimits(Limits l) {
    return new ReadOptions(format, published, l);
  }
}
