package org.claimtrack.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Country outlines for the map as GeoJSON, made once from the places build's Natural Earth
 * TopoJSON (world-atlas {@code countries-50m}): arcs decoded (quantized, delta-encoded) and
 * stitched into rings, points rounded to 0.01° with repeats dropped, rings crossing the
 * antimeridian unwrapped past ±180°, Antarctica left out. No tile server.
 */
final class Outlines {
  private Outlines() {}

  static final String RESOURCE = "/org/claimtrack/places/countries-50m.topo.json";

  private static final class Holder {
    static final byte[] GEOJSON = build();
  }

  static byte[] geojson() {
    return Holder.GEOJSON;
  }

  static byte[] build() {
    try (InputStream in = Outlines.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("the country outlines " + RESOURCE + " are not on the class path (places build)");
      JsonNode topo = Json.MAPPER.readTree(in);
      return Json.MAPPER.writeValueAsBytes(toGeoJson(topo, "countries"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the country outlines " + RESOURCE, e);
    }
  }

  static ObjectNode toGeoJson(JsonNode topo, String object) {
    JsonNode t = topo.get("transform");
    double sx = t == null ? 1 : t.get("scale").get(0).asDouble(), sy = t == null ? 1 : t.get("scale").get(1).asDouble();
    double tx = t == null ? 0 : t.get("translate").get(0).asDouble(), ty = t == null ? 0 : t.get("translate").get(1).asDouble();
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topo.get("arcs")) {
      double[][] pts = new double[arc.size()][2];
      long x = 0, y = 0;
      for (int i = 0; i < arc.size(); i++) {
        if (t != null) {
          x += arc.get(i).get(0).asLong();
          y += arc.get(i).get(1).asLong();
          pts[i][0] = x * sx + tx;
          pts[i][1] = y * sy + ty;
        } else {
          pts[i][0] = arc.get(i).get(0).asDouble();
          pts[i][1] = arc.get(i).get(1).asDouble();
        }
      }
      arcs.add(pts);
    }
    ObjectNode fc = Json.object();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    for (JsonNode g : topo.get("objects").get(object).get("geometries")) {
      String type = g.path("type").asText();
      if (!type.equals("Polygon") && !type.equals("MultiPolygon")) continue;
      // Antarctica's ring runs along the pole's edge, which a flat map draws as a band: left out
      if (g.path("id").asText("").equals("010")) continue;
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", g.path("id").asText(""));
      f.putObject("properties").put("name", g.path("properties").path("name").asText(""));
      ObjectNode geom = f.putObject("geometry");
      geom.put("type", type);
      ArrayNode coords = geom.putArray("coordinates");
      if (type.equals("Polygon")) {
        polygon(g.get("arcs"), arcs, coords);
      } else {
        for (JsonNode poly : g.get("arcs")) polygon(poly, arcs, coords.addArray());
      }
    }
    return fc;
  }

  private static void polygon(JsonNode rings, List<double[][]> arcs, ArrayNode out) {
    for (JsonNode ring : rings) {
      ArrayNode r = out.addArray();
      double lx = Double.NaN, ly = Double.NaN;
      double shift = 0;
      for (JsonNode a : ring) {
        int i = a.asInt();
        double[][] pts = arcs.get(i >= 0 ? i : ~i);
        for (int k = 0; k < pts.length; k++) {
          double[] p = pts[i >= 0 ? k : pts.length - 1 - k];
          // a ring that crosses the antimeridian (Chukotka, Fiji) goes on past ±180 instead of
          // jumping across the whole map
          double rawX = p[0] + shift;
          if (!Double.isNaN(lx) && rawX - lx > 180) shift -= 360;
          else if (!Double.isNaN(lx) && lx - rawX > 180) shift += 360;
          double x = Math.round((p[0] + shift) * 100) / 100.0, y = Math.round(p[1] * 100) / 100.0;
          if (x == lx && y == ly) continue;
          r.addArray().add(x).add(y);
          lx = x;
          ly = y;
        }
      }
      if (r.size() < 4) {
        out.remove(out.size() - 1); // a ring that rounds to nothing
      } else if (r.get(0).get(0).asDouble() != lx || r.get(0).get(1).asDouble() != ly) {
        r.addArray().add(r.get(0).get(0).asDouble()).add(r.get(0).get(1).asDouble());
      }
    }
  }
}
