package org.claimtrack.places;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The point of a country: the area centroid of its largest landmass in a TopoJSON of country
 * outlines (world-atlas, Natural Earth). GeoNames and Wikipedia place a country near the middle of
 * its main landmass; the CIA Factbook's points, rounded to whole degrees, can sit hundreds of km
 * away (the United States at 38, -97: 234 km from GeoNames' point in Kansas, 341 km from
 * Wikipedia's).
 */
final class Landmass {
  private Landmass() {}

  /** ISO 3166-1 numeric code (the outlines' ids, "036") to {lat, lon} of the largest landmass's centroid. */
  static Map<String, double[]> centroids(JsonNode topo, String object) {
    JsonNode transform = topo.get("transform");
    double sx = 1, sy = 1, tx = 0, ty = 0;
    if (transform != null) {
      sx = transform.get("scale").get(0).asDouble();
      sy = transform.get("scale").get(1).asDouble();
      tx = transform.get("translate").get(0).asDouble();
      ty = transform.get("translate").get(1).asDouble();
    }
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode a : topo.get("arcs")) {
      double[][] pts = new double[a.size()][];
      long x = 0, y = 0;
      for (int i = 0; i < a.size(); i++) {
        if (transform != null) {
          x += a.get(i).get(0).asLong();
          y += a.get(i).get(1).asLong();
          pts[i] = new double[] {x * sx + tx, y * sy + ty};
        } else {
          pts[i] = new double[] {a.get(i).get(0).asDouble(), a.get(i).get(1).asDouble()};
        }
      }
      arcs.add(pts);
    }
    Map<String, double[]> best = new HashMap<>(); // id -> {area, lat, lon}
    for (JsonNode geo : topo.get("objects").get(object).get("geometries")) {
      JsonNode id = geo.get("id");
      if (id == null || id.isNull()) continue;
      String type = geo.path("type").asText();
      List<JsonNode> polygons = new ArrayList<>();
      if (type.equals("Polygon")) polygons.add(geo.get("arcs"));
      else if (type.equals("MultiPolygon")) geo.get("arcs").forEach(polygons::add);
      for (JsonNode polygon : polygons) {
        double[] c = centroid(ring(polygon.get(0), arcs));
        if (c == null) continue;
        double[] old = best.get(id.asText());
        if (old == null || c[0] > old[0]) best.put(id.asText(), c);
      }
    }
    Map<String, double[]> out = new HashMap<>();
    best.forEach((k, v) -> out.put(k, new double[] {v[1], v[2]}));
    return out;
  }

  /** A ring's points from its arcs (a negative index ~i is arc i reversed), longitudes unwrapped across 180°. */
  private static List<double[]> ring(JsonNode indexes, List<double[][]> arcs) {
    List<double[]> pts = new ArrayList<>();
    for (JsonNode ix : indexes) {
      int i = ix.asInt();
      double[][] a = arcs.get(i >= 0 ? i : ~i);
      for (int k = 0; k < a.length; k++) {
        double[] p = a[i >= 0 ? k : a.length - 1 - k];
        if (k == 0 && !pts.isEmpty()) continue; // arcs share their end points
        double x = p[0];
        if (!pts.isEmpty()) {
          double px = pts.get(pts.size() - 1)[0];
          while (x - px > 180) x -= 360;
          while (px - x > 180) x += 360;
        }
        pts.add(new double[] {x, p[1]});
      }
    }
    return pts;
  }

  /** {area, lat, lon} of a ring, on a plane with longitudes shrunk by the cosine of its mean latitude. */
  static double[] centroid(List<double[]> pts) {
    if (pts.size() < 3) return null;
    double lat0 = 0;
    for (double[] p : pts) lat0 += p[1];
    double k = Math.cos(Math.toRadians(lat0 / pts.size()));
    double a = 0, cx = 0, cy = 0;
    for (int i = 0; i < pts.size(); i++) {
      double[] p = pts.get(i), q = pts.get((i + 1) % pts.size());
      double x1 = p[0] * k, y1 = p[1], x2 = q[0] * k, y2 = q[1];
      double cross = x1 * y2 - x2 * y1;
      a += cross;
      cx += (x1 + x2) * cross;
      cy += (y1 + y2) * cross;
    }
    if (a == 0) return null;
    double lon = cx / (3 * a) / k;
    lon = ((lon + 180) % 360 + 360) % 360 - 180;
    return new double[] {Math.abs(a / 2), cy / (3 * a), lon};
  }
}
