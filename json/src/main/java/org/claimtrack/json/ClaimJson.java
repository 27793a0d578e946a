package org.claimtrack.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Hedge;
import org.claimtrack.domain.Origin;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;

/**
 * A claim as JSON, field names and order fixed by the output contract. The one mapping behind
 * what {@code claimtrack extract} prints (extract's {@code ClaimsJson} wraps it in the article's
 * object) and what the ledger stores and exports, so the two cannot drift apart; it depends on
 * the domain records and Jackson only, not on the extractor (and CoreNLP).
 */
public final class ClaimJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ClaimJson() {}

  public static ObjectNode toJson(Claim c) {
    ObjectNode o = F.objectNode();
    o.put("id", c.id());
    o.put("kind", c.kind().name());
    o.set("source", source(c.source()));
    o.set("sourceSpan", span(c.sourceSpan()));
    o.put("cue", c.cue());
    o.set("cueSpan", span(c.cueSpan()));
    o.put("text", c.text());
    o.set("span", span(c.span()));
    o.put("reportedOn", c.reportedOn() == null ? null : c.reportedOn().toString());
    o.put("about", c.about());
    o.put("hedged", c.hedged());
    ArrayNode hedges = o.putArray("hedges");
    for (Hedge h : c.hedges()) {
      ObjectNode ho = hedges.addObject();
      ho.put("text", h.text());
      ho.set("span", span(h.span()));
    }
    ArrayNode qs = o.putArray("quantities");
    for (Quantity q : c.quantities()) {
      ObjectNode qo = qs.addObject();
      qo.put("surface", q.surface());
      qo.set("span", span(q.span()));
      qo.set("low", number(q.low()));
      qo.set("high", number(q.high()));
      qo.put("qualifier", q.qualifier().name());
      qo.put("unit", q.unit());
      qo.put("counted", q.counted());
    }
    if (c.origin() == null) {
      o.putNull("origin");
    } else {
      ObjectNode or = o.putObject("origin");
      or.set("source", source(c.origin().source()));
      or.set("sourceSpan", span(c.origin().sourceSpan()));
      ArrayNode relayers = or.putArray("relayers");
      c.origin().relayers().forEach(r -> relayers.add(source(r)));
    }
    ObjectNode p = o.putObject("provenance");
    p.put("article", c.provenance().article());
    p.put("sentence", c.provenance().sentence());
    ArrayNode st = p.putArray("stages");
    c.provenance().stages().forEach(st::add);
    p.put("version", c.provenance().version());
    return o;
  }

  private static ObjectNode source(Source src) {
    ObjectNode s = F.objectNode();
    s.put("name", src.name());
    s.put("type", src.type().name());
    s.put("title", src.title());
    s.put("affiliation", src.affiliation());
    return s;
  }

  private static Source source(JsonNode s) {
    return new Source(str(s, "name"), SourceType.valueOf(s.get("type").asText()), str(s, "title"), str(s, "affiliation"));
  }

  public static String write(Claim c) {
    try {
      return MAPPER.writeValueAsString(toJson(c));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize claim " + c.id(), e);
    }
  }

  public static Claim read(String json) {
    try {
      return fromJson(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored claim is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static Claim fromJson(JsonNode c) {
    Source source = source(c.get("source"));
    Origin origin = null;
    JsonNode or = c.get("origin");
    if (or != null && !or.isNull()) {
      List<Source> relayers = new ArrayList<>();
      for (JsonNode r : or.get("relayers")) relayers.add(source(r));
      origin = new Origin(source(or.get("source")), span(or.get("sourceSpan")), relayers);
    }
    List<Hedge> hedges = new ArrayList<>();
    for (JsonNode h : c.get("hedges")) hedges.add(new Hedge(h.get("text").asText(), span(h.get("span"))));
    List<Quantity> qs = new ArrayList<>();
    for (JsonNode q : c.get("quantities")) {
      qs.add(new Quantity(q.get("surface").asText(), span(q.get("span")), decimal(q.get("low")),
          decimal(q.get("high")), Qualifier.valueOf(q.get("qualifier").asText()), str(q, "unit"),
          str(q, "counted")));
    }
    JsonNode p = c.get("provenance");
    List<String> stages = new ArrayList<>();
    for (JsonNode x : p.get("stages")) stages.add(x.asText());
    return new Claim(c.get("id").asText(), ClaimKind.valueOf(c.get("kind").asText()), source,
        span(c.get("sourceSpan")), str(c, "cue"), span(c.get("cueSpan")), c.get("text").asText(),
        span(c.get("span")), c.hasNonNull("reportedOn") ? LocalDate.parse(c.get("reportedOn").asText()) : null,
        str(c, "about"), c.get("hedged").asBoolean(), hedges, qs, origin,
        new Provenance(p.get("article").asText(), p.get("sentence").asInt(), stages, str(p, "version")));
  }

  private static JsonNode span(Span s) {
    if (s == null) return F.nullNode();
    ArrayNode a = F.arrayNode();
    a.add(s.start());
    a.add(s.end());
    return a;
  }

  private static Span span(JsonNode n) {
    return n == null || n.isNull() ? null : new Span(n.get(0).asInt(), n.get(1).asInt());
  }

  /** Whole numbers print without a fraction ("3000", not "3000.0" or "3E+3"). */
  public static JsonNode number(BigDecimal d) {
    if (d == null) return F.nullNode();
    BigDecimal s = d.stripTrailingZeros();
    if (s.scale() <= 0) return F.numberNode(s.toBigIntegerExact());
    return F.numberNode(s);
  }

  private static BigDecimal decimal(JsonNode n) {
    return n == null || n.isNull() ? null : n.decimalValue();
  }

  private static String str(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }
}
