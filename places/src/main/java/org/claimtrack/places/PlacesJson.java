package org.claimtrack.places;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code places --format jsonl} object of one article; names stable: {@code {"id", "places":
 * [{"span": [s, e], "name", "geonameid", "lat", "lon", "country", "admin1", "kind", "why",
 * "path"}], "origins": [{"span", "text", "country"}]}}. Spans are UTF-16 char offsets.
 */
public final class PlacesJson {
  private PlacesJson() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static String line(String id, ArticlePlaces ap) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", id);
    ArrayNode places = o.putArray("places");
    for (Place p : ap.places()) {
      ObjectNode x = places.addObject();
      x.putArray("span").add(p.span().start()).add(p.span().end());
      x.put("name", p.name());
      x.put("geonameid", p.geonameid());
      x.put("lat", p.lat());
      x.put("lon", p.lon());
      x.put("country", p.country());
      x.put("admin1", p.admin1());
      x.put("kind", p.kind().name());
      x.put("why", p.why());
      ArrayNode path = x.putArray("path");
      p.path().forEach(path::add);
    }
    ArrayNode origins = o.putArray("origins");
    for (Origin d : ap.origins()) {
      ObjectNode x = origins.addObject();
      x.putArray("span").add(d.span().start()).add(d.span().end());
      x.put("text", d.text());
      x.put("country", d.country());
    }
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write places JSON", e);
    }
  }

  /** A readable block: one line per place. */
  public static String text(String id, String text, ArticlePlaces ap) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(id).append(" (").append(ap.places().size()).append(" places)\n");
    for (Place p : ap.places()) {
      b.append(String.format("  [%d,%d) %-24s %-7s %s%s  %s%n", p.span().start(), p.span().end(), p.name(), p.kind(),
          p.isResolved() ? String.format("%.4f,%.4f ", p.lat(), p.lon()) : "",
          String.join(" < ", p.path()), p.why()));
    }
    for (Origin d : ap.origins()) {
      b.append(String.format("  [%d,%d) %-24s origin  %s%n", d.span().start(), d.span().end(), d.text(), d.countryName()));
    }
    return b.toString();
  }
}
