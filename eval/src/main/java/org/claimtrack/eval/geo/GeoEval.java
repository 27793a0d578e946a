package org.claimtrack.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtrack.eval.EvalRow;

/**
 * Places on LGL and GeoVirus ({@code ../shared/eval/geo}), scored as its {@code score_geo.py}
 * scores them in its default mode: a predicted span finds a gold toponym when they overlap, one to
 * one (required gold first, then exact spans, then predictions with coordinates, then longer
 * overlaps); predictions overlapping only an optional span (demonyms, places inside
 * organisations) are ignored. Resolution on matched gold with coordinates: great-circle error, 0
 * for the same geonameid, 20,039 km without predicted coordinates; Acc@161 is the share within
 * 161 km.
 */
public final class GeoEval {
  private GeoEval() {}

  public static final double FLOOR_F1 = 0.80;
  public static final double FLOOR_ACC = 0.72;
  static final double MAX_KM = 20039.0;
  public static final List<String> SETS = List.of("lgl", "geovirus");

  /** One gold toponym, offsets already in UTF-16 chars. */
  record Gold(int start, int end, Double lat, Double lon, Long geonameid, boolean optional) {}

  record Article(String id, String text, LocalDate published, List<Gold> toponyms) {}

  /** Counts of one set. */
  public static final class Counts {
    public int tp, fp, fn, ignored, unresolved;
    public final List<Double> errors = new ArrayList<>();
    public int requiredWithCoords, endToEnd;

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double acc161() {
      return errors.isEmpty() ? 0 : errors.stream().filter(e -> e <= 161.0).count() / (double) errors.size();
    }

    public double medianKm() {
      List<Double> s = errors.stream().sorted().toList();
      if (s.isEmpty()) return Double.NaN;
      int n = s.size();
      return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
  }

  /** Rows for the eval table: per set, finding F1 and Acc@161 with their floors, and the end-to-end figure. */
  public static List<EvalRow> run(Path evalDir, GeoSystem system, int threads) {
    List<EvalRow> rows = new ArrayList<>();
    for (String set : SETS) {
      Counts c = score(read(evalDir.resolve("geo").resolve(set + ".jsonl")), system, threads);
      String suite = "geo-" + set;
      rows.add(new EvalRow(suite, "toponym finding F1", c.f1(),
          String.format("P %.3f R %.3f (tp %d, fp %d, fn %d; %d on optional spans ignored)", c.precision(), c.recall(),
              c.tp, c.fp, c.fn, c.ignored), FLOOR_F1, "spans overlap, one to one; score_geo.py default mode"));
      rows.add(new EvalRow(suite, "Acc@161 on found toponyms", c.acc161(),
          String.format("%d / %d within 161 km; median %.0f km; %d unresolved", c.errors.stream().filter(e -> e <= 161.0).count(),
              c.errors.size(), c.medianKm(), c.unresolved), FLOOR_ACC, "same geonameid counts 0 km"));
      rows.add(new EvalRow(suite, "Acc@161 end to end (printed, not a floor)",
          c.requiredWithCoords == 0 ? 0 : (double) c.endToEnd / c.requiredWithCoords,
          String.format("%d / %d required gold with coordinates", c.endToEnd, c.requiredWithCoords), Double.NaN,
          "missed toponyms count as wrong"));
    }
    return rows;
  }

