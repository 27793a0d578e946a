package org.claimtrack.ledger.track;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the ledger compares the names of sources. */
public final class Names {
  private Names() {}

  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its",
          "their", "who", "which", "that", "this", "one");

  /** Leading words that say what a source is, not who: stripped before comparing. */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "president", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
          "press", "national", "security", "deputy", "defense", "defence", "foreign", "state",
          "general", "gen.", "lt.", "col.", "chief", "head", "director", "senator", "sen.",
          "rep.", "representative", "governor", "gov.", "mayor", "ambassador", "commander",
          "lawmaker", "official", "officials", "adviser", "advisor", "us", "u.s.", "uk", "white",
          "house", "council", "of", "the", "ukrainian", "russian", "american", "korean", "south",
          "north", "chinese", "british", "french", "german", "israeli", "iranian", "former",
          "acting", "interim", "vice", "mr.", "ms.", "mrs.", "dr.", "sir", "king", "queen",
          "pope", "chancellor", "army", "military", "intelligence", "agency", "pentagon",
          "kremlin", "spokesman,", "leader", "opposition", "party", "top", "senior", "secretary-general",
          "nato", "un", "eu");

  private static final Pattern POSSESSIVE_PREFIX =
      Pattern.compile("^((?:[A-Z][\\p{L}.\\-]*\\s+){0,3}[A-Z][\\p{L}.\\-]*)['’]s\\s+(.+)$");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern QUOTES = Pattern.compile("[\"“”]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:]+$");

  /** Lower case, no accents, straight quotes, single spaces, no leading "the". */
  public static String key(String name) {
    if (name == null) return "";
    String s = Normalizer.isNormalized(name, Normalizer.Form.NFKD) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = QUOTES.matcher(s.replace('’', '\'')).replaceAll("").trim();
    s = SPACES.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (s.startsWith("the ")) s = s.substring(4);
    return TRAILING_PUNCT.matcher(s).replaceAll("");
  }

  /** "South Korea's National Intelligence Service" → ["South Korea", "National Intelligence Service"]. */
  static String[] splitPossessive(String name) {
    if (name == null) return null;
    String s = name.trim();
    if (s.regionMatches(true, 0, "the ", 0, 4)) s = s.substring(4);
    Matcher m = POSSESSIVE_PREFIX.matcher(s);
    if (!m.matches()) return null;
    return new String[] {m.group(1), m.group(2)};
  }

  private static final Pattern WITH_ACRONYM = Pattern.compile("^(.+?)\\s*\\(([A-Z][A-Z.]{1,9})\\)$");

  /** The names in a mention: "South Korea's National Intelligence Service (NIS)" gives the name and "NIS". */
  static List<String> mentionNames(String mention) {
    String m = mention.trim().replaceAll("\\s+", " ");
    Matcher a = WITH_ACRONYM.matcher(m);
    if (a.matches()) return List.of(a.group(1).trim(), a.group(2));
    return List.of(m);
  }

  /** Whether a mention is only a pronoun or a bare description that names nobody. */
  static boolean isPronoun(String mention) {
    return mention == null || PRONOUNS.contains(key(mention));
  }

  /** Whether a mention names something rather than describing it ("the agency" does not). */
  static boolean isNameLike(String mention) {
    if (isPronoun(mention)) return false;
    String s = mention.trim();
    if (s.regionMatches(true, 0, "the ", 0, 4)) s = s.substring(4);
    for (String w : s.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) return true;
    }
    return false;
  }

  /** "NIS" for "National Intelligence Service": initials of the capitalized content words. */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.trim().split("[\\s\\-]+")) {
      if (w.isEmpty()) continue;
      String lw = w.toLowerCase(Locale.ROOT);
      if (lw.equals("of") || lw.equals("the") || lw.equals("and") || lw.equals("for")
          || lw.equals("on") || lw.equals("in")) continue;
      int c = w.codePointAt(0);
      if (!Character.isLetter(c)) continue;
      b.appendCodePoint(Character.toUpperCase(c));
    }
    return b.toString();
  }

  /** Whether the text is an acronym: 2 to 8 capitals (dots allowed), "NIS", "U.N.". */
  static boolean isAcronym(String text) {
    String s = text.replace(".", "");
    return s.length() >= 2 && s.length() <= 8 && s.chars().allMatch(Character::isUpperCase);
  }

  /** The name's words, in order, without leading title words ("US NSC spokesman John Kirby" → John Kirby). */
  static List<String> personTail(String name) {
    String[] words = name.trim().split("\\s+");
    int start = 0;
    while (start < words.length - 1
        && (TITLE_WORDS.contains(words[start].toLowerCase(Locale.ROOT))
            || !Character.isUpperCase(words[start].codePointAt(0)))) {
      start++;
    }
    List<String> out = new ArrayList<>();
    for (int i = start; i < words.length; i++) out.add(words[i]);
    return out;
  }

  /** The last word of a person's name, the surname as news writes it. */
  static String surname(String name) {
    List<String> tail = personTail(name);
    return tail.isEmpty() ? "" : key(tail.get(tail.size() - 1));
  }
}
