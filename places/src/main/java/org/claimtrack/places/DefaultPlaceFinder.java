package org.claimtrack.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrack.domain.PlaceKind;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Finds toponyms (NER LOCATION runs, plus gazetteer names NER missed) and resolves each by the
 * cheapest signal that settles it: a state or country written after it ("Columbus, Ohio",
 * "Gainesville, Fla.", "Russia's Kursk region"), the countries and regions the rest of the
 * article is about, then population and kind. Repeated names in one article get one reading.
 */
final class DefaultPlaceFinder implements PlaceFinder {

  static final String NAME = "places.v3";

  /** Words after a name that make it a region: "Kursk region", "Donetsk oblast". */
  static final Set<String> REGION_WORDS = Set.of("region", "oblast", "province", "state", "governorate",
      "prefecture", "krai", "republic", "territory", "district");
  /** Words after an unknown name that make it a facility, placed at its containing place. */
  static final Set<String> FACILITY_WORDS = Set.of("training", "airfield", "airbase", "base", "airport", "plant",
      "camp", "range", "polygon", "depot", "port", "bridge", "dam", "checkpoint", "station", "mine", "refinery",
      "factory", "hospital", "prison", "crossing");
  /** Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina", "Rio de Janeiro"). */
  static final Set<String> CONNECTORS = Set.of("of", "de", "la", "del", "da", "do", "du", "le", "les", "el", "al",
      "upon", "on", "am", "an", "der", "den", "di", "y", "and", "the", "sur", "en");
  /** Words before a name that say it is a place ("in Paris", "near Sudzha"). */
  static final Set<String> LOCATIVES = Set.of("in", "near", "at", "outside", "from", "to", "across", "into",
      "around", "toward", "towards", "via", "through", "throughout", "between", "of", "inside", "within", "west",
      "east", "north", "south");
  /** Capitalized words that name no place in news even though some hamlet carries them. */
  static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "god", "christmas", "easter", "internet", "mr", "mrs", "ms", "dr", "east", "west",
      "north", "south", "central", "far", "northern", "southern", "eastern", "western", "upper", "lower", "new", "old",
      "great", "little", "city", "county", "state", "river", "lake", "mount", "valley", "downtown", "capitol",
      "national", "union", "university", "college", "school", "church", "hospital", "park", "street", "road");

  /**
   * What the article's focus is worth against an entry's prior (log10 of its population plus its
   * kind): a candidate gains these times the share of the article's other mentions read in its
   * country, and in its first-level division. Chosen on LGL and GeoVirus: with the country weight
   * 3 to 8 and the region weight 4 to 6, Acc@161 stays within 0.757–0.769 (LGL) and 0.742–0.745
   * (GeoVirus); a region weight of 2 costs LGL 2 points.
   */
  static final double COUNTRY_FOCUS = 5;
  static final double REGION_FOCUS = 5;

  private final Gazetteer g;

  DefaultPlaceFinder(Gazetteer g) {
    this.g = g;
  }

  Gazetteer gazetteer() {
    return g;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** One mention being resolved. */
  static final class Mention {
    final int sentence;
    final int from; // token indices [from, to) in the sentence
    final int to;
    final Span span;
    final String surface;
    final String key;
    final boolean ner;
    int[] cands = Gazetteer.EMPTY;
    boolean stem; // candidates came from region stems
    boolean regionWord; // "X region": prefer divisions
    boolean facility; // "X training ground": an unknown facility
    int forced = -1; // AP abbreviation: the state
    final double[] bonus; // per candidate, from what is written around it
    String qualifiedBy; // the written container that decided it
    int chosen = -1;
    String why;

    Mention(int sentence, int from, int to, Span span, String surface, String key, boolean ner, int[] cands) {
      this.sentence = sentence;
      this.from = from;
      this.to = to;
      this.span = span;
      this.surface = surface;
      this.key = key;
      this.ner = ner;
      this.cands = cands;
      this.bonus = new double[cands.length];
    }
  }

  @Override
  public ArticlePlaces find(NlpDocument doc) {
    String text = doc.text();
    List<Mention> mentions = new ArrayList<>();
    List<Origin> origins = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      findInSentence(text, s, mentions, origins);
    }
    // names NER tagged as places somewhere in the article count as places everywhere in it
    Set<String> nerKeys = new java.util.HashSet<>();
    for (Mention m : mentions) if (m.ner && m.cands.length > 0) nerKeys.add(m.key);
    mentions.removeIf(m -> !m.ner && m.forced < 0 && !accepted(m, doc, nerKeys));
    mentions.removeIf(m -> m.cands.length == 0 && isAcronym(m.surface)); // "NIS": an agency, not a place
    resolve(doc, mentions);
    List<Place> places = new ArrayList<>();
    for (Mention m : mentions) places.add(toPlace(m, mentions));
    return new ArticlePlaces(places, origins);
  }

  // ------------------------------------------------------------------ finding

  private void findInSentence(String text, Sentence s, List<Mention> out, List<Origin> origins) {
    List<Token> t = s.tokens();
    int n = t.size();
    int i = 0;
    while (i < n) {
      Token tok = t.get(i);
      // a state abbreviation after a town: "Gainesville, Fla."
      int apEnd = apAt(text, t, i);
      if (apEnd > i) {
        Span sp = new Span(tok.start(), t.get(apEnd - 1).end());
        Integer ap = g.apStates.get(sp.of(text));
        Mention m = new Mention(s.index(), i, apEnd, sp, sp.of(text), Names.key(sp.of(text)), true, new int[] {ap});
        m.forced = ap;
        out.add(m);
        i = apEnd;
        continue;
      }
      // demonyms: an origin, not a place ("North Korean troops")
      int d = demonymAt(text, t, i);
      if (d > i) {
        Span sp = new Span(t.get(i).start(), t.get(d - 1).end());
        String cc = g.demonyms.get(Names.key(sp.of(text)));
        Integer ce = g.byCode.get(cc);
        origins.add(new Origin(sp, sp.of(text), cc, ce == null ? cc : g.name[ce]));
        i = d;
        continue;
      }
      if (tok.ner().equals("LOCATION")) {
        int e = i;
        while (e < n && t.get(e).ner().equals("LOCATION")) e++;
        i = nerRun(text, s, i, e, out);
        continue;
      }
      if (startsName(tok) && !tok.ner().equals("PERSON")) {
        Mention m = longestMatch(text, s, i);
        if (m != null) {
          if (m.to < n && FACILITY_WORDS.contains(lower(t.get(m.to)))) m.facility = true;
          out.add(m);
          i = m.to;
          continue;
        }
      }
      i++;
    }
  }

  /**
   * End of an AP state abbreviation at token i ("W.Va.", "W. Va.", "Fla." — possibly split by the
   * tokenizer into "W.Va" and "."), or i. Alone it must follow a comma or be tagged a location.
   */
  private int apAt(String text, List<Token> t, int i) {
    for (int len = Math.min(3, t.size() - i); len >= 1; len--) {
      String surface = text.substring(t.get(i).start(), t.get(i + len - 1).end());
      if (!g.apStates.containsKey(surface)) continue;
      boolean afterComma = i > 0 && t.get(i - 1).text().equals(",");
      boolean tagged = t.get(i).ner().equals("LOCATION");
      if (afterComma || tagged || surface.length() > 3 && surface.indexOf('.') < surface.length() - 1) return i + len;
    }
    return i;
  }

  /** End of a demonym starting at token i ("North Korean", "Russian"), or i. */
  private int demonymAt(String text, List<Token> t, int i) {
    for (int len = Math.min(3, t.size() - i); len >= 1; len--) {
      Token last = t.get(i + len - 1);
      if (!Character.isUpperCase(t.get(i).text().charAt(0))) return i;
      if (!(last.pos().startsWith("JJ") || last.pos().startsWith("NNP") || last.pos().startsWith("NNS"))) continue;
      String k = Names.key(text.substring(t.get(i).start(), last.end()));
      if (g.demonyms.containsKey(k) && !g.names.containsKey(k)) return i + len;
    }
    return i;
  }

  /** A run of LOCATION tokens [from, to): the whole run if the gazetteer knows it, else its parts. */
  private int nerRun(String text, Sentence s, int from, int to, List<Mention> out) {
    List<Token> t = s.tokens();
    int start = from;
    if (t.get(start).text().equalsIgnoreCase("the") && to - start > 1) start++;
    String surface = text.substring(t.get(start).start(), t.get(to - 1).end());
    String key = Names.key(surface);
    int[] c = g.lookup(key);
    if (c.length > 0 && isAcronym(surface)) c = bigOnly(c);
    Mention m;
    if (c.length > 0) {
      m = mention(s, start, to, text, c, true);
    } else {
      // known names inside the run ("Sudzha district", "Kursk region")
      List<Mention> parts = new ArrayList<>();
      int i = start;
      while (i < to) {
        Mention p = longestMatch(text, s, i, to);
        if (p != null) {
          parts.add(p);
          i = p.to;
        } else {
          i++;
        }
      }
      if (parts.size() == 1 && (parts.get(0).to == to || REGION_WORDS.contains(lower(t.get(to - 1))))) {
        Mention p = parts.get(0);
        m = new Mention(s.index(), start, to, new Span(t.get(start).start(), t.get(to - 1).end()), surface, p.key, true, p.cands);
        m.stem = p.stem;
        m.regionWord = REGION_WORDS.contains(lower(t.get(to - 1)));
        if (m.regionWord && !p.stem) m = regionReading(m, s, text, start, to - 1);
      } else if (!parts.isEmpty()) {
        for (Mention p : parts) out.add(asNer(p));
        return afterRegionWord(s, to);
      } else {
        m = mention(s, start, to, text, Gazetteer.EMPTY, true);
        m.facility = to < t.size() && FACILITY_WORDS.contains(lower(t.get(to)));
      }
    }
    return extendRegion(text, s, m, out);
  }

  private int afterRegionWord(Sentence s, int to) {
    return to;
  }

  /** "Kursk" followed by "region": the mention takes the word and prefers divisions. */
  private int extendRegion(String text, Sentence s, Mention m, List<Mention> out) {
    List<Token> t = s.tokens();
    if (m.to < t.size() && REGION_WORDS.contains(lower(t.get(m.to))) && hasDivision(m.key)) {
      Mention r = regionReading(m, s, text, m.from, m.to);
      out.add(r);
      return r.to;
    }
    if (!m.facility && m.to < t.size() && FACILITY_WORDS.contains(lower(t.get(m.to)))) m.facility = true;
    out.add(m);
    return m.to;
  }

  /** The mention of tokens [from, nameEnd) plus the region word after it, read as a division. */
  private Mention regionReading(Mention m, Sentence s, String text, int from, int nameEnd) {
    List<Token> t = s.tokens();
    int end = Math.min(t.size(), nameEnd + 1);
    String nameKey = Names.key(text.substring(t.get(from).start(), t.get(nameEnd - 1).end()));
    List<Integer> c = new ArrayList<>();
    for (int e : g.lookup(nameKey)) if (isDivision(e)) c.add(e);
    for (int e : g.lookupStem(nameKey)) if (!c.contains(e)) c.add(e);
    if (c.isEmpty()) for (int e : g.lookup(nameKey)) c.add(e);
    Span sp = new Span(t.get(from).start(), t.get(end - 1).end());
    Mention r = new Mention(s.index(), from, end, sp, sp.of(text), nameKey, m.ner, c.stream().mapToInt(Integer::intValue).toArray());
    r.regionWord = true;
    return r;
  }

  private boolean hasDivision(String key) {
    for (int e : g.lookup(key)) if (isDivision(e)) return true;
    return g.lookupStem(key).length > 0;
  }

  private boolean isDivision(int e) {
    PlaceKind k = g.kindOf(e);
    return k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2;
  }

  private Mention asNer(Mention p) {
    Mention m = new Mention(p.sentence, p.from, p.to, p.span, p.surface, p.key, true, p.cands);
    m.stem = p.stem;
    return m;
  }

  private Mention mention(Sentence s, int from, int to, String text, int[] cands, boolean ner) {
    List<Token> t = s.tokens();
    Span sp = new Span(t.get(from).start(), t.get(to - 1).end());
    String surface = sp.of(text);
    return new Mention(s.index(), from, to, sp, surface, Names.key(surface), ner, cands);
  }

  private Mention longestMatch(String text, Sentence s, int from) {
    return longestMatch(text, s, from, s.size());
  }

  /** The longest gazetteer name starting at token {@code from} and ending before {@code limit}. */
  private Mention longestMatch(String text, Sentence s, int from, int limit) {
    List<Token> t = s.tokens();
    if (!startsName(t.get(from))) return null;
    int max = Math.min(limit, from + 6);
    int end = from;
    while (end < max) {
      Token x = t.get(end);
      if (x.ner().equals("PERSON")) break;
      if (end > from && !(startsName(x) || CONNECTORS.contains(x.text()) || x.text().equals("-"))) break;
      end++;
    }
    for (int to = end; to > from; to--) {
      Token last = t.get(to - 1);
      if (!startsName(last)) continue;
      String key = Names.key(text.substring(t.get(from).start(), last.end()));
      if (key.isEmpty() || NOT_PLACES.contains(key)) continue;
      int[] c = g.lookup(key);
      boolean stem = false;
      if (c.length == 0) {
        c = g.lookupStem(key);
        stem = c.length > 0;
      }
      if (c.length > 0 && isAcronym(text.substring(t.get(from).start(), last.end()))) c = bigOnly(c);
      if (c.length > 0) {
        Mention m = mention(s, from, to, text, c, false);
        m.stem = stem;
        if (to < t.size() && REGION_WORDS.contains(lower(t.get(to))) && to < limit && hasDivision(key)) {
          Mention r = regionReading(m, s, text, from, to);
          return r;
        }
        return m;
      }
    }
    return null;
  }

  /** A name NER did not tag is kept when it can only be a place here. */
  private boolean accepted(Mention m, NlpDocument doc, Set<String> nerKeys) {
    Sentence s = doc.sentences().stream().filter(x -> x.index() == m.sentence).findFirst().orElseThrow();
    List<Token> t = s.tokens();
    for (int i = m.from; i < m.to; i++) {
      Token x = t.get(i);
      if (startsName(x) && !x.pos().startsWith("NNP") && !x.ner().equals("LOCATION")) return false;
    }
    if (m.regionWord) return true;
    if (nerKeys.contains(m.key)) return true;
    boolean org = false;
    for (int i = m.from; i < m.to; i++) org |= t.get(i).ner().equals("ORGANIZATION");
    boolean big = false;
    for (int c : m.cands) {
      PlaceKind k = g.kindOf(c);
      if (k == PlaceKind.COUNTRY || k == PlaceKind.OTHER || k == PlaceKind.ADMIN1 && !m.stem) big = true;
    }
    if (big) return true;
    if (org) return false;
    // a town: only where the words around it say place
    boolean qualified = m.to + 1 < t.size() && t.get(m.to).text().equals(",") && startsName(t.get(m.to + 1));
    boolean locative = m.from > 0 && LOCATIVES.contains(lower(t.get(m.from - 1)));
    return qualified || locative && !m.stem;
  }

  /** "NIS", "LA": all capitals; such a name is a country or nothing (towns' alternate names are not read so). */
  static boolean isAcronym(String s) {
    if (s.length() > 4) return false; // "CHARLESTON": a dateline, not an acronym
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      }
    }
    return letters >= 2;
  }

  private int[] bigOnly(int[] c) {
    return java.util.Arrays.stream(c).filter(e -> g.kindOf(e) == PlaceKind.COUNTRY || g.kindOf(e) == PlaceKind.OTHER).toArray();
  }

  private static boolean startsName(Token x) {
    String s = x.text();
    return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.codePointAt(0)));
  }

  private static String lower(Token x) {
    return x.text().toLowerCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ resolving

  private void resolve(NlpDocument doc, List<Mention> ms) {
    Map<Integer, List<Token>> tokens = new HashMap<>();
    for (Sentence s : doc.sentences()) tokens.put(s.index(), s.tokens());
    // what is written around each mention: "Columbus, Ohio"; "Russia's Kursk region"
    for (int a = 0; a + 1 < ms.size(); a++) {
      Mention m = ms.get(a), next = ms.get(a + 1);
      if (m.sentence != next.sentence || m.cands.length == 0 || next.cands.length == 0) continue;
      List<Token> t = tokens.get(m.sentence);
      String between = m.to < next.from ? t.get(m.to).text().replace('\u2019', '\'') : "";
      int gap = next.from - m.to;
      if (gap == 1 && (between.equals(",") || between.equals("("))) {
        qualify(m, next);
      } else if (gap == 1 && (between.equals("'s") || between.equals("'"))) {
        qualify(next, m);
      }
      if (gap == 1 && (between.equals(",") || between.equals("and"))) {
        listedWith(m, next);
        listedWith(next, m);
      }
    }
    // pass 1: what each name would be on its own and with what is written around it
    // the article's focus: countries and regions of what was read, counted per mention
    Map<String, Double> countryFocus = new HashMap<>(), regionFocus = new HashMap<>();
    double total = 0;
    for (int pass = 0; pass < 2; pass++) {
      Map<String, List<Mention>> byKey = new LinkedHashMap<>();
      for (Mention m : ms) {
        if (m.forced >= 0) {
          m.chosen = m.forced;
          m.why = "AP abbreviation of " + g.name[m.forced];
          continue;
        }
        if (m.cands.length == 0) continue;
        byKey.computeIfAbsent(m.key + "#" + m.regionWord + "#" + m.stem + "#" + m.cands.length, k -> new ArrayList<>()).add(m);
      }
      for (List<Mention> same : byKey.values()) {
        Mention first = same.get(0);
        // a name is not its own evidence: the focus it sees leaves out what its own mentions were read as
        Map<String, Double> cf = new HashMap<>(), rf = new HashMap<>();
        if (pass > 0) others(same, total, countryFocus, regionFocus, cf, rf);
        // candidates of all mentions of one name: the union (they are equal unless a region word narrowed them)
        int bestC = -1;
        double best = Double.NEGATIVE_INFINITY, bestPrior = Double.NEGATIVE_INFINITY;
        int byPrior = -1;
        for (int ci = 0; ci < first.cands.length; ci++) {
          int c = first.cands[ci];
          double prior = prior(c, first);
          double written = 0;
          for (Mention m : same) written = Math.max(written, m.bonus[ci]);
          double focus = pass == 0 ? 0 : focus(c, cf, rf);
          double score = prior + written + focus;
          if (score > best) {
            best = score;
            bestC = c;
          }
          if (prior > bestPrior) {
            bestPrior = prior;
            byPrior = c;
          }
        }
        String why = whyOf(first, same, bestC, byPrior, cf, rf);
        for (Mention m : same) {
          m.chosen = bestC;
          m.why = why;
        }
      }
      countryFocus.clear();
      regionFocus.clear();
      total = 0;
      for (Mention m : ms) {
        if (m.chosen < 0) continue;
        count(m.chosen, 1, countryFocus, regionFocus);
        total++;
      }
    }
  }

  private void count(int c, double w, Map<String, Double> countryFocus, Map<String, Double> regionFocus) {
    if (!g.country[c].isEmpty()) countryFocus.merge(g.country[c], w, Double::sum);
    if (!g.admin1[c].isEmpty()) regionFocus.merge(g.country[c] + "." + g.admin1[c], w, Double::sum);
  }

  /** The shares of the article's countries and regions among the mentions other than {@code same}. */
  private void others(List<Mention> same, double total, Map<String, Double> countryFocus,
      Map<String, Double> regionFocus, Map<String, Double> cf, Map<String, Double> rf) {
    cf.putAll(countryFocus);
    rf.putAll(regionFocus);
    double rest = total;
    for (Mention m : same) {
      if (m.chosen < 0) continue;
      count(m.chosen, -1, cf, rf);
      rest--;
    }
    if (rest <= 0) {
      cf.clear();
      rf.clear();
      return;
    }
    double n = rest;
    cf.replaceAll((k, v) -> v / n);
    rf.replaceAll((k, v) -> v / n);
  }

  /** In a list of towns ("Vladivostok, Khabarovsk and Ussuriysk") a name that can be a town is one. */
  private void listedWith(Mention m, Mention other) {
    for (int c : other.cands) if (g.kindOf(c) != PlaceKind.CITY) return;
    for (int i = 0; i < m.cands.length; i++) if (g.kindOf(m.cands[i]) == PlaceKind.CITY) m.bonus[i] = Math.max(m.bonus[i], 2.5);
  }

  /** {@code inner} is written with {@code outer} after it: candidates of inner inside a candidate of outer gain. */
  private void qualify(Mention inner, Mention outer) {
    for (int i = 0; i < inner.cands.length; i++) {
      int c = inner.cands[i];
      for (int j = 0; j < outer.cands.length; j++) {
        int o = outer.cands[j];
        if (contains(o, c)) {
          inner.bonus[i] = Math.max(inner.bonus[i], 6);
          outer.bonus[j] = Math.max(outer.bonus[j], 3);
          inner.qualifiedBy = outer.surface;
        }
      }
    }
  }

  /** True when entry {@code outer} is a country or division that holds entry {@code inner}. */
  boolean contains(int outer, int inner) {
    if (outer == inner) return false;
    PlaceKind k = g.kindOf(outer);
    if (!g.country[outer].equals(g.country[inner])) return false;
    return switch (k) {
      case COUNTRY -> g.kindOf(inner) != PlaceKind.COUNTRY;
      case ADMIN1 -> g.admin1[outer].equals(g.admin1[inner]) && g.kindOf(inner) != PlaceKind.ADMIN1;
      case ADMIN2 -> g.admin1[outer].equals(g.admin1[inner]) && g.admin2[outer].equals(g.admin2[inner])
          && g.kindOf(inner) == PlaceKind.CITY;
      default -> false;
    };
  }

  /** What an entry is worth before the article says anything: its kind and its population. */
  double prior(int c, Mention m) {
    double p = Math.log10(g.population[c] + 10.0);
    PlaceKind k = g.kindOf(c);
    p += switch (k) {
      case COUNTRY -> 2.0;
      case ADMIN1 -> 1.0;
      case ADMIN2 -> 0.3;
      case OTHER -> 9.0 - p;
      case CITY -> g.fcode[c].equals("PPLC") ? 2.0 : g.fcode[c].startsWith("PPLA") ? 0.3 : g.fcode[c].equals("PPLX") ? -1.0 : 0;
    };
    if (m.regionWord) p += (k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2) ? 4 : -4;
    else if (m.stem) p -= 1.5;
    return p;
  }

  private double focus(int c, Map<String, Double> countryFocus, Map<String, Double> regionFocus) {
    double f = 0;
    if (!g.country[c].isEmpty()) f += COUNTRY_FOCUS * countryFocus.getOrDefault(g.country[c], 0.0);
    if (!g.admin1[c].isEmpty() && g.kindOf(c) != PlaceKind.ADMIN1) {
      f += REGION_FOCUS * regionFocus.getOrDefault(g.country[c] + "." + g.admin1[c], 0.0);
    }
    return f;
  }

  private String whyOf(Mention first, List<Mention> same, int chosen, int byPrior, Map<String, Double> countryFocus,
      Map<String, Double> regionFocus) {
    String name = "'" + first.surface + "'";
    if (first.cands.length == 1) {
      return (first.stem ? "only region named " : "only entry named ") + name;
    }
    for (Mention m : same) {
      if (m.qualifiedBy != null) {
        for (int i = 0; i < m.cands.length; i++) {
          if (m.cands[i] == chosen && m.bonus[i] > 0) return "written with '" + m.qualifiedBy + "'";
        }
      }
    }
    if (chosen != byPrior) {
      String region = g.country[chosen] + "." + g.admin1[chosen];
      if (regionFocus.getOrDefault(region, 0.0) > 0 && g.kindOf(chosen) != PlaceKind.ADMIN1) {
        Integer r = g.byCode.get(region);
        return "in " + (r == null ? region : g.name[r]) + ", where the article's other places are";
      }
      Integer co = g.byCode.get(g.country[chosen]);
      return "in " + (co == null ? g.country[chosen] : g.name[co]) + ", the article's focus";
    }
    if (first.regionWord) return "region named " + name;
    return switch (g.kindOf(chosen)) {
      case COUNTRY -> "country named " + name;
      case OTHER -> "continent named " + name;
      default -> "most populous of " + first.cands.length + " entries named " + name;
    };
  }

  // ------------------------------------------------------------------ output

  private Place toPlace(Mention m, List<Mention> all) {
    if (m.facility && m.chosen >= 0) {
      // a known name before "training ground": the town it is named after, if that town is where the text is
      Mention host = containingPlace(m, all);
      if (host != null && host.chosen >= 0 && !near(host.chosen, m.chosen)) m.chosen = -1;
    }
    if (m.chosen < 0) {
      if (m.facility) {
        Mention host = containingPlace(m, all);
        if (host != null) {
          int c = host.chosen;
          List<String> path = new ArrayList<>();
          path.add(m.surface);
          path.addAll(path(c));
          return new Place(m.span, m.surface, null, (double) g.lat[c], (double) g.lon[c], nullIfEmpty(g.country[c]),
              admin1Name(c), PlaceKind.OTHER, "facility not in the gazetteer: placed at its containing place "
              + g.name[c] + " (" + host.surface + ")", path);
        }
      }
      return new Place(m.span, m.surface, null, null, null, null, null, PlaceKind.OTHER,
          m.facility ? "facility not in the gazetteer, and no containing place in the text" : "not in the gazetteer",
          List.of(m.surface));
    }
    int c = m.chosen;
    long id = g.geonameid[c];
    return new Place(m.span, m.surface, id == 0 ? null : id, (double) g.lat[c], (double) g.lon[c],
        nullIfEmpty(g.country[c]), admin1Name(c), g.kindOf(c), m.why, path(c));
  }

  /** True when entry {@code b} lies in, or within 100 km of, entry {@code a}. */
  private boolean near(int a, int b) {
    return contains(a, b) || Geo.km(g.lat[a], g.lon[a], g.lat[b], g.lon[b]) <= 100;
  }

  /**
   * The place a facility is in: the latest division named before it (in its sentence, else
   * earlier), else the latest town, else a country the article names.
   */
  private Mention containingPlace(Mention m, List<Mention> all) {
    Mention division = null, town = null;
    for (Mention o : all) {
      if (o == m || o.chosen < 0 || o.facility || o.sentence > m.sentence || o.sentence == m.sentence && o.from > m.from) continue;
      PlaceKind k = g.kindOf(o.chosen);
      if (k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2 || g.fcode[o.chosen].equals("RGN")) division = o;
      else if (k == PlaceKind.CITY) town = o;
    }
    if (division != null) return division;
    if (town != null) return town;
    for (Mention o : all) if (o != m && o.chosen >= 0 && g.kindOf(o.chosen) == PlaceKind.COUNTRY) return o;
    return null;
  }

  /** Names from the entry up: town, county, region, country. */
  List<String> path(int c) {
    List<String> p = new ArrayList<>();
    p.add(g.name[c]);
    for (PlaceKind level : List.of(PlaceKind.ADMIN2, PlaceKind.ADMIN1, PlaceKind.COUNTRY)) {
      int up = g.container(c, level);
      if (up >= 0 && up != c && g.kindOf(c).ordinal() > level.ordinal()) p.add(g.name[up]);
    }
    return p;
  }

  private String admin1Name(int c) {
    if (g.kindOf(c) == PlaceKind.ADMIN1) return g.name[c];
    int a = g.container(c, PlaceKind.ADMIN1);
    return a < 0 ? null : g.name[a];
  }

  private static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
