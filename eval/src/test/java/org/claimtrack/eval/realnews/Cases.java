package org.claimtrack.eval.realnews;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made scoring cases: an annotation and an extract output, written as files in a folder so
 * that score.py and the port read the same bytes; {@link #check} compares their reports.
 */
final class Cases {
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  final List<ObjectNode> expected = new ArrayList<>();
  final List<ObjectNode> articles = new ArrayList<>();

  /** An output object with its text; {@code file} null leaves the field out. */
  Article page(String file, String text) {
    return page("id-" + articles.size(), file, text);
  }

  /** An output object with this id; {@code file} or {@code text} null leaves the field out. */
  Article page(String id, String file, String text) {
    ObjectNode a = F.objectNode();
    a.put("id", id);
    if (file != null) a.put("file", file);
    if (text != null) a.put("text", text);
    a.putArray("claims");
    articles.add(a);
    return new Article(a, text);
  }

  /** An expected claim; {@code value} as an expected.jsonl line writes it. */
  Exp expect(String file, String note, Number value) {
    ObjectNode e = F.objectNode();
    e.put("file", file);
    e.put("source", "Someone");
    putNumber(e, "value", value);
    putNumber(e, "low", value);
    putNumber(e, "high", value);
    e.putNull("counted");
    e.put("note", note);
    e.put("cat", "count");
    expected.add(e);
    return new Exp(e);
  }

  static void putNumber(ObjectNode o, String field, Number v) {
    if (v == null) o.putNull(field);
    else if (v instanceof Integer i) o.put(field, i);
    else if (v instanceof Long l) o.put(field, l);
    else o.put(field, v.doubleValue());
  }

  record Exp(ObjectNode o) {
    Exp source(String s) {
      o.put("source", s);
      return this;
    }

    Exp alt(String... names) {
      ArrayNode a = o.putArray("source_alt");
      for (String n : names) a.add(n);
      return this;
    }

    Exp bounds(Number low, Number high) {
      putNumber(o, "low", low);
      putNumber(o, "high", high);
      return this;
    }

    Exp valueAlt(Number... v) {
      ArrayNode a = o.putArray("value_alt");
      for (Number n : v) {
        if (n == null) a.addNull();
        else a.add(n.doubleValue());
      }
      return this;
    }

    Exp counted(String head, String... alts) {
      if (head == null) o.putNull("counted");
      else o.put("counted", head);
      if (alts.length > 0) {
        ArrayNode a = o.putArray("counted_alt");
        for (String n : alts) a.add(n);
      }
      return this;
    }

    Exp cat(String c) {
      if (c == null) o.remove("cat");
      else o.put("cat", c);
      return this;
    }

    Exp authorial() {
      o.put("authorial", true);
      return this;
    }

    Exp implicit() {
      o.put("implicit", true);
      return this;
    }
  }

  record Article(ObjectNode o, String text) {
    /** A claim with this source ({@code name}, {@code type}, {@code affiliation} may be null). */
    Claim claim(String kind, String name, String type, String affiliation) {
      ObjectNode c = ((ArrayNode) o.get("claims")).addObject();
      c.put("kind", kind);
      if (name == null && type == null && affiliation == null) {
        c.putNull("source");
      } else {
        ObjectNode s = c.putObject("source");
        s.put("name", name);
        s.put("type", type);
        s.put("affiliation", affiliation);
      }
      c.putArray("quantities");
      return new Claim(c, text);
    }

    Claim attributed(String name) {
      return claim("ATTRIBUTED", name, "PERSON", null);
    }

    Claim authorial() {
      return claim("AUTHORIAL", "Publisher", "AUTHOR", null);
    }
  }

  record Claim(ObjectNode c, String text) {
    /** A quantity at the {@code nth} (from 0) occurrence of {@code surface} in the text. */
    Claim q(String surface, int nth, Number low, Number high, String unit, String counted) {
      int at = -1;
      for (int k = 0; k <= nth; k++) {
        at = text.indexOf(surface, at + 1);
        assertThat(at).as("occurrence %d of %s", nth, surface).isNotNegative();
      }
      return q(surface, at, at + surface.length(), low, high, unit, counted);
    }

    Claim q(String surface, Number low, Number high, String unit, String counted) {
      return q(surface, 0, low, high, unit, counted);
    }

    /** A quantity with the given span numbers (start -1: no span). */
    Claim q(String surface, int start, int end, Number low, Number high, String unit, String counted) {
      ObjectNode q = ((ArrayNode) c.get("quantities")).addObject();
      q.put("surface", surface);
      if (start < 0) q.putNull("span");
      else q.putArray("span").add(start).add(end);
      putNumber(q, "low", low);
      putNumber(q, "high", high);
      q.put("qualifier", "EXACT");
      q.put("unit", unit);
      q.put("counted", counted);
      return this;
    }
  }

  /** Writes the two files into {@code dir}: expected.jsonl and {@code name}. */
  Path[] write(Path dir, String name) {
    try {
      Path exp = dir.resolve("expected-" + name);
      Path pred = dir.resolve(name);
      Files.write(exp, lines(expected), StandardCharsets.UTF_8);
      Files.write(pred, lines(articles), StandardCharsets.UTF_8);
      return new Path[] {exp, pred};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(List<? extends JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : nodes) out.add(n.toString());
    return out;
  }

  /**
   * Scores the case with score.py and with the port, asserts the two reports are the same text,
   * and returns the port's figures for the case's own assertions.
   */
  RealnewsScores check(Path dir, String name) {
    Path[] files = write(dir, name);
    String python = ScorePy.run(files[1], "--expected", files[0].toString(), "--json", "--per-file");
    RealnewsScores s = RealnewsScorer.score(Expected.read(files[0]), Predicted.read(files[1]));
    String java = ScorePyReport.text(s, name, true, true);
    assertThat(java).as("the port's report for %s, against score.py's", name).isEqualTo(python);
    return s;
  }
}
