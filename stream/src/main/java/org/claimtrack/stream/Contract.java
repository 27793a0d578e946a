package org.claimtrack.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.ingest.dedup.Fingerprint;

/**
 * Reads the records of the topic: one article each, in the {@code claimtrack text --format jsonl}
 * contract ({@code {"file", "url", "title", "published", "authors", "publisher", "language",
 * "body"}}), the one {@code claimtrack publish} writes. A record that is not one is a reason, never
 * an exception.
 */
final class Contract {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Contract() {}

  /** The article, or why the record is not one. */
  sealed interface Parsed permits Ok, Bad {}

  record Ok(Incoming article) implements Parsed {}

  record Bad(String reason) implements Parsed {}

  static Parsed read(RawRecord r, int maxBytes) {
    byte[] v = r.value();
    if (v == null || v.length == 0) return new Bad("empty record");
    if (v.length > maxBytes) {
      return new Bad("record too large: " + v.length + " bytes, over the limit of " + maxBytes
          + " (raise it with --max-bytes)");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(v)).toString();
    } catch (CharacterCodingException e) {
      return new Bad("not valid UTF-8");
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String m = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
      return new Bad("not valid JSON: " + oneLine(m));
    }
    if (node == null || !node.isObject()) return new Bad("not a JSON object");
    JsonNode body = node.get("body");
    if (body == null || !body.isTextual()) return new Bad("no \"body\" string: not the text --format jsonl contract");
    if (body.asText().isBlank()) return new Bad("empty \"body\"");
    String published = str(node, "published");
    if (published != null) {
      LocalDate d = date(published);
      if (d == null) return new Bad("\"published\" is not a date: '" + oneLine(published) + "' (use YYYY-MM-DD)");
      published = d.toString();
    }
    List<String> authors = new ArrayList<>();
    JsonNode a = node.get("authors");
    if (a != null && a.isArray()) a.forEach(x -> {
      if (x.isTextual()) authors.add(x.asText());
    });
    String bodyText = body.asText();
    String file = str(node, "file");
    String url = str(node, "url");
    String id = url != null ? url : file != null ? file : r.where();
    Fingerprint fp = Fingerprint.of(bodyText);
    return new Ok(new Incoming(r.topic(), r.partition(), r.offset(), r.timestamp(), fp.hash(), id, file, url,
        str(node, "title"), published, str(node, "publisher"), str(node, "language"), List.copyOf(authors), bodyText,
        fp.signature(), fp.bands()));
  }

  /** The article back in the contract, as UTF-8 (for dead letters). */
  static byte[] write(Incoming a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("file", a.file());
    o.put("url", a.url());
    o.put("title", a.title());
    o.put("published", a.published());
    ArrayNode au = o.putArray("authors");
    a.authors().forEach(au::add);
    o.put("publisher", a.publisher());
    o.put("language", a.language());
    o.put("body", a.body());
    try {
      return JSON.writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an article as JSON", e);
    }
  }

  private static LocalDate date(String s) {
    String t = s.trim();
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      // a timestamp?
    }
    try {
      return OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 160 ? t.substring(0, 157) + "..." : t;
  }
}
