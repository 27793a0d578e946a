package org.claimtrack.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A dead letter as a record of the dead-letter topic, keyed like the record it came from; its
 * value is one JSON object, names stable:
 *
 * <pre>
 * {"stage": "parse|extract|store", "reason": "...", "topic", "partition", "offset", "timestamp",
 *  "value": "the record as text"}          ("valueBase64" instead when it is not UTF-8)
 * </pre>
 */
final class DeadLetterSchema implements KafkaRecordSerializationSchema<DeadLetter> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String topic;

  DeadLetterSchema(String topic) {
    this.topic = topic;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(DeadLetter d, KafkaSinkContext ctx, Long timestamp) {
    return new ProducerRecord<>(topic, null, null, d.key(), json(d));
  }

  static byte[] json(DeadLetter d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("stage", d.stage());
    o.put("reason", d.reason());
    o.put("topic", d.topic());
    o.put("partition", d.partition());
    o.put("offset", d.offset());
    o.put("timestamp", d.timestamp());
    if (d.value() == null) {
      o.putNull("value");
    } else {
      try {
        o.put("value", StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(d.value())).toString());
      } catch (CharacterCodingException e) {
        o.put("valueBase64", Base64.getEncoder().encodeToString(d.value()));
      }
    }
    try {
      return JSON.writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a dead letter as JSON", e);
    }
  }
}
