package org.claimtrack.eval.realnews;

import static org.claimtrack.eval.realnews.PyText.BOUNDARY;
import static org.claimtrack.eval.realnews.PyText.DIGIT;
import static org.claimtrack.eval.realnews.PyText.SPACE;
import static org.claimtrack.eval.realnews.PyText.SPACE_BODY;
import static org.claimtrack.eval.realnews.PyText.WORD;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.eval.realnews.Predicted.Pred;
import org.claimtrack.eval.realnews.Predicted.PredClaim;

/**
 * score.py's matching rules, one method per function of it and under its name, in its order:
 * values and units, names, counted, years and dates. Read next to score.py: the port keeps its
 * quirks (code-point offsets, the last-word rule's leniency) on purpose, since it must give the
 * same figures.
 */
final class Rules {
  private Rules() {}

  // ------------------------------------------------------------------ values and units

  /** {@code close(a, b)}: within a millionth of b (absolute below 1). */
  static boolean close(Double a, Double b) {
    if (a == null || b == null) return false;
    return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.abs(b));
  }

  private static final Set<String> TIME_UNITS =
      Set.of("second", "minute", "hour", "day", "week", "month", "year", "decade", "century");
  private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}" + BOUNDARY);

  /** {@code unit_class}: percent, money, time, other, or null for no unit. */
  static String unitClass(String unit) {
    if (unit == null || unit.isEmpty()) return null;
    String u = PyText.strip(unit);
    if (u.isEmpty()) return null;
    if (PyText.lower(u).startsWith("percent")) return "percent";
    if (CURRENCY.matcher(u).find()) return "money";
    String w = PyText.split(PyText.lower(u)).get(0);
    int end = w.length();
    while (end > 0 && w.charAt(end - 1) == 's') end--;
    if (TIME_UNITS.contains(w.substring(0, end))) return "time";
    return "other";
  }

  /** {@code EXPECTED_CLASS}: the unit class each category expects (count: none at all). */
  private static final Map<String, String> EXPECTED_CLASS =
      Map.of("percent", "percent", "money", "money", "duration", "time", "measure", "other");

  /** {@code unit_compatible}: a predicted unit fits the expected category. */
  static boolean unitCompatible(Expected e, Pred q) {
    String got = unitClass(q.unit());
    if (got == null) return true;
    String cat = e.cat() == null ? "count" : e.cat();
    if (cat.equals("count")) return false;
    if (!EXPECTED_CLASS.containsKey(cat)) return true;
    return got.equals(EXPECTED_CLASS.get(cat));
  }

  /** {@code value_matches}: value, alternative or bound equals low or high, or lies in a closed interval. */
  static boolean valueMatches(Expected e, Pred q) {
    if (!unitCompatible(e, q)) return false;
    Double lo = q.low();
    Double hi = q.high();
    List<Double> vals = new ArrayList<>();
    vals.add(e.value());
    vals.addAll(e.valueAlt());
    vals.add(e.low());
    vals.add(e.high());
    for (Double v : vals) {
      if (v == null) continue;
      if (close(lo, v) || close(hi, v)) return true;
      if (lo != null && hi != null && lo <= v && v <= hi) return true;
    }
    return false;
  }

  private static boolean eq(Double a, Double b) {
    if (a == null || b == null) return a == null && b == null;
    return close(a, b);
  }

  /** {@code bounds_exact}: both bounds as expected, open where open. */
  static boolean boundsExact(Expected e, Pred q) {
    return eq(e.low(), q.low()) && eq(e.high(), q.high());
  }

  // ------------------------------------------------------------------ names

  private static final Set<String> STOP = Set.of("of", "and", "the", "for", "in", "on", "at", "to", "&");
  private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "prof", "sen", "senator", "gov", "capt",
      "captain", "president", "the", "a", "an");
  private static final Pattern POSSESSIVE = Pattern.compile("'s(?!" + WORD + ")");
  private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}\\p{N}_" + SPACE_BODY + "&-]");
  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[" + SPACE_BODY + "-]+");

  /** {@code norm}: curly apostrophes straightened, "'s" dropped, lower case, punctuation to spaces. */
  static String norm(String s) {
    s = (s == null ? "" : s).replace('\u2019', '\'').replace('\u2018', '\'');
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = NOT_NAME_CHAR.matcher(PyText.lower(s)).replaceAll(" ");
    return PyText.squeeze(s);
  }

  /** {@code words}: the normalized words, hyphens split, titles and articles left out. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : PyText.split(norm(s).replace('-', ' '))) {
      if (!TITLES.contains(w)) out.add(w);
    }
    return out;
  }

  /** {@code acronyms}: initials of every run of two or more capitalised words, lower case. */
  static Set<String> acronyms(String name) {
    List<String> caps = new ArrayList<>();
    for (String t : SPACES_OR_HYPHENS.split((name == null ? "" : name).replace(".", ""), -1)) {
      if (!t.isEmpty() && PyText.firstIsUpper(t) && !STOP.contains(PyText.lower(t))) caps.add(t);
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < caps.size(); i++) {
      for (int j = i + 2; j <= caps.size(); j++) {
        StringBuilder sb = new StringBuilder();
        for (String t : caps.subList(i, j)) sb.append(PyText.first(t));
        out.add(PyText.lower(sb.toString()));
      }
    }
    return out;
  }

  /** {@code name_matches}: equal, containing (3+), same last word (3+), or an acronym of the other. */
  static boolean nameMatches(String expected, String predicted) {
    if (expected == null || expected.isEmpty() || predicted == null || predicted.isEmpty()) return false;
    String a = norm(expected);
    String b = norm(predicted);
    if (a.isEmpty() || b.isEmpty()) return false;
    if (a.equals(b)) return true;
    if (PyText.len(a) >= 3 && PyText.len(b) >= 3 && (b.contains(a) || a.contains(b))) return true;
    List<String> wa = words(expected);
    List<String> wb = words(predicted);
    if (!wa.isEmpty() && !wb.isEmpty()) {
      String la = wa.get(wa.size() - 1);
      String lb = wb.get(wb.size() - 1);
      if (PyText.len(la) >= 3 && wb.contains(la)) return true;
      if (PyText.len(lb) >= 3 && wa.contains(lb)) return true;
    }
    Set<String> ta = new LinkedHashSet<>(PyText.split(a.replace('-', ' ')));
    Set<String> tb = new LinkedHashSet<>(PyText.split(b.replace('-', ' ')));
    Set<String> accA = acronyms(expected);
    Set<String> accB = acronyms(predicted);
    if (intersects(accA, tb) || intersects(accB, ta)) return true;
    return accB.contains(a.replace(" ", "")) || accA.contains(b.replace(" ", ""));
  }

  private static boolean intersects(Set<String> x, Set<String> y) {
    for (String s : x) {
      if (y.contains(s)) return true;
    }
    return false;
  }

  /**
   * {@code source_ok}: an authorial line needs an authorial claim or a source named in
   * {@code source_alt}; an attributed one a non-authorial claim whose source name or affiliation
   * matches {@code source} or a {@code source_alt}.
   */
  static boolean sourceOk(Expected e, PredClaim claim) {
    List<String> names = new ArrayList<>();
    if (claim.sourceName() != null && !claim.sourceName().isEmpty()) names.add(claim.sourceName());
    if (claim.affiliation() != null && !claim.affiliation().isEmpty()) names.add(claim.affiliation());
    if (e.authorial()) {
      if (claim.isAuthor()) return true;
      return anyMatch(e.sourceAlt(), names);
    }
    if (claim.isAuthor()) return false;
    List<String> wanted = new ArrayList<>();
    wanted.add(e.source());
    wanted.addAll(e.sourceAlt());
    return anyMatch(wanted, names);
  }

  private static boolean anyMatch(List<String> wanted, List<String> names) {
    for (String x : wanted) {
      for (String n : names) {
        if (nameMatches(x, n)) return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ counted

  private static final Pattern WORD_OR_HYPHEN = Pattern.compile("(?:" + WORD + "|-)+");

  /** {@code fold}: lower case, plural folded (ies → y, sses → ss, es → e, s → ""), short words kept. */
  static String fold(String w) {
    w = PyText.lower(w);
    String[][] rules = {{"ies", "y"}, {"sses", "ss"}, {"es", "e"}, {"s", ""}};
    for (String[] r : rules) {
      if (w.endsWith(r[0]) && PyText.len(w) > r[0].length() + 2) {
        return w.substring(0, w.length() - r[0].length()) + r[1];
      }
    }
    return w;
  }

  private static String folded(String s) {
    List<String> ws = new ArrayList<>();
    Matcher m = WORD_OR_HYPHEN.matcher(s);
    while (m.find()) ws.add(fold(m.group()));
    return String.join(" ", ws);
  }

  /** {@code counted_ok}: an expected head (plurals folded) occurs as a word sequence in the predicted counted. */
  static boolean countedOk(Expected e, Pred q) {
    List<String> heads = new ArrayList<>();
    if (e.countsSomething()) heads.add(e.counted());
    for (String h : e.countedAlt()) {
      if (!h.isEmpty()) heads.add(h);
    }
    String got = q.counted();
    if (got == null || got.isEmpty() || heads.isEmpty()) return false;
    String gs = " " + folded(got) + " ";
    for (String h : heads) {
      String hw = folded(h);
      if (!hw.isEmpty() && gs.contains(" " + hw + " ")) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ years and dates

  private static final String MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern YEAR_RE = Pattern.compile(
      "(?:in |since |by |from |until |of )?['\u2019]?(?:(?:1[89]|20)" + DIGIT + DIGIT + "|" + DIGIT + DIGIT + ")s?", CI);
  private static final Pattern DATE_RE = Pattern.compile(
      "(?:" + BOUNDARY + MONTHS + SPACE + "+" + DIGIT + "{1,2}" + BOUNDARY
          + "|" + BOUNDARY + DIGIT + "{1,2}" + SPACE + "+" + MONTHS + BOUNDARY
          + "|" + BOUNDARY + DIGIT + "{1,2}:" + DIGIT + DIGIT + BOUNDARY
          + "|" + BOUNDARY + "a\\.m\\.|" + BOUNDARY + "p\\.m\\.)", CI);
  private static final Pattern TWO_DIGITS = Pattern.compile(DIGIT + DIGIT);

  /**
   * {@code is_year_or_date}: "'19" after an apostrophe, a bare year (1800–2099, or written with an
   * apostrophe) without a unit, or a surface holding a date or a clock time. {@code text} may be
   * null; the span is read as code points into it, as score.py does.
   */
  static boolean isYearOrDate(Pred q, String text) {
    String s = PyText.strip(q.surface() == null ? "" : q.surface());
    if (text != null && !text.isEmpty() && q.start() > 0) {
      int c = PyText.at(text, q.start() - 1);
      if ((c == '\'' || c == '\u2019') && TWO_DIGITS.matcher(s).matches()) return true;
    }
    if (q.unit() == null && YEAR_RE.matcher(s).matches()) {
      Double lo = q.low();
      if (lo != null && ((1800 <= lo && lo <= 2099) || s.startsWith("'") || s.startsWith("\u2019"))) return true;
    }
    return DATE_RE.matcher(s).find();
  }

}
