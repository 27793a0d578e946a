package org.claimtrack.stream;

import org.apache.flink.util.OutputTag;

/** The side outputs of the job's stages. */
final class Tags {
  private Tags() {}

  /** Records that cannot be used, with their reason: they go to the dead-letter topic. */
  static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};
}
