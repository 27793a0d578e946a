package org.claimtrack.stream;

/**
 * One Kafka record as read, before anything is made of it: so that a record that cannot be read
 * reaches the dead-letter topic instead of failing the source.
 *
 * @param topic the topic
 * @param partition the partition
 * @param offset the offset in the partition
 * @param timestamp the record's timestamp (ms since the epoch): the order in which copies are told
 *     apart ("first seen")
 * @param key the key bytes, or null
 * @param value the value bytes, or null
 */
public record RawRecord(String topic, int partition, long offset, long timestamp, byte[] key, byte[] value) {

  /** "topic-partition@offset": names the record in messages and dead letters. */
  public String where() {
    return topic + "-" + partition + "@" + offset;
  }
}
