package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Token-level shapes the attribution rules share: what a noun phrase, a source's head, a content
 * boundary, a closing mark and a cue word look like in tagged (and perhaps parsed) tokens. Pure
 * functions of a sentence's tokens.
 */
final class Phrases {
  private Phrases() {}

  /** A document or dataset noun ("data", "figures", "a review"), by lemma or by word ("data" lemmatizes to "datum"). */
  static boolean isDocument(Token t) {
    return Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(t.lemma())) || Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(t.text()));
  }

  static boolean isQuoteToken(Token t) {
    return Lexicon.isQuoteChar(t.text().charAt(0)) || t.text().equals("''");
  }

  static boolean isClosingPunct(Token t) {
    String w = t.text();
    return w.equals(".") || w.equals("!") || w.equals("?");
  }

  /** A comma, or a closing quotation mark (with or without a comma), ends a content before its source. */
  static boolean isContentBoundary(Sentence s, int k) {
    if (k < 0) return false;
    String w = s.token(k).text();
    return w.equals(",") || w.equals("\u201D") || w.equals("\"") || w.equals("''") || w.equals(",\u201D");
  }

  static boolean isNounPhraseToken(Token t) {
    String p = t.pos();
    if ((t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) && !t.text().equals(",")) return true;
    return t.isNoun() || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("PRP")
        || p.equals("PRP$") || p.equals("CD") || p.equals("HYPH");
  }

  /** Tokens of a name with its apposition: "head of the Congressional Black Caucus", "(D-N.C.)". */
  static boolean isAppositionToken(Token t) {
    String w = t.text();
    return isNounPhraseToken(t) || w.equals("of") || w.equals("(") || w.equals(")") || w.equals("-LRB-")
        || w.equals("-RRB-");
  }

  static boolean isOpenParen(Token t) {
    return t.text().equals("(") || t.pos().equals("-LRB-");
  }

  static boolean isCloseParen(Token t) {
    return t.text().equals(")") || t.pos().equals("-RRB-");
  }

  /** The head of a noun phrase: its last noun or pronoun before any comma. */
  static int nounHead(Sentence s, int from, int to) {
    int head = -1;
    int depth = 0;
    for (int k = from; k < to; k++) {
      Token t = s.token(k);
      if (isOpenParen(t)) depth++;
      if (isCloseParen(t)) depth = Math.max(0, depth - 1);
      if (depth > 0 || isCloseParen(t)) continue;
      if (t.text().equals(",") && head >= 0) break;
      // "the Health Ministry in Gaza", "a 2013 report by the Senate subcommittee": the head comes
      // before a preposition that is not part of a name
      if (t.pos().equals("IN") && head >= 0 && t.ner().equals("O")) break;
      // "official figures released Tuesday", "data compiled by the Treasury": a participle ends the head
      if ((t.pos().equals("VBN") || t.pos().equals("VBG")) && head >= 0) break;
      if (t.isNoun() || t.pos().equals("PRP")) head = k;
    }
    return head;
  }

  /** Start of the noun phrase that ends right before {@code v} (an apposition may follow a name). */
  static int nounPhraseBefore(Sentence s, int v) {
    int k = v;
    if (k - 1 >= 2 && s.token(k - 1).text().equals(",")) {
      // "Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus, said"
      int j = k - 1;
      int m = j;
      while (m - 1 >= 0 && isAppositionToken(s.token(m - 1))) m--;
      if (m < j && m - 1 >= 1 && s.token(m - 1).text().equals(",")) {
        int a = m - 1;
        while (a - 1 >= 0 && isAppositionToken(s.token(a - 1))) a--;
        boolean named = false;
        for (int x = a; x < m - 1; x++) {
          if (s.token(x).ner().equals("PERSON") || s.token(x).ner().equals("ORGANIZATION")) named = true;
        }
        if (named && a < m - 1 && a >= 1 && isContentBoundary(s, a - 1)) return a;
      }
      return -1;
    }
    if (k - 1 >= 1 && isCloseParen(s.token(k - 1))) {
      // "Gov. Mike Pence (R-IN) said"
      int open = k - 2;
      while (open >= 0 && open >= k - 8 && !isOpenParen(s.token(open))) open--;
      if (open >= 1 && isOpenParen(s.token(open)) && isNounPhraseToken(s.token(open - 1))) k = open;
    }
    while (k - 1 >= 0 && isNounPhraseToken(s.token(k - 1))) k--;
    if (k == v) return -1;
    // "John Kirby, the White House spokesman, said": a name, then an apposition
    if (k - 1 >= 1 && s.token(k - 1).text().equals(",") && s.token(v - 1).text().equals(",")) {
      return -1;
    }
    if (k >= 2 && s.token(k - 1).text().equals(",")) {
      int j = k - 1;
      int m = j;
      while (m - 1 >= 0 && isNounPhraseToken(s.token(m - 1))) m--;
      boolean named = m < j && (s.token(j - 1).ner().equals("PERSON") || s.token(j - 1).ner().equals("ORGANIZATION"));
      if (named && m >= 1 && isContentBoundary(s, m - 1)) return m;
    }
    return k;
  }

  /** End of the noun phrase starting at {@code from} (with an apposition), bounded by {@code end}. */
  static int nounPhraseAfter(Sentence s, int from, int end) {
    int k = from;
    // "said James Acton, a physicist who is co-director of ...": an inverted source that starts
    // with a name runs, with its apposition, to the end of the sentence
    if (from < end && (s.token(from).ner().equals("PERSON") || s.token(from).isProperNoun()
        || s.token(from).pos().equals("DT") && from + 1 < end && s.token(from + 1).isProperNoun())) {
      int j = from;
      while (j < end && s.token(j).isProperNoun()) j++;
      // "said Rep. Joseph Crowley (D-N.Y.), a leading advocate ...": a party and state goes with the name
      if (j < end && isOpenParen(s.token(j))) {
        int close = j + 1;
        while (close < end && close <= j + 6 && !isCloseParen(s.token(close))) close++;
        if (close < end && isCloseParen(s.token(close))) j = close + 1;
      }
      // "said Rep. Elijah Cummings of Maryland, the panel's ranking Democrat"
      if (j + 1 < end && Lexicon.lower(s.token(j).text()).equals("of") && s.token(j + 1).isProperNoun()) {
        j++;
        while (j < end && s.token(j).isProperNoun()) j++;
      }
      if (j < end && s.token(j).text().equals(",")) {
        boolean clause = false;
        for (int x = j; x < end; x++) {
          if (isQuoteToken(s.token(x))) return x;
          if (s.token(x).text().equals(",") && x + 1 < end && endsInvertedSource(s, j, x)) return x;
          if (s.token(x).isVerb() && !(x > j && (s.token(x - 1).pos().startsWith("W") || s.token(x - 1).pos().equals("VBZ")
              || s.token(x - 1).pos().equals("VBD")))) {
            clause = s.token(x).pos().equals("VBZ") || s.token(x).pos().equals("VBD") || s.token(x).pos().equals("VBP");
            if (clause && !hasRelativeBefore(s, j, x)) return j;
          }
        }
        return end;
      }
    }
    while (k < end && (isNounPhraseToken(s.token(k)) || s.token(k).text().equals(",") && k + 1 < end
        || s.token(k).pos().equals("IN") && Lexicon.lower(s.token(k).text()).equals("of") && k > from)) {
      k++;
    }
    while (k > from && (s.token(k - 1).text().equals(",") || s.token(k - 1).pos().equals("IN"))) k--;
    return k;
  }

  /**
   * True when the comma at {@code x} (the name's own comma at {@code nameComma} or a later one)
   * ends an inverted source: what follows is the circumstance of the saying, not who says it
   * ("said O'Neill, on what was his first full day", "said Cummings, ..., in a statement"), what
   * the speaker was doing ("said Donald Tusk, summing up conversations"), or a second apposition
   * that describes a noun of the first ("said Nick Witney, a fellow at ... who ran the European
   * Defense Agency, an E.U. institution whose ...").
   */
  static boolean endsInvertedSource(Sentence s, int nameComma, int x) {
    Token next = s.token(x + 1);
    String p = next.pos();
    // "said Don Fowler, who helmed the DNC from 1995 to 1997, during Bill Clinton's presidency, and
    // has backed ...": within a relative clause a comma ends nothing
    boolean inClause = hasRelativeBefore(s, nameComma, x);
    if (p.equals("VBG")) return !inClause;
    if ((p.equals("IN") || p.equals("TO")) && !Lexicon.lower(next.text()).equals("of")) return !inClause;
    return x > nameComma && p.equals("DT") && !Lexicon.lower(next.text()).equals("both");
  }

  static boolean hasRelativeBefore(Sentence s, int from, int x) {
    for (int k = from; k < x; k++) {
      if (s.token(k).pos().startsWith("W")) return true;
    }
    return false;
  }

  static int firstCommaOrEnd(Sentence s, int from, int end) {
    for (int k = from; k < end; k++) {
      if (s.token(k).text().equals(",")) return k;
    }
    return end;
  }

  /**
   * True when tokens [from, end) are a short adjunct after a cue: a date, "in a statement", "to
   * CNN". A clause is not: no verb, no subject pronoun, no "'s" (a tagger may call "it's" a
   * possessive), no count ("he estimates it's about 15 percent").
   */
  static boolean tailIsAdjunct(Sentence s, int from, int end) {
    if (end - from > 8 && !(end - from <= 16 && from < end && (s.token(from).pos().equals("IN") || s.token(from).pos().equals("TO")))) {
      return false;
    }
    for (int k = from; k < end; k++) {
      Token t = s.token(k);
      String p = t.pos();
      if (t.isVerb() || p.equals("WDT") || p.equals("WP") || p.equals("WRB") || p.equals("CC") || p.equals("MD")) return false;
      if (Lexicon.isQuoteChar(t.text().charAt(0)) && k > from) return false;
      String w = Lexicon.lower(t.text());
      if (SUBJECT_PRONOUNS.contains(w) || w.equals("'s") || w.equals("\u2019s")) return false;
      if (p.equals("CD") && k + 1 < end && (s.token(k + 1).isNoun() || s.token(k + 1).text().equals("%"))
          && !Lexicon.MONTHS.contains(Lexicon.lower(s.token(k + 1).text()))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("i", "we", "he", "she", "it", "they", "you");


  static BitSet range(int from, int to) {
    BitSet b = new BitSet();
    if (to > from) b.set(from, to);
    return b;
  }

  static boolean isSpeechVerb(Token t) {
    return t.isVerb() && !t.pos().equals("VBG") && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.lemma()));
  }

  static boolean hasAuxBefore(Sentence s, int v) {
    for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
      String l = Lexicon.lower(s.token(k).lemma());
      if (l.equals("have")) return true;
      if (!s.token(k).pos().equals("RB")) return false;
    }
    return false;
  }

  /** The subject of the main clause before token {@code v}: the parse's, else the first name or noun. */
  static int clauseSubject(Sentence s, int v) {
    if (s.isParsed()) {
      DependencyGraph g = s.graph();
      int root = g.root();
      if (root >= 0 && root < v) {
        int subj = g.firstChild(root, "nsubj");
        if (subj >= 0 && subj < v && (s.token(subj).isNoun() || s.token(subj).pos().startsWith("PRP"))) return subj;
      }
    }
    for (int k = 0; k < v; k++) {
      Token t = s.token(k);
      if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
        int j = k;
        while (j + 1 < v && s.token(j + 1).ner().equals(t.ner())) j++;
        return j;
      }
      if (t.pos().equals("IN") || t.pos().equals(",")) return -1;
    }
    return -1;
  }

  /** The noun phrase around a head token: its name run, or adjacent nouns and modifiers. */
  static int[] nameOrPhraseAround(Sentence s, int head) {
    int a = head;
    while (a - 1 >= 0 && isNounPhraseToken(s.token(a - 1))) a--;
    return new int[] {a, head + 1};
  }

  static boolean isPronoun(Token t) {
    return t.pos().startsWith("PRP") || t.pos().startsWith("W");
  }

  static boolean isCueLemma(String lemma) {
    return Lexicon.SPEECH_VERBS.contains(lemma) || Lexicon.COGNITION_VERBS.contains(lemma)
        || Lexicon.EVIDENCE_VERBS.contains(lemma) || Lexicon.STANCE_VERBS.contains(lemma)
        || Lexicon.TOPIC_VERBS.containsKey(lemma);
  }

  /** True when a sentence may hold a cue: worth a dependency parse. */
  static boolean hasCueCandidate(Sentence s) {
    for (Token t : s.tokens()) {
      String lemma = Lexicon.lower(t.lemma());
      if (t.isVerb() && isCueLemma(lemma)) return true;
      if (lemma.equals("according")) return true;
    }
    return false;
  }

  static boolean hasThatMark(Sentence s, DependencyGraph g, int node) {
    for (int m : g.children(node, "mark")) {
      if (Lexicon.lower(s.token(m).text()).equals("that")) return true;
    }
    return false;
  }

  static int firstParataxisBefore(DependencyGraph g, int v) {
    for (int c : g.children(v)) {
      if (c < v && (g.is(c, "parataxis") || g.is(c, "ccomp"))) return c;
    }
    return -1;
  }


  static int firstChild(DependencyGraph g, int v, String rel) {
    return g.firstChild(v, rel);
  }}
