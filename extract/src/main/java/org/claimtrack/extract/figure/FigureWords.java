package org.claimtrack.extract.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Outcome;
import org.claimtrack.extract.words.WordList;
import org.claimtrack.extract.words.WordLists;
import org.claimtrack.extract.words.WordMap;

/** The figure stage's word lists and tables ({@code figure-*.txt}/{@code .tsv}), loaded once. */
final class FigureWords {
  private FigureWords() {}

  static final WordMap COUNTRIES = WordLists.map("figure-countries");
  static final WordMap DEMONYMS = WordLists.map("figure-demonyms");
  static final WordMap SEATS = WordLists.map("figure-seats");
  static final WordMap REGIONS = WordLists.map("figure-regions");
  static final WordMap AREA_WORDS = WordLists.map("figure-area-words");
  static final WordMap OUTCOMES = WordLists.map("figure-outcomes");
  static final WordMap OUTCOME_NOUNS = WordLists.map("figure-outcome-nouns");
  static final WordMap READINGS = WordLists.map("figure-readings");

  static final WordList PLACE_PARTS = WordLists.list("figure-place-parts");
  static final WordList DIRECTIONS = WordLists.list("figure-directions");
  static final WordList PLACE_PREPOSITIONS = WordLists.list("figure-place-prepositions");
  static final WordList NOT_PLACES = WordLists.list("figure-not-places");
  static final WordList MILITARY = WordLists.list("figure-military");
  static final WordList MILITARY_UNITS = WordLists.list("figure-military-units");
  static final WordList GENERIC_HEADS = WordLists.list("figure-generic-heads");
  static final WordList TOTAL_WORDS = WordLists.list("figure-total-words");
  static final WordList DURATIONS = WordLists.list("figure-durations");
  static final WordList OUTCOME_AUXILIARIES = WordLists.list("figure-outcome-auxiliaries");
  static final WordList OUTCOME_LINKS = WordLists.list("figure-outcome-links");
  static final WordList SENDING_VERBS = WordLists.list("figure-sending-verbs");
  static final WordList SENDING_AUXILIARIES = WordLists.list("figure-sending-auxiliaries");
  static final WordList PROJECTION_CUES = WordLists.list("figure-projection-cues");
  static final WordList PROJECTION_VERBS = WordLists.list("figure-projection-verbs");
  static final WordList DEADLINE_WORDS = WordLists.list("figure-deadline-words");
  static final WordList PLAN_CUES = WordLists.list("figure-plan-cues");
  static final WordList CHANGE_CUES = WordLists.list("figure-change-cues");
  static final WordList CLAUSE_ENDS = WordLists.list("figure-clause-ends");
  static final WordList COORDINATORS = WordLists.list("figure-coordinators");

  static final List<WordList> LISTS = List.of(PLACE_PARTS, DIRECTIONS, PLACE_PREPOSITIONS, NOT_PLACES, MILITARY,
      MILITARY_UNITS, GENERIC_HEADS, TOTAL_WORDS, DURATIONS, OUTCOME_AUXILIARIES, OUTCOME_LINKS, SENDING_VERBS,
      SENDING_AUXILIARIES, PROJECTION_CUES, PROJECTION_VERBS, DEADLINE_WORDS, PLAN_CUES, CHANGE_CUES, CLAUSE_ENDS,
      COORDINATORS);
  static final List<WordMap> MAPS = List.of(COUNTRIES, DEMONYMS, SEATS, REGIONS, AREA_WORDS, OUTCOMES, OUTCOME_NOUNS,
      READINGS);

  /** The first demonym listed for each country: how a listing words whose they are. */
  private static final Map<String, String> DEMONYM_OF = new LinkedHashMap<>();

  static {
    List<String> keys = new ArrayList<>(DEMONYMS.asMap().keySet());
    keys.sort(null);
    for (String k : keys) {
      String country = DEMONYMS.get(k);
      String best = DEMONYM_OF.get(country);
      // one demonym per country in the table; if several, the shortest reads best
      if (best == null || k.length() < best.length()) DEMONYM_OF.put(country, k);
    }
    for (String v : OUTCOMES.asMap().values()) Outcome.valueOf(v);
    for (String v : OUTCOME_NOUNS.asMap().values()) Outcome.valueOf(v);
    for (String v : READINGS.asMap().values()) Figure.Reading.valueOf(v);
    for (String v : REGIONS.asMap().values()) {
      if (v.split("\\|").length != 2) throw new IllegalStateException("figure-regions.tsv: '" + v + "' is not 'Name | Country'");
    }
  }

  /** "North Korean" for North Korea; null when the table has no demonym for it. */
  static String demonym(String country) {
    String d = DEMONYM_OF.get(country);
    if (d == null) return null;
    StringBuilder b = new StringBuilder();
    for (String w : d.split(" ")) {
      if (b.length() > 0) b.append(' ');
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  /** The country a name stands for ("US", "the Russian Federation"), or null. */
  static String country(String name) {
    return COUNTRIES.get(key(name));
  }

  /** The country a sender's name stands for: a country or a capital ("Pyongyang has sent"), or null. */
  static String actor(String name) {
    String c = country(name);
    return c != null ? c : SEATS.get(key(name));
  }

  /** {name, country} of a region named without its country ("Kursk"), or null. */
  static String[] region(String name) {
    String v = REGIONS.get(key(name));
    if (v == null) return null;
    String[] p = v.split("\\|");
    return new String[] {p[0].strip(), p[1].strip()};
  }

  static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
