package org.claimtrack.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks, read
 * leniently (comments, trailing commas, raw control characters and HTML comment wrappers are
 * common in the wild), flattened out of arrays, {@code @graph} lists and {@code mainEntity}
 * nesting, with {@code {"@id": ...}} references resolvable.
 */
final class JsonLd {

  /** Article types, the news ones first: the first object of the best type is the article. */
  private static final List<Set<String>> ARTICLE_TYPES = List.of(
      Set.of("newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
          "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "livebloggposting",
          "liveblogposting"),
      Set.of("article", "blogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report",
          "posting", "creativework"),
      Set.of("webpage", "itempage", "medicalwebpage", "aboutpage"));

  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(200).maxStringLength(5_000_000).maxNumberLength(100).build())
          .build())
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
          JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES)
      .build();

  private static final int MAX_OBJECTS = 2000;

  private final List<JsonNode> objects = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();

  private JsonLd() {}

  static JsonLd of(Document doc) {
    JsonLd ld = new JsonLd();
    for (Element s : doc.select("script[type]")) {
      String type = s.attr("type").toLowerCase(Locale.ROOT);
      if (!type.contains("ld+json")) continue;
      JsonNode root = parse(s.data());
      if (root != null) ld.flatten(root);
    }
    return ld;
  }

  static JsonNode parse(String data) {
    String t = data.strip();
    if (t.startsWith("<!--")) t = t.substring(4);
    if (t.endsWith("-->")) t = t.substring(0, t.length() - 3);
    t = t.replace("<![CDATA[", "").replace("]]>", "").strip();
    if (t.isEmpty()) return null;
    try (JsonParser p = JSON.createParser(t)) {
      return JSON.readTree(p);
    } catch (JsonProcessingException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private void flatten(JsonNode root) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    int seen = 0;
    List<JsonNode> order = new ArrayList<>();
    while (!todo.isEmpty() && seen++ < MAX_OBJECTS) {
      JsonNode n = todo.pop();
      if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) todo.push(n.get(i));
      } else if (n.isObject()) {
        order.add(n);
        String id = text(n.get("@id"));
        if (id != null && n.size() > 1) byId.putIfAbsent(id, n);
        JsonNode graph = n.get("@graph");
        JsonNode main = n.get("mainEntity");
        if (main != null && (main.isObject() || main.isArray())) todo.push(main);
        if (graph != null) todo.push(graph);
      }
    }
    objects.addAll(order);
  }

  /** The article object: the first of the most specific article type, or null. */
  JsonNode article() {
    for (Set<String> types : ARTICLE_TYPES) {
      for (JsonNode n : objects) {
        if (hasType(n, types)) return n;
      }
    }
    return null;
  }

  /** The node an {@code {"@id": ...}} reference stands for, or the node itself. */
  JsonNode resolve(JsonNode n) {
    if (n != null && n.isObject()) {
      String id = text(n.get("@id"));
      if (id != null && n.size() == 1) {
        JsonNode r = byId.get(id);
        if (r != null) return r;
      }
    }
    return n;
  }

  static boolean hasType(JsonNode n, Set<String> types) {
    JsonNode t = n.get("@type");
    if (t == null) return false;
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (x.isTextual() && types.contains(simpleType(x.asText()))) return true;
      }
      return false;
    }
    return t.isTextual() && types.contains(simpleType(t.asText()));
  }

  private static String simpleType(String t) {
    int k = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    return t.substring(k + 1).toLowerCase(Locale.ROOT);
  }

  /** A string value: the text, the first text of an array, or the "@value"/"name"/"@id" of an object. */
  static String text(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isTextual() || n.isNumber()) {
      String s = n.asText().strip();
      return s.isEmpty() ? null : s;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        String s = text(x);
        if (s != null) return s;
      }
      return null;
    }
    if (n.isObject()) {
      for (String f : List.of("@value", "name", "@id", "url")) {
        String s = text(n.get(f));
        if (s != null) return s;
      }
    }
    return null;
  }

  /** An address field: a string, an object's "@id" or "url", or the first of an array; null when none. */
  static String url(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isTextual()) {
      String s = n.asText().strip();
      return s.isEmpty() ? null : s;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        String s = url(x);
        if (s != null) return s;
      }
      return null;
    }
    if (n.isObject()) {
      String s = url(n.get("@id"));
      return s != null ? s : url(n.get("url"));
    }
    return null;
  }

  /** The names of a person-or-organization field that may be a string, an object or an array of either. */
  List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null) return out;
    if (n.isArray()) {
      for (JsonNode x : n) out.addAll(names(x));
      return out;
    }
    if (n.isTextual()) {
      String s = n.asText().strip();
      if (!s.isEmpty()) out.add(s);
      return out;
    }
    if (n.isObject()) {
      JsonNode r = resolve(n);
      String name = text(r.get("name"));
      if (name == null) {
        String given = text(r.get("givenName"));
        String family = text(r.get("familyName"));
        if (given != null || family != null) name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
      }
      if (name != null) out.add(name);
    }
    return out;
  }
}
