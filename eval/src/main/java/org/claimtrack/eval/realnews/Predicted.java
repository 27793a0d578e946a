package org.claimtrack.eval.realnews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extract output as score.py reads it ({@code load_predicted}): per page name, the text and
 * the predicted quantities, each quantity once per span with every claim that quotes it.
 */
final class Predicted {
  private Predicted() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A claim, as far as the source check looks at it. */
  record PredClaim(String kind, String sourceName, String sourceType, String affiliation) {
    /** {@code is_author}: kind AUTHORIAL or source type AUTHOR. */
    boolean isAuthor() {
      return "AUTHORIAL".equals(kind) || "AUTHOR".equals(sourceType);
    }
  }

  /**
   * A predicted quantity: the first one written with its span, and every claim quoting that span.
   * {@code start}/{@code end} are the numbers in the output's {@code span} (-1, -1 when absent).
   */
  record Pred(String surface, int start, int end, Double low, Double high, String unit, String counted,
      List<PredClaim> claims) {}

  /** An output object: page name (base name of {@code file}, else of {@code id}), text (may be null), quantities. */
  record PredArticle(String name, String text, List<Pred> preds) {}

  /** Reads JSON Lines as written by {@code claimtrack extract}. */
  static Map<String, PredArticle> read(Path path) {
    List<JsonNode> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (s.isBlank()) continue;
        try {
          lines.add(JSON.readTree(s));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(path + ":" + n + ": not JSON: " + e.getOriginalMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return of(lines);
  }

  /** The output objects by page name; a later object with the same name replaces an earlier one. */
  static Map<String, PredArticle> of(List<? extends JsonNode> articles) {
    Map<String, PredArticle> out = new LinkedHashMap<>();
    for (JsonNode a : articles) {
      List<Pred> preds = new ArrayList<>();
      Map<List<Integer>, List<PredClaim>> bySpan = new HashMap<>();
      for (JsonNode c : elements(a.get("claims"))) {
        PredClaim claim = claim(c);
        for (JsonNode q : elements(c.get("quantities"))) {
          int[] sp = span(q.get("span"));
          List<Integer> key = List.of(sp[0], sp[1]);
          List<PredClaim> quoting = bySpan.get(key);
          if (quoting != null) {
            quoting.add(claim);
            continue;
          }
          quoting = new ArrayList<>();
          quoting.add(claim);
          bySpan.put(key, quoting);
          preds.add(new Pred(Json.text(q, "surface"), sp[0], sp[1], Json.number(q, "low"), Json.number(q, "high"),
              Json.text(q, "unit"), Json.text(q, "counted"), Collections.unmodifiableList(quoting)));
        }
      }
      String name = firstTruthy(a, "file", "id");
      name = PyText.basename(name);
      out.put(name, new PredArticle(name, Json.text(a, "text"), Collections.unmodifiableList(preds)));
    }
    return out;
  }

  private static String firstTruthy(JsonNode a, String... fields) {
    for (String f : fields) {
      String s = Json.text(a, f);
      if (s != null && !s.isEmpty()) return s;
    }
    return "";
  }

  private static PredClaim claim(JsonNode c) {
    JsonNode s = c.get("source");
    boolean has = s != null && s.isObject();
    return new PredClaim(Json.text(c, "kind"), has ? Json.text(s, "name") : null, has ? Json.text(s, "type") : null,
        has ? Json.text(s, "affiliation") : null);
  }

  private static int[] span(JsonNode sp) {
    if (sp == null || sp.isNull() || sp.size() == 0) return new int[] {-1, -1};
    if (!sp.isArray() || sp.size() != 2 || !sp.get(0).canConvertToInt() || !sp.get(1).canConvertToInt()) {
      throw new IllegalArgumentException("a quantity's span is not [start, end]: " + sp);
    }
    return new int[] {sp.get(0).intValue(), sp.get(1).intValue()};
  }

  private static Iterable<JsonNode> elements(JsonNode list) {
    return list == null || list.isNull() ? List.of() : list;
  }
}
