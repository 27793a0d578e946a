package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.domain.Quantity;

/**
 * What one quantity of a claim is a figure of: the thing counted (with the nationality of those
 * counted and what happened to them), the place, and whether it is a count, a plan or a
 * projection. Each decision keeps the words it rests on, so a tracker can say why a figure is in
 * it.
 *
 * @param concept what is counted, for display ("North Korean soldiers"), or null when the
 *     quantity counts nothing the ledger can track
 * @param place where ("Russia", "Kursk region"), or null
 * @param placeCountry the country of a region place ("Russia" for "Kursk region"), or null
 * @param kind count, plan or projection
 * @param why the evidence, one phrase per decision
 */
record Figure(String concept, String place, String placeCountry, TrackerKind kind, List<String> why) {

  /** Nouns for people under arms: one quantity whichever the article uses. */
  private static final Set<String> MILITARY =
      Set.of(
          "troops", "troop", "soldiers", "soldier", "forces", "servicemen", "serviceman",
          "personnel", "service members", "servicemembers", "fighters", "recruits", "conscripts",
          "military personnel", "special forces", "special forces troops", "special forces soldiers",
          "combat troops", "ground troops", "military", "army");

  /** Nouns that say "the number" rather than what is counted. */
  private static final Set<String> GENERIC =
      Set.of("figure", "figures", "number", "numbers", "total", "estimate", "estimates", "amount",
          "count", "tally", "times", "level", "levels");

