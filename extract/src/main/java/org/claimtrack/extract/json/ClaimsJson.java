package org.claimtrack.extract.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Span;
import org.claimtrack.json.ClaimJson;

/**
 * The output contract: one JSON object per article, field names and order fixed.
 *
 * <pre>
 * {"id", "file", "title", "publisher", "published", "url", "hash", "text"?,
 *  "claims": [{"id", "kind", "source": {"name", "type", "title", "affiliation"},
 *              "sourceSpan", "cue", "cueSpan", "text", "span", "reportedOn", "about",
 *              "hedged", "hedges": [{"text", "span"}],
 *              "quantities": [{"surface", "span", "low", "high", "qualifier", "unit", "counted"}],
 *              "provenance": {"article", "sentence", "stages", "version"}}]}
 * </pre>
 *
 * The claim objects are {@link ClaimJson}'s. Spans are {@code [start, end)} UTF-16 offsets into the input text; absent values are null.
 * {@code "text"} is that text, written only when asked ({@link #toJson(ArticleClaims, boolean)}):
 * for articles extracted from web pages, feeds and archives, whose text is not a file the user has.
 */
public final class ClaimsJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ClaimsJson() {}

  public static ObjectNode toJson(ArticleClaims ac) {
    return toJson(ac, false);
  }

  /**
   * The article's object, with its text (the one every span points into) after {@code "hash"}
   * when {@code withText}.
   */
  public static ObjectNode toJson(ArticleClaims ac, boolean withText) {
    Article a = ac.article();
    ObjectNode o = F.objectNode();
    o.put("id", a.id());
    o.put("file", a.file());
    o.put("title", a.title());
    o.put("publisher", a.publisher());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("url", a.url());
    o.put("hash", a.hash());
    if (withText) o.put("text", a.text());
    ArrayNode claims = o.putArray("claims");
    for (Claim c : ac.claims()) claims.add(ClaimJson.toJson(c));
    return o;
  }

  /** One line of JSON Lines for an article. */
  public static String line(ArticleClaims ac) {
    return line(ac, false);
  }

  /** One line of JSON Lines for an article, with its text when {@code withText}. */
  public static String line(ArticleClaims ac, boolean withText) {
    try {
      return ClaimJson.MAPPER.writeValueAsString(toJson(ac, withText));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize claims of " + ac.article().id(), e);
    }
  }

  /** Reads back what {@link #toJson(ArticleClaims)} wrote, given the article text the spans point into. */
  public static ArticleClaims fromJson(JsonNode o, String text) {
    Article a = new Article(o.get("id").asText(), str(o, "file"), text, new Span(0, text.length()), str(o, "title"),
        str(o, "publisher"), o.hasNonNull("published") ? LocalDate.parse(o.get("published").asText()) : null,
        str(o, "url"), o.get("hash").asText());
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : o.get("claims")) claims.add(ClaimJson.fromJson(c));
    return new ArticleClaims(a, claims);
  }

  private static String str(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }
}
