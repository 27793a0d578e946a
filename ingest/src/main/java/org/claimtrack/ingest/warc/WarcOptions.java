package org.claimtrack.ingest.warc;

import java.util.Objects;

/**
 * How archives are read.
 *
 * @param maxPageBytes records and decoded pages larger than this are skipped as
 *     {@link SkipReason#TOO_LARGE} without being loaded: memory per record stays below it
 * @param progressEvery the listener hears of progress every this many records
 * @param listener told of progress; {@link WarcListener#NONE} for nobody
 */
public record WarcOptions(long maxPageBytes, int progressEvery, WarcListener listener) {

  /** Larger than nearly every news page (big ones run to 2-3 MB of HTML). */
  public static final long DEFAULT_MAX_PAGE_BYTES = 8L * 1024 * 1024;

  public static final WarcOptions DEFAULT = new WarcOptions(DEFAULT_MAX_PAGE_BYTES, 1000, WarcListener.NONE);

  public WarcOptions {
    if (maxPageBytes < 1 || maxPageBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxPageBytes must be in [1, 2 GB), got " + maxPageBytes);
    }
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be positive, got " + progressEvery);
    }
    Objects.requireNonNull(listener, "listener");
  }

  public WarcOptions withMaxPageBytes(long m) {
    return new WarcOptions(m, progressEvery, listener);
  }

  public WarcOptions withListener(int every, WarcListener l) {
    return new WarcOptions(maxPageBytes, every, l);
  }
}