  /** What happened to those counted: killed, wounded and "killed or wounded" are three things. */
  private static final Pattern OUTCOME =
      Pattern.compile(
          "^\\s*(?:\\w+\\s+){0,3}?(?:(?:were|was|have been|has been|had been|are|is|being|been)\\s+)?"
              + "((?:killed|wounded|injured|dead|missing|captured|displaced|detained|arrested|evacuated|"
              + "executed|taken prisoner)(?:\\s+(?:or|and)\\s+(?:killed|wounded|injured|dead|missing|captured))?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern OUTCOME_BEFORE =
      Pattern.compile(
          "\\b(killed|wounded|injured|captured|detained|arrested|displaced|evacuated)\\s+(?:at least\\s+|about\\s+|some\\s+|more than\\s+|over\\s+|nearly\\s+|around\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** "North Korea has sent", "North Korea has decided to send": the sender is who is counted. */
  private static final Pattern SENDER =
      Pattern.compile(
          "\\b((?:[A-Z][\\p{L}.]*\\s+){0,2}[A-Z][\\p{L}.]*)\\s+(?:has|have|had)?\\s*(?:already\\s+|now\\s+|reportedly\\s+)?"
              + "(?:(?:decided|agreed|planned|plans|pledged|promised)\\s+to\\s+)?"
              + "(?:sent|send|sends|deployed|deploy|deploys|dispatched|dispatch|transferred)\\b");

  private static final Pattern FROM = Pattern.compile("\\bfrom\\s+(?:the\\s+)?((?:[A-Z][\\p{L}.]*\\s+){0,2}[A-Z][\\p{L}.]*)");

  private static final Pattern PROJECTION =
      Pattern.compile(
          "\\b(expects?|expected|expecting|forecasts?|forecast|projects?|projected|predicts?|predicted|"
              + "anticipates?|could (?:reach|rise|grow|climb|top|exceed)|may (?:reach|rise|grow|climb|top|exceed)|"
              + "will (?:reach|rise|grow|climb|top|exceed)|(?:is|are) likely to|to reach|to rise to|to grow to|"
              + "to climb to|to top)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PLAN =
      Pattern.compile(
          "\\b((?:has |have |had )?(?:decided|decides|plans?|planned|planning|intends?|intended|agreed|pledged|"
              + "promised|vowed|committed|set|aims?|prepar(?:es|ed|ing)|is going|are going|was going)\\s+to\\b|"
              + "will (?:send|deploy|dispatch|provide|supply|deliver|build|hire|recruit|spend|give|add|cut)|"
              + "to be (?:sent|deployed|dispatched|delivered|built|hired|recruited))",
          Pattern.CASE_INSENSITIVE);

  private static final String AREA_WORDS =
      "(?:region|oblast|province|district|governorate|state|territory|area|city|krai|republic)";

  /** A place after a preposition: "to Russia's Far East", "in Russia's Kursk region", "into eastern Russia". */
  private static final Pattern PLACE =
      Pattern.compile(
          "\\b(?:to|in|into|inside|within|across|throughout|at)\\s+(?:the\\s+)?"
              + "(?:(?:eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|"
              + "north-eastern|north-western|south-eastern|south-western|far-eastern)\\s+)?"
              + "((?:[A-Z][\\p{L}\\-]*\\s+){0,2}[A-Z][\\p{L}\\-]*)"
              + "(?:['’]s\\s+(?:(Far East|east|west|north|south|border|border region|borderlands|heartland)\\b|"
              + "((?:[A-Z][\\p{L}\\-]*\\s+){0,2}[A-Z][\\p{L}\\-]*)(?:\\s+" + AREA_WORDS + ")?))?"
              + "(\\s+" + AREA_WORDS + ")?");

  private static final Set<String> NOT_PLACES =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "total", "i", "we", "they");

  /** The analysis of quantity {@code q} of claim {@code c}; {@code inherited} names a concept taken from the article's previous figure. */
  static Figure of(LedgerClaim c, Quantity q) {
    String text = c.claim().text();
    int at = c.claim().span().contains(q.span())
        ? q.span().start() - c.claim().span().start()
        : Math.max(0, text.indexOf(q.surface()));
    int end = Math.min(text.length(), at + q.surface().length());
    String before = text.substring(0, Math.min(at, text.length()));
    String after = text.substring(end);
    List<String> why = new ArrayList<>();

    String concept = concept(c, q, before, after, text, why);
    String[] place = place(after, before, why);
    TrackerKind kind = kind(before, after, why);
    return new Figure(concept, place == null ? null : place[0], place == null ? null : place[1], kind, why);
  }

  /** Whether a counted phrase says "the number" rather than what is counted. */
  static boolean generic(String counted) {
    if (counted == null) return true;
    String[] w = counted.trim().toLowerCase(Locale.ROOT).split("\\s+");
    // "30 percent in Opel": a phrase after a preposition is not what is counted
    if (Set.of("in", "of", "on", "at", "for", "from", "to", "by", "with").contains(w[0])) return true;
    return GENERIC.contains(w[w.length - 1]);
  }

  private static String concept(LedgerClaim c, Quantity q, String before, String after, String text, List<String> why) {
    if (q.counted() == null || generic(q.counted())) return null;
    String counted = q.counted().trim().replaceAll("\\s+", " ");
    String nationality = null;
    String noun = counted;
    String lc = counted.toLowerCase(Locale.ROOT);
    for (String demonym : Geo.COUNTRY_OF_DEMONYM.keySet()) {
      if (lc.startsWith(demonym + " ")) {
        nationality = counted.substring(0, demonym.length());
        noun = counted.substring(demonym.length() + 1);
        break;
      }
    }
    String nounKey = noun.toLowerCase(Locale.ROOT);
    boolean military = MILITARY.contains(nounKey);
    String surface = q.surface().toLowerCase(Locale.ROOT);
    if (!military && (nounKey.equals("people") || nounKey.equals("men"))
        && (surface.matches(".*\\b(brigades?|battalions?|regiments?|divisions?|units?)\\b.*")
            || text.toLowerCase(Locale.ROOT).matches(".*\\b(troops|soldiers|brigades?|military units?|battalions?)\\b.*"))) {
      military = true;
      why.add("\"" + noun + "\" under arms (\"" + q.surface() + "\")");
    }
    String head = military ? "soldiers" : noun;
    if (military && !nounKey.equals("soldiers")) why.add("\"" + noun + "\" counted as soldiers");
    if (nationality == null) {
      Matcher m = SENDER.matcher(before);
      String found = null;
      while (m.find()) found = m.group(1);
      String country = Geo.actor(found);
      if (country != null) {
        nationality = demonymOf(country);
        why.add("sent by " + country + " (\"" + found + "\")");
      } else {
        Matcher f = FROM.matcher(text);
        while (f.find()) {
          String ctry = Geo.actor(f.group(1).trim());
          if (ctry != null) {
            nationality = demonymOf(ctry);
            why.add("from " + ctry);
            break;
          }
        }
      }
    }
    String outcome = null;
    Matcher o = OUTCOME.matcher(after);
    if (o.find()) outcome = o.group(1).toLowerCase(Locale.ROOT);
    Matcher ob = OUTCOME_BEFORE.matcher(before);
    if (outcome == null && ob.find()) outcome = ob.group(1).toLowerCase(Locale.ROOT);
    if (outcome != null && !head.toLowerCase(Locale.ROOT).endsWith(outcome)) why.add("what happened to them: " + outcome);
    StringBuilder b = new StringBuilder();
    if (nationality != null) b.append(nationality).append(' ');
    b.append(head);
    if (outcome != null && !head.toLowerCase(Locale.ROOT).endsWith(outcome)) b.append(' ').append(outcome);
    String words = q.surface().contains(counted) ? q.surface() : q.surface() + " " + counted;
    why.add(0, "counts " + b + " (\"" + words + "\")");
    return b.toString();
  }

  private static String demonymOf(String country) {
    for (var e : Geo.COUNTRY_OF_DEMONYM.entrySet()) {
      if (e.getValue().equals(country)) {
        String d = e.getKey();
        StringBuilder b = new StringBuilder();
        for (String w : d.split(" ")) {
          if (b.length() > 0) b.append(' ');
          b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
      }
    }
    return null;
  }

  /** [place, country of a region or null]. The first place after the number, else before it. */
  private static String[] place(String after, String before, List<String> why) {
    String clause = after.split(";|,\\s+(?:and|but|while|although)\\s+|\\.\\s", 2)[0];
    String[] p = firstPlace(clause);
    if (p == null) {
      // "In Kursk, 11,000 soldiers ...": a place before the number, the last one
      Matcher m = PLACE.matcher(before);
      String[] last = null;
      while (m.find()) {
        String[] cand = placeOf(m);
        if (cand != null) last = cand;
      }
      p = last;
    }
    if (p != null) why.add("place " + (p[1] == null ? p[0] : p[0] + " (" + p[1] + ")") + " (\"" + p[2] + "\")");
    return p;
  }

  private static String[] firstPlace(String text) {
    Matcher m = PLACE.matcher(text);
    while (m.find()) {
      String[] p = placeOf(m);
      if (p != null) return p;
    }
    return null;
  }

  /** [place, country or null, the words]. */
  private static String[] placeOf(Matcher m) {
    String base = m.group(1).trim();
    if (NOT_PLACES.contains(base.toLowerCase(Locale.ROOT))) return null;
    String country = Geo.country(base);
    String sub = m.group(3);
    if (sub != null && !NOT_PLACES.contains(sub.toLowerCase(Locale.ROOT))) {
      // "Russia's Kursk region": the region, within its country
      return new String[] {sub.trim() + " region", country != null ? country : base, m.group().trim()};
    }
    if (m.group(4) != null) {
      // "the Kursk region"
      return new String[] {base + " region", null, m.group().trim()};
    }
    if (country != null) return new String[] {country, null, m.group().trim()};
    return new String[] {base, null, m.group().trim()};
  }

  private static TrackerKind kind(String before, String after, List<String> why) {
    String near = lastWords(before, 8);
    String next = firstWords(after, 6);
    Matcher pr = PROJECTION.matcher(near);
    String found = null;
    while (pr.find()) found = pr.group(1);
    if (found != null) {
      why.add("a projection (\"" + found + "\")");
      return TrackerKind.PROJECTION;
    }
    Matcher pl = PLAN.matcher(near);
    while (pl.find()) found = pl.group(1);
    if (found != null) {
      why.add("a plan (\"" + found.trim() + "\")");
      return TrackerKind.PLAN;
    }
    Matcher by = Pattern.compile("^\\s*(?:\\w+\\s+){0,3}by\\s+(?:the\\s+end\\s+of\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|next|year-end|(?:19|20)\\d\\d)\\b").matcher(next);
    if (by.find() && near.matches("(?is).*\\b(reach|rise|grow|climb|increase|double|triple)\\w*\\b.*")) {
      why.add("a projection (\"" + by.group().trim() + "\")");
      return TrackerKind.PROJECTION;
    }
    return TrackerKind.COUNT;
  }

  private static String lastWords(String s, int n) {
    String[] w = s.trim().split("\\s+");
    int from = Math.max(0, w.length - n);
    return String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
  }

  private static String firstWords(String s, int n) {
    String[] w = s.trim().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(n, w.length)));
  }
}
