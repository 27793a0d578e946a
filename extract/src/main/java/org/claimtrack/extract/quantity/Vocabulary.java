package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.claimtrack.extract.words.WordList;
import org.claimtrack.extract.words.WordLists;
import org.claimtrack.extract.words.WordMap;

/**
 * The words the recognizer knows, read once from the {@code quantity-*} word lists and tables
 * under {@code /org/claimtrack/extract/words/} (see {@link WordLists}). The rules name a list;
 * the words live in the file. Every list and table loaded here is recorded, so that the stage's
 * version derives from their bytes ({@link NumberRecognizer#wordLists()}).
 *
 * <p>Closed-class words that are part of a production's shape ("and", "to", "of", "or") stay in
 * the production, as terminals of the grammar.
 */
final class Vocabulary {
  private static final List<WordList> LISTS = new ArrayList<>();
  private static final List<WordMap> MAPS = new ArrayList<>();

  private Vocabulary() {}

  // ---- number words and months (W1-W5, X1)

  static final WordTable<NumberWord> NUMBER_WORDS = table("quantity-number-words", NumberWord::parse);
  static final WordTable<Integer> MONTHS = table("quantity-months", Integer::valueOf);
  static final WordTable<Boolean> AMBIGUOUS_MONTHS = set("quantity-ambiguous-months");
  static final WordTable<Boolean> WEEKDAYS = set("quantity-weekdays");

  // ---- context of years, ages, names (X2, X5, X7, X9)

  static final WordTable<Boolean> YEAR_CONTEXT = set("quantity-year-context");
  static final WordTable<Boolean> YEAR_NOUNS = set("quantity-year-nouns");
  static final WordTable<Boolean> YEAR_PREFIXES = set("quantity-year-prefixes");
  static final WordTable<Boolean> AMOUNT_BEFORE = set("quantity-amount-before");
  static final WordTable<Boolean> COUNT_NOUNS = set("quantity-count-nouns");
  static final WordTable<Boolean> NOT_PLURAL = set("quantity-not-plural");
  static final WordTable<Boolean> PRONOUN_BEFORE = set("quantity-one-pronoun-before");
  static final WordTable<Boolean> PRONOUN_AFTER = set("quantity-one-pronoun-after");
  static final WordTable<Boolean> DESIGNATIONS = set("quantity-designations");
  static final WordTable<Boolean> NOT_DESIGNATION = set("quantity-not-designation");
  static final WordTable<Boolean> TIMEZONES = set("quantity-timezones");
  static final WordTable<Boolean> AGE_WORDS = set("quantity-age-words");
  static final WordTable<Boolean> AGE_POSSESSIVES = set("quantity-age-possessives");
  static final WordTable<Boolean> VERSION_WORDS = set("quantity-version-words");
  static final WordTable<Boolean> HALF_NOT_AFTER = set("quantity-half-not-after");
  static final WordTable<Boolean> NOT_NOUN = set("quantity-not-noun");

  // ---- figures of a sentence (S1-S5)

  static final WordTable<Boolean> NOT_COUNTED = set("quantity-not-counted");
  static final WordMap CHANGE_VERBS = map("quantity-change-verbs");
  static final WordMap CHANGE_NOUNS = map("quantity-change-nouns");
  static final WordTable<Boolean> VALUE_VERBS = set("quantity-value-verbs");
  static final WordTable<Boolean> PLACEHOLDER_HEADS = set("quantity-placeholder-heads");
  static final WordTable<Boolean> TIME_NOUNS = set("quantity-time-nouns");
  static final WordTable<Boolean> FRAMING_WORDS = set("quantity-framing-words");
  static final WordTable<Boolean> FRAME_NOUNS = set("quantity-frame-nouns");
  static final WordTable<Boolean> GENERIC_ONE_KEEP = set("quantity-generic-one-keep");
  static final WordTable<Boolean> FURNITURE_NOUNS = set("quantity-furniture-nouns");
  static final WordTable<Boolean> FAMILY_NOUNS = set("quantity-family-nouns");
  /** Canonical names of the units of time (U3), for durations. */
  static final WordTable<Boolean> TIME_UNITS = WordTable.ignoringCase(java.util.Map.of(
      "millisecond", true, "second", true, "minute", true, "hour", true, "day", true, "week", true,
      "month", true, "year", true, "decade", true, "century", true));

  // ---- units (U1-U4)