  static List<Article> read(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode a = json.readTree(line);
        String text = a.get("text").asText();
        List<Gold> tops = new ArrayList<>();
        for (JsonNode t : a.path("toponyms")) {
          int s = text.offsetByCodePoints(0, t.get("start").asInt());
          int e = text.offsetByCodePoints(0, t.get("end").asInt());
          tops.add(new Gold(s, e, num(t.get("lat")), num(t.get("lon")), id(t.get("geonameid")), t.path("optional").asBoolean(false)));
        }
        JsonNode pub = a.get("published");
        LocalDate published = pub == null || pub.isNull() ? null : LocalDate.parse(pub.asText());
        out.add(new Article(a.get("id").asText(), text, published, tops));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  private static Double num(JsonNode n) {
    return n == null || n.isNull() || !n.isNumber() ? null : n.asDouble();
  }

  private static Long id(JsonNode n) {
    if (n == null || n.isNull()) return null;
    long v = n.asLong();
    return v == 0 ? null : v;
  }

  static Counts score(List<Article> articles, GeoSystem system, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<GeoSystem.Predicted>>> fs = new ArrayList<>();
      for (Article a : articles) fs.add(pool.submit(() -> system.places(a.id(), a.text(), a.published())));
      Counts c = new Counts();
      for (int i = 0; i < articles.size(); i++) scoreArticle(articles.get(i), fs.get(i).get(), c);
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("geo system failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** score_geo.py's score_article, line for line. */
  static void scoreArticle(Article a, List<GeoSystem.Predicted> preds, Counts c) {
    List<Gold> tops = a.toponyms();
    for (Gold t : tops) if (!t.optional() && t.lat() != null) c.requiredWithCoords++;
    List<GeoSystem.Predicted> valid = new ArrayList<>();
    for (GeoSystem.Predicted p : preds) {
      if (0 <= p.start() && p.start() < p.end() && p.end() <= a.text().length()) valid.add(p);
      else c.fp++;
    }
    List<int[]> pairs = new ArrayList<>(); // optional, inexact, lacks, -overlap, gi, pi
    for (int gi = 0; gi < tops.size(); gi++) {
      Gold gd = tops.get(gi);
      for (int pi = 0; pi < valid.size(); pi++) {
        GeoSystem.Predicted p = valid.get(pi);
        int ov = Math.min(gd.end(), p.end()) - Math.max(gd.start(), p.start());
        if (ov > 0) {
          boolean exact = gd.start() == p.start() && gd.end() == p.end();
          boolean lacks = gd.lat() != null && (p.lat() == null || p.lon() == null) && p.geonameid() == null;
          pairs.add(new int[] {gd.optional() ? 1 : 0, exact ? 0 : 1, lacks ? 1 : 0, -ov, gi, pi});
        }
      }
    }
    pairs.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]).thenComparingInt(x -> x[2])
        .thenComparingInt(x -> x[3]).thenComparingInt(x -> x[4]).thenComparingInt(x -> x[5]));
    Map<Integer, Integer> gmatch = new HashMap<>(), pmatch = new HashMap<>();
    for (int[] x : pairs) {
      if (gmatch.containsKey(x[4]) || pmatch.containsKey(x[5])) continue;
      gmatch.put(x[4], x[5]);
      pmatch.put(x[5], x[4]);
    }
    for (int gi = 0; gi < tops.size(); gi++) {
      Gold gd = tops.get(gi);
      Integer pi = gmatch.get(gi);
      if (pi == null) {
        if (!gd.optional()) c.fn++;
        continue;
      }
      if (gd.optional()) c.ignored++;
      else c.tp++;
      if (gd.lat() == null || gd.lon() == null) continue;
      GeoSystem.Predicted p = valid.get(pi);
      double err;
      if (gd.geonameid() != null && gd.geonameid().equals(p.geonameid())) err = 0;
      else if (p.lat() != null && p.lon() != null) err = haversine(gd.lat(), gd.lon(), p.lat(), p.lon());
      else {
        err = MAX_KM;
        c.unresolved++;
      }
      c.errors.add(err);
      if (!gd.optional() && err <= 161.0) c.endToEnd++;
    }
    for (int pi = 0; pi < valid.size(); pi++) {
      if (pmatch.containsKey(pi)) continue;
      GeoSystem.Predicted p = valid.get(pi);
      boolean onOptional = tops.stream().anyMatch(t -> t.optional() && Math.min(t.end(), p.end()) > Math.max(t.start(), p.start()));
      if (onOptional) c.ignored++;
      else c.fp++;
    }
  }

  static double haversine(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
    double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
    double x = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(x)));
  }
}
