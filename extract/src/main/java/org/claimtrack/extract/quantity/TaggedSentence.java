package org.claimtrack.extract.quantity;

import java.util.Locale;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * A tagged sentence as the figure rules (package-info S1-S5) read it: lower-cased words and
 * lemmas, parts of speech, and the tokens a span covers. Immutable.
 */
final class TaggedSentence {
  final Sentence sentence;
  final String text;
  final int n;
  private final String[] lower;
  private final String[] lemma;

  TaggedSentence(Sentence sentence, String text) {
    this.sentence = sentence;
    this.text = text;
    this.n = sentence.size();
    this.lower = new String[n];
    this.lemma = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = sentence.token(i);
      lower[i] = t.text().toLowerCase(Locale.ROOT);
      lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
    }
  }

  Token token(int i) {
    return sentence.token(i);
  }

  boolean in(int i) {
    return i >= 0 && i < n;
  }

  String lower(int i) {
    return in(i) ? lower[i] : "";
  }

  String lemma(int i) {
    return in(i) ? lemma[i] : "";
  }

  String pos(int i) {
    return in(i) ? sentence.token(i).pos() : "";
  }

  boolean is(int i, String word) {
    return lower(i).equals(word);
  }

  boolean isAny(int i, String... words) {
    String w = lower(i);
    for (String x : words) {
      if (w.equals(x)) {
        return true;
      }
    }
    return false;
  }

  /** The word at i is in {@code table} (as written, ignoring case). */
  <V> V word(WordTable<V> table, int i) {
    return in(i) ? table.get(lower[i], 0, lower[i].length()) : null;
  }

  /** The lemma at i is in {@code table}. */
  <V> V lemmaIn(WordTable<V> table, int i) {
    return in(i) ? table.get(lemma[i], 0, lemma[i].length()) : null;
  }

  boolean noun(int i) {
    return pos(i).startsWith("NN");
  }

  boolean properNoun(int i) {
    return pos(i).startsWith("NNP");
  }

  boolean verb(int i) {
    return pos(i).startsWith("VB");
  }

  /** A verb form that makes a clause of its own: "said", "is", "were", "will". */
  boolean finiteVerb(int i) {
    String p = pos(i);
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  boolean adjective(int i) {
    return pos(i).startsWith("JJ");
  }

  boolean adverb(int i) {
    return pos(i).startsWith("RB");
  }

  boolean determiner(int i) {
    String p = pos(i);
    return p.equals("DT") || p.equals("PDT") || p.equals("PRP$") || p.equals("WP$");
  }

  boolean pronoun(int i) {
    String p = pos(i);
    return p.equals("PRP") || p.equals("WDT") || p.equals("WP") || p.equals("EX")
        || p.equals("DT") && !noun(i + 1) && !adjective(i + 1);
  }

  boolean possessive(int i) {
    return pos(i).equals("POS");
  }

  boolean number(int i) {
    return pos(i).equals("CD");
  }

  boolean punctuation(int i) {
    return in(i) && sentence.token(i).isPunct();
  }

  /** An opening quotation mark. */
  boolean openQuote(int i) {
    String p = pos(i);
    return p.equals("``") || in(i) && (lower[i].equals("\"") || lower[i].equals("“"));
  }

  /**
   * The direction ("UP", "DOWN", "ANY") of a change verb at i ({@code quantity-change-verbs.tsv}),
   * by its lemma or, when the tagger took it for a noun ("occupancy dropping/NN by 99%"), by its
   * stem; null when it is none.
   */
  String changeVerb(int i) {
    if (!in(i) || !(verb(i) || noun(i) || adjective(i))) {
      return null;
    }
    String d = Vocabulary.CHANGE_VERBS.get(lemma[i]);
    if (d != null || verb(i)) {
      return d;
    }
    String w = lower[i];
    for (String stem : stems(w)) {
      d = Vocabulary.CHANGE_VERBS.get(stem);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** "dropping" → "dropp", "drop", "droppe"; "slid" stays; "falls" → "fall". */
  private static String[] stems(String w) {
    if (w.endsWith("ing") && w.length() > 5) {
      String b = w.substring(0, w.length() - 3);
      return new String[] {b, b + "e", b.substring(0, b.length() - 1)};
    }
    if (w.endsWith("ed") && w.length() > 4) {
      String b = w.substring(0, w.length() - 2);
      return new String[] {b, b + "e", b.substring(0, b.length() - 1), w.substring(0, w.length() - 1)};
    }
    if (w.endsWith("s") && w.length() > 3) {
      return new String[] {w.substring(0, w.length() - 1)};
    }
    return new String[] {};
  }

  /** A month name or abbreviation, with its period: "May", "Jan.". */
  boolean month(int i) {
    String w = lower(i);
    int end = w.endsWith(".") && w.length() > 1 ? w.length() - 1 : w.length();
    return Vocabulary.MONTHS.get(w, 0, end) != null && (end == w.length() || end <= 4);
  }

  /** The first token overlapping {@code s}, or -1. */
  int first(Span s) {
    for (int i = 0; i < n; i++) {
      if (sentence.token(i).end() > s.start()) {
        return sentence.token(i).start() < s.end() ? i : -1;
      }
    }
    return -1;
  }

  /** The last token overlapping {@code s}, or -1. */
  int last(Span s) {
    for (int i = n - 1; i >= 0; i--) {
      if (sentence.token(i).start() < s.end()) {
        return sentence.token(i).end() > s.start() ? i : -1;
      }
    }
    return -1;
  }

  /** The first token starting at or after offset {@code o}, or n. */
  int startingFrom(int o) {
    for (int i = 0; i < n; i++) {
      if (sentence.token(i).start() >= o) {
        return i;
      }
    }
    return n;
  }

  /**
   * The first token after a figure ending at offset {@code o}, past the period of an
   * abbreviated unit glued to it: "the 4.9 million bbl. of oil" goes on with "of".
   */
  int afterFigure(int o) {
    int i = startingFrom(o);
    if (i > 0 && i + 1 < n && is(i, ".") && sentence.token(i).start() == o
        && sentence.token(i - 1).end() == o && letter(i - 1)) {
      return i + 1;
    }
    return i;
  }

  private boolean letter(int i) {
    String t = sentence.token(i).text();
    return !t.isEmpty() && Character.isLetter(t.charAt(t.length() - 1));
  }

  /** The text of tokens {@code [from, to)}. */
  String text(int from, int to) {
    return sentence.span(from, to).of(text);
  }
}
