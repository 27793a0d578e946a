package org.claimtrack.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.claimtrack.domain.Evidence;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.FigureKind;
import org.claimtrack.domain.Outcome;
import org.claimtrack.domain.Place;

/**
 * A quantity's {@code "figure"} object in the output contract (a new field of each quantity; null
 * when the extractor did not decide it):
 *
 * <pre>
 * {"thing": {"value": "soldiers", "span": [s, e], "rule": "figure.thing.military"},
 *  "whose": {"value": "North Korea", ...}, "outcome": {"value": "KILLED", ...},
 *  "place": {"name": "Kursk region", "country": "Russia", "level": "REGION", "span": [s, e], "rule": ...},
 *  "kind": {"value": "COUNT", "span": null, "rule": "figure.kind.default"},
 *  "reading": {"value": "JUST_BELOW", ...}, "label": "North Korean soldiers", "notTracked": null}
 * </pre>
 *
 * Every decided field is {@code {"value", "span", "rule"}}, or null when not decided.
 */
final class FigureJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private FigureJson() {}

  static JsonNode toJson(Figure f) {
    if (f == null) return F.nullNode();
    ObjectNode o = F.objectNode();
    o.set("thing", evidence(f.thing(), v -> v));
    o.set("whose", evidence(f.whose(), v -> v));
    o.set("outcome", evidence(f.outcome(), Outcome::name));
    if (f.place() == null) {
      o.putNull("place");
    } else {
      Place p = f.place();
      ObjectNode po = o.putObject("place");
      po.put("name", p.name());
      po.put("country", p.country());
      po.put("level", p.level().name());
      po.set("span", ClaimJson.span(p.span()));
      po.put("rule", p.rule());
      // the gazetteer entry matched to the words, only when there is one (older ledgers read the same)
      if (p.resolved() != null) {
        Place.Resolved r = p.resolved();
        ObjectNode ro = po.putObject("resolved");
        if (r.geonameid() == null) ro.putNull("geonameid");
        else ro.put("geonameid", r.geonameid());
        ro.put("country", r.country());
        ro.put("admin1", r.admin1());
        ro.put("kind", r.kind().name());
        ro.put("lat", r.lat());
        ro.put("lon", r.lon());
        var path = ro.putArray("path");
        r.path().forEach(path::add);
      }
    }
    o.set("kind", evidence(f.kind(), FigureKind::name));
    o.set("reading", evidence(f.reading(), Figure.Reading::name));
    o.put("label", f.label());
    o.set("notTracked", evidence(f.notTracked(), v -> v));
    return o;
  }

  static Figure fromJson(JsonNode n) {
    if (n == null || n.isNull()) return null;
    JsonNode p = n.get("place");
    Place place = p == null || p.isNull() ? null
        : new Place(p.get("name").asText(), ClaimJson.str(p, "country"), Place.Level.valueOf(p.get("level").asText()),
            ClaimJson.span(p.get("span")), p.get("rule").asText(), resolved(p.get("resolved")));
    return new Figure(evidence(n.get("thing"), v -> v), evidence(n.get("whose"), v -> v),
        evidence(n.get("outcome"), Outcome::valueOf), place, evidence(n.get("kind"), FigureKind::valueOf),
        evidence(n.get("reading"), Figure.Reading::valueOf), ClaimJson.str(n, "label"),
        evidence(n.get("notTracked"), v -> v));
  }

  private static Place.Resolved resolved(JsonNode r) {
    if (r == null || r.isNull()) return null;
    JsonNode g = r.get("geonameid");
    java.util.List<String> path = new java.util.ArrayList<>();
    if (r.has("path")) r.get("path").forEach(x -> path.add(x.asText()));
    return new Place.Resolved(g == null || g.isNull() ? null : g.asLong(), r.get("country").asText(),
        ClaimJson.str(r, "admin1"), org.claimtrack.domain.PlaceKind.valueOf(r.get("kind").asText()),
        r.get("lat").asDouble(), r.get("lon").asDouble(), path);
  }

  private static <T> JsonNode evidence(Evidence<T> e, Function<T, String> name) {
    if (e == null) return F.nullNode();
    ObjectNode o = F.objectNode();
    o.put("value", name.apply(e.value()));
    o.set("span", ClaimJson.span(e.span()));
    o.put("rule", e.rule());
    return o;
  }

  private static <T> Evidence<T> evidence(JsonNode n, Function<String, T> parse) {
    if (n == null || n.isNull()) return null;
    return new Evidence<>(parse.apply(n.get("value").asText()), ClaimJson.span(n.get("span")), n.get("rule").asText());
  }
}
