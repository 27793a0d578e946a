package org.claimtrack.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;

/**
 * JSON Lines: one article per line, {@code {"id", "text", "published", "title"?, "publisher"?,
 * "url"?}}. The whole {@code text} is the body. A broken line is a problem of that line only
 * ("file:line"); the lines around it are still read.
 */
final class JsonLinesArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesArticles() {}

  static void read(String file, InputStream in, long maxBytes, Consumer<Result<Article>> sink) throws IOException {
    BufferedInputStream bin = new BufferedInputStream(in, 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int lineNo = 1;
    boolean tooLong = false;
    int b;
    while (true) {
      b = bin.read();
      if (b == '\n' || b < 0) {
        if (tooLong) {
          sink.accept(Result.failed(file + ":" + lineNo, Problem.Code.TOO_LARGE,
              "line too large: exceeds the limit of " + TextDecoding.human(maxBytes) + " (raise it with --max-bytes)"));
        } else if (line.size() > 0) {
          sink.accept(parseLine(file, lineNo, line.toByteArray()));
        }
        line.reset();
        tooLong = false;
        if (b < 0) break;
        lineNo++;
        continue;
      }
      if (!tooLong) {
        if (line.size() >= maxBytes) {
          tooLong = true;
          line.reset();
        } else {
          line.write(b);
        }
      }
    }
  }

  static Result<Article> parseLine(String file, int lineNo, byte[] bytes) {
    String input = file + ":" + lineNo;
    String raw;
    try {
      raw = TextDecoding.decodeStrict(bytes);
    } catch (CharacterCodingException e) {
      return Result.failed(input, Problem.Code.ENCODING, "not valid UTF-8");
    }
    if (raw.isBlank()) {
      return Result.failed(input, Problem.Code.EMPTY, "blank line");
    }
    JsonNode node;
    try {
      node = JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
      return Result.failed(input, Problem.Code.BAD_JSON, "not valid JSON: " + oneLine(msg));
    }
    if (node == null || !node.isObject()) {
      return Result.failed(input, Problem.Code.BAD_JSON, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return Result.failed(input, Problem.Code.MISSING_FIELD, "no \"text\" string in this line");
    }
    String body = text.asText();
    if (body.isBlank()) {
      return Result.failed(input, Problem.Code.EMPTY, "empty \"text\"");
    }
    String id = str(node, "id");
    if (id == null) id = input;
    LocalDate published = null;
    String p = str(node, "published");
    if (p != null && !p.isBlank()) {
      published = parsePublished(p);
      if (published == null) {
        return Result.failed(input, Problem.Code.BAD_DATE,
            "\"published\" is not a date: '" + oneLine(p) + "' (use YYYY-MM-DD)");
      }
    }
    return Result.ok(new Article(id, file, body, new Span(0, body.length()), str(node, "title"),
        str(node, "publisher"), published, str(node, "url"), ArticleHash.of(body)));
  }

  static LocalDate parsePublished(String p) {
    String s = p.trim();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      // a timestamp, or a written date
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // fall through
    }
    if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return LocalDate.parse(s.substring(0, 10));
      } catch (DateTimeParseException e) {
        // fall through
      }
    }
    return PlainTextArticles.parseDate(s);
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 120 ? t.substring(0, 117) + "..." : t;
  }
}
