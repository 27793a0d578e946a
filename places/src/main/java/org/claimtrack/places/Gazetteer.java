package org.claimtrack.places;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The offline gazetteer: GeoNames towns (cities500), first- and second-level divisions, countries
 * and continents, with a name index. Built by {@link GazetteerBuild} into one gzip'd binary file
 * on the classpath ({@value #RESOURCE}); read once per JVM. Immutable after loading.
 */
final class Gazetteer {
  static final String RESOURCE = "/org/claimtrack/places/gazetteer.bin";
  static final int MAGIC = 0x43544758; // "CTGX"
  static final int FORMAT = 1;

  // entries, column-wise
  final int size;
  final long[] geonameid; // 0 when the source has none
  final byte[] kind; // PlaceKind ordinal
  final String[] fcode;
  final String[] country; // ISO 3166-1 alpha-2
  final String[] admin1; // GeoNames admin1 code within the country, or ""
  final String[] admin2; // GeoNames admin2 code within admin1, or ""
  final float[] lat;
  final float[] lon;
  final long[] population;
  final String[] name;

  /** normalized name → entries with that name or alternate name. */
  final Map<String, int[]> names;
  /** normalized stem of a first-level division's name ("kursk" for "Kursk Oblast") → entries. */
  final Map<String, int[]> stems;
  /** exact surface of an AP state abbreviation ("Fla.") → entry. */
  final Map<String, Integer> apStates;
  /** normalized demonym ("north korean", "russians") → ISO country code. */
  final Map<String, String> demonyms;
  /** "US" → entry; "US.TX" → entry; "US.TX.201" → entry. */
  final Map<String, Integer> byCode;
  /** the sources and their licenses, as the build recorded them. */
  final String attribution;

  private Gazetteer(int size, long[] geonameid, byte[] kind, String[] fcode, String[] country, String[] admin1,
      String[] admin2, float[] lat, float[] lon, long[] population, String[] name, Map<String, int[]> names,
      Map<String, int[]> stems, Map<String, Integer> apStates, Map<String, String> demonyms, String attribution) {
    this.size = size;
    this.geonameid = geonameid;
    this.kind = kind;
    this.fcode = fcode;
    this.country = country;
    this.admin1 = admin1;
    this.admin2 = admin2;
    this.lat = lat;
    this.lon = lon;
    this.population = population;
    this.name = name;
    this.names = names;
    this.stems = stems;
    this.apStates = apStates;
    this.demonyms = demonyms;
    this.attribution = attribution;
    this.byCode = new HashMap<>();
    for (int i = 0; i < size; i++) {
      PlaceKind k = kindOf(i);
      if (k == PlaceKind.COUNTRY) byCode.put(country[i], i);
      else if (k == PlaceKind.ADMIN1) byCode.put(country[i] + "." + admin1[i], i);
      else if (k == PlaceKind.ADMIN2) byCode.put(country[i] + "." + admin1[i] + "." + admin2[i], i);
    }
  }

  PlaceKind kindOf(int i) {
    return PlaceKind.values()[kind[i]];
  }

  int[] lookup(String key) {
    return names.getOrDefault(key, EMPTY);
  }

  int[] lookupStem(String key) {
    return stems.getOrDefault(key, EMPTY);
  }

  /** The entry of the country, region or county that contains entry {@code i} at {@code level}, or -1. */
  int container(int i, PlaceKind level) {
    Integer e = switch (level) {
      case COUNTRY -> byCode.get(country[i]);
      case ADMIN1 -> admin1[i].isEmpty() ? null : byCode.get(country[i] + "." + admin1[i]);
      case ADMIN2 -> admin2[i].isEmpty() ? null : byCode.get(country[i] + "." + admin1[i] + "." + admin2[i]);
      default -> null;
    };
    return e == null || e == i ? -1 : e;
  }

  static final int[] EMPTY = new int[0];

  // ---------------------------------------------------------------- the file

  /** Reads the gazetteer from the classpath, or throws naming what is missing. */
  static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no gazetteer on the classpath at " + RESOURCE
            + ": build the places module (mvn -pl places -am package), which runs places/gazetteer/fetch.sh and GazetteerBuild");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
    }
  }

  static Gazetteer read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) throw new IOException("not a claimtrack gazetteer");
    int format = in.readInt();
    if (format != FORMAT) throw new IOException("gazetteer format " + format + ", expected " + FORMAT);
    String attribution = in.readUTF();
    int n = in.readInt();
    long[] id = new long[n];
    byte[] kind = new byte[n];
    String[] fcode = new String[n], cc = new String[n], a1 = new String[n], a2 = new String[n], name = new String[n];
    float[] lat = new float[n], lon = new float[n];
    long[] pop = new long[n];
    Map<String, String> intern = new HashMap<>();
    for (int i = 0; i < n; i++) {
      id[i] = in.readLong();
      kind[i] = in.readByte();
      fcode[i] = intern.computeIfAbsent(in.readUTF(), s -> s);
      cc[i] = intern.computeIfAbsent(in.readUTF(), s -> s);
      a1[i] = intern.computeIfAbsent(in.readUTF(), s -> s);
      a2[i] = in.readUTF();
      lat[i] = in.readFloat();
      lon[i] = in.readFloat();
      pop[i] = in.readLong();
      name[i] = in.readUTF();
    }
    Map<String, int[]> names = readIndex(in);
    Map<String, int[]> stems = readIndex(in);
    int na = in.readInt();
    Map<String, Integer> ap = new HashMap<>();
    for (int i = 0; i < na; i++) ap.put(in.readUTF(), in.readInt());
    int nd = in.readInt();
    Map<String, String> dem = new HashMap<>();
    for (int i = 0; i < nd; i++) dem.put(in.readUTF(), in.readUTF());
    return new Gazetteer(n, id, kind, fcode, cc, a1, a2, lat, lon, pop, name, names, stems, ap, dem, attribution);
  }

  private static Map<String, int[]> readIndex(DataInputStream in) throws IOException {
    int m = in.readInt();
    Map<String, int[]> out = new HashMap<>(m * 4 / 3 + 1);
    for (int i = 0; i < m; i++) {
      String k = in.readUTF();
      int c = in.readInt();
      int[] v = new int[c];
      for (int j = 0; j < c; j++) v[j] = in.readInt();
      out.put(k, v);
    }
    return out;
  }

  /** One entry as the build collects it. */
  record Entry(long geonameid, PlaceKind kind, String fcode, String country, String admin1, String admin2,
      double lat, double lon, long population, String name, List<String> names, List<String> stems) {}

  /** Writes entries, their name index, the AP abbreviations and the demonyms, sorted so the file is reproducible. */
  static void write(OutputStream raw, String attribution, List<Entry> entries, Map<String, Integer> apStates,
      Map<String, String> demonyms) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16) {
      { def.setLevel(9); }
    };
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeUTF(attribution);
    out.writeInt(entries.size());
    Map<String, List<Integer>> names = new java.util.TreeMap<>();
    Map<String, List<Integer>> stems = new java.util.TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      out.writeLong(e.geonameid());
      out.writeByte(e.kind().ordinal());
      out.writeUTF(e.fcode());
      out.writeUTF(e.country());
      out.writeUTF(e.admin1());
      out.writeUTF(e.admin2());
      out.writeFloat((float) e.lat());
      out.writeFloat((float) e.lon());
      out.writeLong(e.population());
      out.writeUTF(e.name());
      for (String k : e.names()) {
        List<Integer> l = names.computeIfAbsent(k, x -> new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
      }
      for (String k : e.stems()) {
        List<Integer> l = stems.computeIfAbsent(k, x -> new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
      }
    }
    writeIndex(out, names);
    writeIndex(out, stems);
    out.writeInt(apStates.size());
    for (var e : new java.util.TreeMap<>(apStates).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue());
    }
    out.writeInt(demonyms.size());
    for (var e : new java.util.TreeMap<>(demonyms).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.flush();
    gz.finish();
  }

  private static void writeIndex(DataOutputStream out, Map<String, List<Integer>> index) throws IOException {
    out.writeInt(index.size());
    for (var e : index.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().size());
      for (int v : e.getValue()) out.writeInt(v);
    }
  }
}
