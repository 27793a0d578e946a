package org.claimtrack.ingest.warc;

/**
 * Told how a long read is going: called on the reading thread every
 * {@link WarcOptions#progressEvery()} records and once at the end of each file.
 */
@FunctionalInterface
public interface WarcListener {
  /** The counts so far for the file being read. */
  void progress(WarcStats soFar);

  /** A listener that does nothing. */
  WarcListener NONE = s -> {};
}
