package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.claimtrack.domain.Qualifier;

/** The English words the recognizer knows: number words, months, qualifiers and context words. */
final class Lexicon {
  private Lexicon() {}

  /** Grammatical role of a number word. */
  enum WT {
    ZERO, UNIT, TEEN, TENS, HUNDRED, SCALE, DOZEN, ORDINAL, ORDINALS, HALF, HALVES, QUARTER,
    QUARTERS, POINT
  }

  /**
   * A number word: "seven" (UNIT 7), "million" (SCALE 1e6), "fifths" (ORDINALS 5). {@code plural}
   * marks "hundreds", "thousands", "dozens", which only continue a number ("five hundreds").
   */
  record NumWord(WT type, long value, boolean plural) {
    BigDecimal decimal() {
      return BigDecimal.valueOf(value);
    }

    boolean isDenominator() {
      return type == WT.ORDINAL || type == WT.ORDINALS || type == WT.HALF || type == WT.HALVES
          || type == WT.QUARTER || type == WT.QUARTERS;
    }

    boolean pluralDenominator() {
      return type == WT.ORDINALS || type == WT.HALVES || type == WT.QUARTERS;
    }
  }

  static final WordTable<NumWord> NUMBER_WORDS;

  static {
    Map<String, NumWord> m = new HashMap<>();
    m.put("zero", new NumWord(WT.ZERO, 0, false));
    m.put("nought", new NumWord(WT.ZERO, 0, false));
    m.put("naught", new NumWord(WT.ZERO, 0, false));
    String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (int i = 0; i < units.length; i++) {
      m.put(units[i], new NumWord(WT.UNIT, i + 1, false));
    }
    String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < teens.length; i++) {
      m.put(teens[i], new NumWord(WT.TEEN, 10 + i, false));
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], new NumWord(WT.TENS, 20 + 10L * i, false));
    }
    m.put("fourty", new NumWord(WT.TENS, 40, false));
    m.put("hundred", new NumWord(WT.HUNDRED, 100, false));
    m.put("hundreds", new NumWord(WT.HUNDRED, 100, true));
    scale(m, "thousand", 1_000L);
    scale(m, "million", 1_000_000L);
    scale(m, "billion", 1_000_000_000L);
    scale(m, "trillion", 1_000_000_000_000L);
    scale(m, "quadrillion", 1_000_000_000_000_000L);
    scale(m, "lakh", 100_000L);
    m.put("lac", new NumWord(WT.SCALE, 100_000L, false));
    m.put("lacs", new NumWord(WT.SCALE, 100_000L, true));
    scale(m, "crore", 10_000_000L);
    for (String d : new String[] {"dozen", "dz", "doz"}) {
      m.put(d, new NumWord(WT.DOZEN, 12, false));
    }
    for (String d : new String[] {"dozens", "dzs", "dozs"}) {
      m.put(d, new NumWord(WT.DOZEN, 12, true));
    }
    String[][] ords = {
      {"first", "1"}, {"second", "2"}, {"third", "3"}, {"fourth", "4"}, {"fifth", "5"},
      {"sixth", "6"}, {"seventh", "7"}, {"eighth", "8"}, {"ninth", "9"}, {"tenth", "10"},
      {"eleventh", "11"}, {"twelfth", "12"}, {"thirteenth", "13"}, {"fourteenth", "14"},
      {"fifteenth", "15"}, {"sixteenth", "16"}, {"seventeenth", "17"}, {"eighteenth", "18"},
      {"nineteenth", "19"}, {"twentieth", "20"}, {"thirtieth", "30"}, {"fortieth", "40"},
      {"fiftieth", "50"}, {"sixtieth", "60"}, {"seventieth", "70"}, {"eightieth", "80"},
      {"ninetieth", "90"}, {"hundredth", "100"}, {"thousandth", "1000"},
      {"millionth", "1000000"}, {"billionth", "1000000000"}, {"trillionth", "1000000000000"}
    };
    for (String[] o : ords) {
      long v = Long.parseLong(o[1]);
      m.put(o[0], new NumWord(WT.ORDINAL, v, false));
      if (v != 2) {
        m.put(o[0] + "s", new NumWord(WT.ORDINALS, v, true));
      }
    }
    m.put("half", new NumWord(WT.HALF, 2, false));
    m.put("halves", new NumWord(WT.HALVES, 2, true));
    m.put("quarter", new NumWord(WT.QUARTER, 4, false));
    m.put("quarters", new NumWord(WT.QUARTERS, 4, true));
    m.put("point", new NumWord(WT.POINT, 0, false));
    NUMBER_WORDS = WordTable.ignoringCase(m);
  }

  private static void scale(Map<String, NumWord> m, String w, long v) {
    m.put(w, new NumWord(WT.SCALE, v, false));
    m.put(w + "s", new NumWord(WT.SCALE, v, true));
  }

  /** Month names and abbreviations to month numbers. */
  static final WordTable<Integer> MONTHS;

  static {
    Map<String, Integer> m = new HashMap<>();
    String[] full = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    String[] abbr = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec"};
    for (int i = 0; i < 12; i++) {
      m.put(full[i], i + 1);
      m.put(abbr[i], i + 1);
    }
    m.put("sept", 9);
    MONTHS = WordTable.ignoringCase(m);
  }

  /** Month words that are also ordinary words; they count as months only in clear date shapes. */
  static boolean ambiguousMonth(Tokens t, int i) {
    return !t.capitalized(i) && t.isAnyOf(i, "may", "march", "mar", "jan", "jun", "dec", "sep");
  }

  static final WordTable<Boolean> WEEKDAYS = set(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

  /** Words before a 4-digit number that make it a year ("in 1988", "since 2009"). */
  static final WordTable<Boolean> YEAR_CONTEXT = set(
      "in", "since", "by", "from", "until", "till", "through", "thru", "during", "before", "after",
      "circa", "year", "fiscal", "fy", "early", "mid", "late", "spring", "summer", "autumn",
      "fall", "winter", "christmas", "end", "start", "beginning", "throughout", "around", "of",
      "class", "vintage", "season", "election", "olympics");

  /** Nouns a year modifies ("below 2005 levels", "in 2010 dollars", "the 2024 election"). */
  static final WordTable<Boolean> YEAR_NOUNS = set(
      "level", "levels", "figures", "prices", "baseline", "standards", "values", "dollars",
      "election", "elections", "census", "budget", "budgets", "season", "campaign", "olympics",
      "edition", "vintage", "report", "survey", "study", "data", "estimate", "estimates",
      "rankings", "peak", "high", "low", "record", "model", "summit", "invasion", "war",
      "crisis", "recession", "midterms", "midterm", "primaries", "primary", "race", "vote",
      "referendum", "accord", "agreement", "deal", "law", "act", "plan", "target", "targets",
      "goal", "goals", "deadline", "tax", "fiscal", "financial", "calendar", "academic",
      "school", "class", "graduates", "draft", "games", "tournament", "championship");

  /**
   * Words right before a number that mark it as an amount rather than a year or a designation
   * ("more than 2000", "about 1500", "only 2010").
   */
  static final WordTable<Boolean> AMOUNT_BEFORE = set(
      "than", "least", "most", "about", "roughly", "some", "nearly", "almost", "over", "under",
      "above", "below", "approximately", "estimated", "only", "just", "exactly", "total",
      "totaling", "totalling", "many", "much", "exceeding", "exceed", "exceeds", "surpass",
      "upwards", "upward", "minimum", "maximum", "additional", "another", "equal", "equals",
      "equaling", "averaging", "average", "killed", "paid", "cost", "costs", "worth", "earned",
      "raised", "spent", "lost", "won", "gained", "rose", "fell", "dropped", "sold", "bought",
      "reached", "hit", "employs", "employed", "hired", "fired", "numbered", "numbering",
      "injured", "wounded", "deployed", "sent", "captured", "arrested");

  /** Nouns without a plural -s that follow counts ("2000 people"). */
  static final WordTable<Boolean> COUNT_NOUNS = set(
      "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "military",
      "infantry", "livestock", "sheep", "fish", "deer", "aircraft", "militia", "youth", "crew",
      "persons", "others", "more", "fewer", "less", "of", "times", "each", "apiece", "per",
      "strong", "plus", "odd");

  /** Words ending in 's' that are not plural nouns. */
  static final WordTable<Boolean> NOT_PLURAL = set(
      "is", "was", "has", "this", "its", "his", "hers", "as", "us", "thus", "plus", "versus",
      "across", "less", "unless", "whereas", "yes", "does", "gas", "bus", "campus", "census",
      "status", "chaos", "bonus", "crisis", "news", "series", "species", "always", "perhaps",
      "besides", "afterwards", "towards", "nevertheless", "politics", "economics", "olympics",
      "games", "ours", "yours", "theirs");

  /** A word that reads like a plural noun ("soldiers", "deaths"): ends in 's', not 'ss'. */
  static boolean pluralNoun(Tokens t, int i) {
    if (!t.isWord(i) || t.len(i) < 3 || t.get(NOT_PLURAL, i) != null) {
      return false;
    }
    char last = Character.toLowerCase(t.text.charAt(t.end(i) - 1));
    char prev = Character.toLowerCase(t.text.charAt(t.end(i) - 2));
    return last == 's' && prev != 's' && prev != 'u' && prev != 'i';
  }

  /** Words before a bare "one" that make it a pronoun ("the one", "no one", "which one"). */
  static final WordTable<Boolean> PRONOUN_BEFORE = set(
      "the", "this", "that", "which", "no", "any", "each", "every", "another", "either", "neither",
      "only", "last", "next", "little", "big", "other", "such", "whichever", "someone", "anyone",
      "everyone", "new", "old", "right", "wrong", "same", "good", "bad", "real", "lucky", "loved",
      "chosen", "special", "latest", "first", "second", "third", "former", "latter", "better",
      "best", "worst", "my", "your", "our", "their", "her", "his", "its", "younger", "older",
      "elder", "young", "main", "biggest", "smallest", "largest", "final", "previous");

  /** Words after a bare "one" that make it a pronoun ("one of", "one another", "one who"). */
  static final WordTable<Boolean> PRONOUN_AFTER = set(
      "of", "another", "who", "whom", "whose", "which", "that", "anyone", "else", "thing", "way",
      "day", "by", "after", "time", "side", "hand", "must", "should", "can", "could", "would",
      "might", "may", "does", "did", "doesn", "didn", "cannot", "point");

  /** Capitalized words that precede a designation number even at the start of a sentence. */
  static final WordTable<Boolean> DESIGNATIONS = set(
      "apollo", "boeing", "airbus", "route", "highway", "interstate", "windows", "article",
      "section", "chapter", "resolution", "flight", "room", "gate", "terminal", "platform",
      "channel", "formula", "level", "phase", "stage", "category", "class", "type", "model",
      "series", "vol", "volume", "episode", "season", "part", "book", "psalm", "figure", "fig",
      "table", "unit", "division", "squadron", "regiment", "district", "ward", "precinct", "zone",
      "block", "pier", "runway", "bus", "line", "track", "number", "no", "nos", "voyager",
      "gemini", "soyuz", "falcon", "iphone", "galaxy", "pixel", "playstation", "xbox", "covid",
      "sars", "mig", "su", "tu", "il", "an", "mi", "ka", "kh", "appendix", "annex", "amendment",
      "paragraph", "clause", "rule", "schedule", "bill", "act", "lot", "exit", "junction", "pad",
      "bay", "cell", "building", "floor", "tower", "hall", "camp", "base", "brigade", "battalion",
      "corps", "army", "fleet", "group");

  /** Capitalized words that never make the next number a designation. */
  static final WordTable<Boolean> NOT_DESIGNATION = set(
      "i", "in", "on", "at", "by", "for", "from", "to", "with", "since", "until", "after",
      "before", "during", "between", "about", "around", "over", "under", "nearly", "almost",
      "some", "only", "all", "just", "more", "less", "fewer", "than", "least", "most", "up", "and",
      "or", "but", "of", "the", "a", "an", "another", "those", "these", "each", "every",
      "approximately", "roughly", "perhaps", "maybe", "total", "top", "page", "pages", "we",
      "they", "he", "she", "it", "you", "there", "here", "was", "is", "are", "were", "be", "had",
      "has", "have", "will", "would", "could", "should", "may", "might", "must", "can", "did",
      "do", "does", "said", "says", "told", "reported", "killed", "lost", "won", "got", "get",
      "gets", "took", "takes", "take", "gave", "give", "gives", "see", "saw", "seen", "made",
      "make", "makes", "paid", "pay", "pays", "cost", "costs", "last", "next", "first", "this",
      "that", "which", "what", "when", "where", "who", "how", "why", "also", "even", "still",
      "exactly", "estimated", "plus", "minus", "times", "if", "as", "so", "then", "now", "today",
      "yesterday", "tomorrow", "tonight", "ago", "hours", "minutes", "days", "weeks", "months",
      "years", "age", "aged", "ages", "number", "no", "not", "nor", "among", "against", "across",
      "toward", "towards", "into", "onto", "upon", "per", "via", "within", "without", "unlike",
      "like", "once", "twice", "score", "scores", "scored", "beat", "beats", "defeated", "led",
      "leads", "trailed", "rated", "ranked");

  /** Time-zone and clock words after a time of day ("22:00 GMT"). */
  static final WordTable<Boolean> TIMEZONES = set(
      "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt",
      "pst", "pdt", "msk", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "awst", "et", "pt",
      "ct", "mt", "wib", "pkt", "nzst", "nzdt", "hrs", "hours", "h", "local", "z");

  /** Words that cannot be the first word of a multiplicative's noun phrase or follow it. */
  static final WordTable<Boolean> NOT_NOUN = set(
      "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "with", "from", "the", "a",
      "an", "each", "per", "than", "that", "which", "who", "were", "was", "is", "are", "be",
      "been", "had", "has", "have", "said", "says", "more", "less", "over", "under", "about");

  /** A qualifier phrase before a number, and what it does. */
  enum Role {
    PLAIN, BETWEEN, FROM, EQUAL, MARGIN
  }

  record Qual(Qualifier qualifier, Role role) {}

  /** Qualifier phrases before a number ("at least", "more than", "between", "≥"). */
  static final PhraseTable<Qual> PREFIX_QUALIFIERS;

  static {
    PhraseTable.Builder<Qual> b = PhraseTable.builder();
    Qual approx = new Qual(Qualifier.APPROXIMATELY, Role.PLAIN);
    b.words(approx, "about", "roughly", "some", "around", "approximately", "an estimated",
        "estimated", "approx", "approx .", "approx.", "close to", "circa", "ca.", "an average of",
        "on average", "more or less", "in the region of", "in the neighborhood of",
        "in the neighbourhood of", "somewhere around", "somewhere between", "~");
    Qual atLeast = new Qual(Qualifier.AT_LEAST, Role.PLAIN);
    b.words(atLeast, "at least", "no fewer than", "no less than", "not less than",
        "not fewer than", "a minimum of", "minimum of", "at a minimum", "at minimum",
        "at the very least", "≥", ">=", "> =");
    for (String cmp : new String[] {"bigger", "greater", "higher", "larger", "more"}) {
      b.words(atLeast, cmp + " or equal than", cmp + " or equal to", cmp + " than or equal to",
          "equal to or " + cmp + " than", "equal or " + cmp + " than");
    }
    b.words(atLeast, "at least or equal to", "at least equal to");
    Qual moreThan = new Qual(Qualifier.MORE_THAN, Role.PLAIN);
    b.words(moreThan, "more than", "over", "above", "upwards of", "upward of", "in excess of",
        "exceeding", "greater than", "larger than", "higher than", "bigger than", "well over",
        "just over", "well above", "just above", "exceed", "exceeds", "exceeded", "surpass",
        "surpasses", "surpassed", "surpassing", "north of", "well in excess of", "more then", ">");
    Qual atMost = new Qual(Qualifier.AT_MOST, Role.PLAIN);
    b.words(atMost, "at most", "no more than", "not more than", "a maximum of", "maximum of",
        "at the most", "at a maximum", "not exceeding", "not to exceed", "no greater than",
        "no higher than", "no larger than", "no bigger than", "≤", "<=", "< =");
    for (String cmp : new String[] {"smaller", "less", "lower", "fewer"}) {
      b.words(atMost, cmp + " or equal than", cmp + " or equal to", cmp + " than or equal to",
          "equal to or " + cmp + " than", "equal or " + cmp + " than");
    }
    b.words(atMost, "at most or equal to");
    Qual lessThan = new Qual(Qualifier.LESS_THAN, Role.PLAIN);
    b.words(lessThan, "less than", "fewer than", "under", "below", "nearly", "almost",
        "just shy of", "shy of", "just under", "just below", "well under", "well below",
        "smaller than", "lower than", "not quite", "short of", "just short of", "<");
    Qual upTo = new Qual(Qualifier.UP_TO, Role.PLAIN);
    b.words(upTo, "up to", "as many as", "as much as", "as high as", "as large as",
        "as long as", "as far as", "as great as", "as tall as", "as heavy as", "as old as",
        "as many as some");
    b.words(new Qual(Qualifier.RANGE, Role.BETWEEN), "between", "somewhere between");
    b.words(new Qual(Qualifier.RANGE, Role.FROM), "from", "ranging from", "ranged from");
    b.words(new Qual(Qualifier.EXACT, Role.EQUAL), "equal to", "equals", "equals to", "equaling",
        "equaling to", "equalling", "equalling to", "exactly", "precisely", "a total of",
        "totaling", "totalling");
    b.words(new Qual(Qualifier.EXACT, Role.MARGIN), "plus or minus", "±", "+/-", "+ / -",
        "plus/minus", "plus / minus");
    PREFIX_QUALIFIERS = b.build();
  }

  /** What a postfix qualifier phrase does to the number before it. */
  enum Post {
    OR_MORE, OR_LESS, OR_SO, OR_EQUAL
  }

  /** Qualifier phrases after a number ("or more", "or fewer", "or so", "+"). */
  static final PhraseTable<Post> POSTFIX_QUALIFIERS = PhraseTable.<Post>builder()
      .words(Post.OR_MORE, "or more", "and more", "or greater", "or higher", "or above",
          "and above", "and up", "and upwards", "and upward", "or over", "and over",
          "or greater than", "or more than", "or larger", "or bigger", "+", "-plus")
      .words(Post.OR_LESS, "or less", "or fewer", "or lower", "or below", "or under",
          "and under", "and below", "and less", "and fewer", "or smaller", "or less than",
          "or fewer than", "or lower than", "or smaller than")
      .words(Post.OR_SO, "or so", "-odd", "odd", "or thereabouts", "give or take")
      .words(Post.OR_EQUAL, "or equal", "or equal to", "or equal to it")
      .build();

  /** Multiplier suffixes written right after digits ("10k", "1.2b", "10M", "5bn", "2mil"). */
  static final WordTable<BigDecimal> GLUED_MULTIPLIERS;
  /** Multiplier suffixes also accepted after a space ("2.33 k", "10 bln", "1,674.5 G"). */
  static final WordTable<BigDecimal> SPACED_MULTIPLIERS;

  static {
    BigDecimal k = BigDecimal.valueOf(1_000L);
    BigDecimal m = BigDecimal.valueOf(1_000_000L);
    BigDecimal b = BigDecimal.valueOf(1_000_000_000L);
    BigDecimal t = BigDecimal.valueOf(1_000_000_000_000L);
    Map<String, BigDecimal> glued = new HashMap<>();
    for (String s : new String[] {"k", "K"}) {
      glued.put(s, k);
    }
    for (String s : new String[] {"M", "MM", "mil", "mln", "mn", "Mn", "MN", "Mil", "Mln", "mio",
        "Mio"}) {
      glued.put(s, m);
    }
    for (String s : new String[] {"b", "B", "bn", "Bn", "BN", "bln", "Bln", "G", "bil", "Bil"}) {
      glued.put(s, b);
    }
    for (String s : new String[] {"T", "tn", "Tn", "TN", "trn", "tln", "Trn", "tril"}) {
      glued.put(s, t);
    }
    GLUED_MULTIPLIERS = WordTable.caseSensitive(glued);
    Map<String, BigDecimal> spaced = new HashMap<>();
    for (String s : new String[] {"k", "K", "M", "MM", "mil", "mln", "mn", "Mn", "bn", "Bn", "BN",
        "bln", "Bln", "G", "tn", "Tn", "trn", "tln", "Mio", "mio"}) {
      spaced.put(s, glued.get(s));
    }
    SPACED_MULTIPLIERS = WordTable.caseSensitive(spaced);
  }

  /** Vague plural counts ("hundreds", "thousands"), by the unit they count. */
  static final WordTable<Long> VAGUE = WordTable.ignoringCase(Map.of(
      "dozens", 12L, "hundreds", 100L, "thousands", 1_000L, "millions", 1_000_000L,
      "billions", 1_000_000_000L, "trillions", 1_000_000_000_000L, "tens", 10L));

  /** "single-digit", "double-digit", "triple-digit": number of digits. */
  static final WordTable<Integer> DIGIT_COUNTS = WordTable.ignoringCase(Map.of(
      "single", 1, "double", 2, "triple", 3, "quadruple", 4));

  static WordTable<Boolean> set(String... words) {
    Map<String, Boolean> m = new HashMap<>();
    for (String w : words) {
      m.put(w, Boolean.TRUE);
    }
    return WordTable.ignoringCase(m);
  }
}