  static final WordTable<Boolean> INCH_CONTEXT = set("quantity-inch-context");
  static final WordTable<Boolean> RATE_NOT_BEFORE = set("quantity-rate-not-before");
  static final WordTable<Boolean> MINOR_CURRENCY = set("quantity-minor-currency");
  static final WordTable<Boolean> NEVER_GLUED_UNITS = set("quantity-units-never-glued");
  static final WordMap UNITS = map("quantity-units");
  static final WordMap UNIT_SYMBOLS = map("quantity-unit-symbols");
  static final WordMap CURRENCY_PREFIXES = map("quantity-currency-prefixes");
  static final WordMap CURRENCY_PREFIX_SYMBOLS = map("quantity-currency-prefix-symbols");
  static final WordList CURRENCY_CODES = list("quantity-currency-codes");
  static final WordList CURRENCY_CODES_LOWER_CASE = list("quantity-currency-codes-lowercase");

  // ---- qualifiers, multipliers, vague counts (Q1-Q8, N6, R5, R6)

  static final WordMap QUALIFIERS_BEFORE = map("quantity-qualifiers-before");
  static final WordMap QUALIFIERS_AFTER = map("quantity-qualifiers-after");
  static final WordMap MULTIPLIERS = map("quantity-multipliers");
  static final WordTable<Long> VAGUE = table("quantity-vague-plurals", Long::valueOf);
  static final WordTable<Integer> DIGIT_COUNTS = table("quantity-digit-counts", Integer::valueOf);
  static final WordTable<Long> MULTIPLIER_WORDS = table("quantity-multiplier-words", Long::valueOf);
  static final WordTable<Boolean> DESIGNATIONS_LOWER_CASE = set("quantity-designations-lowercase");

  static {
    // a word cannot both name and never name, nor make a number both a year and an amount
    WordLists.requireDisjoint(WordLists.list("quantity-designations"), WordLists.list("quantity-not-designation"));
    WordLists.requireDisjoint(WordLists.list("quantity-amount-before"), WordLists.list("quantity-year-context"));
    WordLists.requireDisjoint(WordLists.list("quantity-year-nouns"), WordLists.list("quantity-count-nouns"));
  }

  /** Every list loaded above, for the stage version. */
  static List<WordList> lists() {
    return List.copyOf(LISTS);
  }

  /** Every table loaded above, for the stage version. */
  static List<WordMap> maps() {
    return List.copyOf(MAPS);
  }

  /** Month words that are also ordinary words count as months only in clear date shapes (X1). */
  static boolean ambiguousMonth(Tokens t, int i) {
    return !t.capitalized(i) && t.get(AMBIGUOUS_MONTHS, i) != null;
  }

  /** A word that reads like a plural noun ("soldiers", "deaths"): ends in 's', not 'ss'. */
  static boolean pluralNoun(Tokens t, int i) {
    if (!t.isWord(i) || t.len(i) < 3 || t.get(NOT_PLURAL, i) != null) {
      return false;
    }
    char last = Character.toLowerCase(t.text.charAt(t.end(i) - 1));
    char prev = Character.toLowerCase(t.text.charAt(t.end(i) - 2));
    return last == 's' && prev != 's' && prev != 'u' && prev != 'i';
  }

  /** The multipliers of {@link #MULTIPLIERS} marked {@code where} ("glued" or "spaced"). */
  static WordTable<BigDecimal> multipliers(String where) {
    Map<String, BigDecimal> m = new HashMap<>();
    for (Map.Entry<String, String> e : MULTIPLIERS.asMap().entrySet()) {
      String[] v = e.getValue().split(" ");
      if (List.of(v).subList(1, v.length).contains(where)) {
        m.put(e.getKey(), new BigDecimal(v[0]));
      }
    }
    return WordTable.caseSensitive(m);
  }

  private static WordList list(String name) {
    WordList l = WordLists.list(name);
    LISTS.add(l);
    return l;
  }

  private static WordMap map(String name) {
    WordMap m = WordLists.map(name);
    MAPS.add(m);
    return m;
  }

  private static WordTable<Boolean> set(String name) {
    Map<String, Boolean> m = new HashMap<>();
    for (String w : list(name).entries()) {
      m.put(w, Boolean.TRUE);
    }
    return WordTable.ignoringCase(m);
  }

  private static <V> WordTable<V> table(String name, Function<String, V> value) {
    WordMap wm = map(name);
    Map<String, V> m = new HashMap<>();
    for (Map.Entry<String, String> e : wm.asMap().entrySet()) {
      try {
        m.put(e.getKey(), value.apply(e.getValue()));
      } catch (RuntimeException ex) {
        throw new IllegalStateException(name + ".tsv: bad value '" + e.getValue() + "' for '" + e.getKey() + "': " + ex.getMessage(), ex);
      }
    }
    return WordTable.ignoringCase(m);
  }
}
