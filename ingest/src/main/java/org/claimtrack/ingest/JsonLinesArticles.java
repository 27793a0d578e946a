package org.claimtrack.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Limits;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;

/**
 * JSON Lines: one article per line, {@code {"id", "text", "published", "title"?, "publisher"?,
 * "url"?}}. The whole {@code text} is the body. A broken line is a problem of that line only
 * ("file:line"); the lines around it are still read.
 */
final class JsonLinesArticles {
  /** Lines are bounded by --max-bytes, so Jackson's own cap on string length (20 MB) must not cut them first. */
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());

  private JsonLinesArticles() {}

  /**
   * Reads lines of UTF-8 JSON, each at most {@code limits.maxBytes()} bytes, handing each article or
   * problem to {@code sink}. Reading stops early, with one problem, at a NUL byte (no JSON text holds
   * one: this is binary data) and when the first {@code limits.maxProblems() - 1} lines gave no
   * article (this is not JSON Lines).
   *
   * @param file what problems name ("file:line")
   */
  static void read(String file, InputStream in, Limits limits, Consumer<Result<Article>> sink) throws IOException {
    long maxBytes = limits.maxBytes();
    Line line = new Line(maxBytes);
    byte[] buf = new byte[1 << 16];
    long lineNo = 1;
    int articles = 0;
    int problems = 0;
    while (true) {
      int n = in.read(buf);
      int from = 0;
      for (int i = 0; i < Math.max(n, 0); i++) {
        byte b = buf[i];
        if (b == 0) {
          sink.accept(Result.failed(file + ":" + lineNo, Problem.Code.BINARY,
              "binary data, not JSON Lines (a NUL byte); the rest of the file was not read"));
          return;
        }
        if (b != '\n') continue;
        if (i == from && line.empty()) { // an empty line: nothing to read
          lineNo++;
          from = i + 1;
          continue;
        }
        line.append(buf, from, i);
        Result<Article> r = finish(file, lineNo, line);
        if (r != null) {
          if (r.isOk()) articles++;
          else problems++;
          sink.accept(r);
        }
        line.clear();
        lineNo++;
        from = i + 1;
        // one line fewer than the problems reported one by one, so that this one is reported too
        if (articles == 0 && problems >= Math.max(1, limits.maxProblems() - 1)) {
          sink.accept(Result.failed(file + ":" + lineNo, Problem.Code.BAD_JSON, "the first " + problems
              + " lines hold no article: this is not JSON Lines; the rest of the file was not read"));
          return;
        }
      }
      if (n < 0) break;
      line.append(buf, from, n);
    }
    Result<Article> last = finish(file, lineNo, line);
    if (last != null) sink.accept(last);
  }

  /** The line's article or problem; null for an empty line. */
  private static Result<Article> finish(String file, long lineNo, Line line) {
    if (line.tooLong) {
      return Result.failed(file + ":" + lineNo, Problem.Code.TOO_LARGE,
          "line too large: exceeds the limit of " + TextDecoding.human(line.max) + " (raise it with --max-bytes)");
    }
    if (line.empty()) return null;
    return parseLine(file, lineNo, java.util.Arrays.copyOf(line.bytes, line.length));
  }

  /** The bytes of one line, kept up to the limit; past it only the fact that it was too long. */
  private static final class Line {
    final long max;
    byte[] bytes = new byte[256];
    int length;
    boolean tooLong;

    Line(long max) {
      this.max = max;
    }

    boolean empty() {
      return length == 0 && !tooLong;
    }

    void append(byte[] b, int from, int to) {
      if (tooLong || to == from) return;
      if (length + (long) (to - from) > max) {
        tooLong = true;
        bytes = new byte[256];
        length = 0;
        return;
      }
      if (length + to - from > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(max, Math.max((long) bytes.length * 2, length + to - from)));
      }
      System.arraycopy(b, from, bytes, length, to - from);
      length += to - from;
    }

    void clear() {
      length = 0;
      tooLong = false;
      if (bytes.length > 1 << 20) bytes = new byte[256];
    }
  }

  static Result<Article> parseLine(String file, long lineNo, byte[] bytes) {
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
