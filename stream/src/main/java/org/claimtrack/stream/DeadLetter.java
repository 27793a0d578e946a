package org.claimtrack.stream;

import java.util.Objects;

/**
 * A record the job could not use, with the reason, for the dead-letter topic. It names the record
 * it came from, so that it can be found and published again once the reason is fixed.
 *
 * @param stage where it failed: {@code parse}, {@code extract} or {@code store}
 * @param reason one line for a person ("not valid JSON: ...", "no sentences: ...")
 * @param topic the source topic
 * @param partition the source partition
 * @param offset the source offset
 * @param timestamp the source record's timestamp
 * @param key the source record's key, or null
 * @param value the record: the source bytes for a record that could not be parsed, else the
 *     article in the {@code text --format jsonl} contract
 */
public record DeadLetter(String stage, String reason, String topic, int partition, long offset, long timestamp,
    byte[] key, byte[] value) {

  public DeadLetter {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    if (reason.contains("\n")) throw new IllegalArgumentException("a dead letter's reason is one line");
  }

  static DeadLetter of(String stage, String reason, RawRecord r) {
    return new DeadLetter(stage, reason, r.topic(), r.partition(), r.offset(), r.timestamp(), r.key(), r.value());
  }

  static DeadLetter of(String stage, String reason, Incoming a) {
    return new DeadLetter(stage, reason, a.topic(), a.partition(), a.offset(), a.timestamp(),
        a.hash().getBytes(java.nio.charset.StandardCharsets.UTF_8), Contract.write(a));
  }

  /** "topic-partition@offset". */
  public String where() {
    return topic + "-" + partition + "@" + offset;
  }
}
