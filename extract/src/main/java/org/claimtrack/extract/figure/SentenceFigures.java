package org.claimtrack.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.words.WordList;
import org.claimtrack.extract.words.WordMap;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * One sentence and the drafts of its quantities' figures, with the token-level look-ups the
 * rules share: lower-cased words, capitalized runs, and the longest list entry at a position.
 */
final class SentenceFigures {
  final Sentence sentence;
  final String text;
  final List<Draft> drafts = new ArrayList<>();
  private final String[] lower;

  SentenceFigures(Sentence sentence, String text, List<Quantity> quantities) {
    this.sentence = sentence;
    this.text = text;
    this.lower = new String[sentence.size()];
    for (Token t : sentence.tokens()) lower[t.index()] = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    for (Quantity q : quantities) {
      List<Integer> in = sentence.tokensIn(q.span());
      if (in.isEmpty()) continue;
      drafts.add(new Draft(q, in.get(0), in.get(in.size() - 1)));
    }
  }

  int size() {
    return lower.length;
  }

  /** The token's text, lower case, with curly apostrophes straightened. */
  String word(int i) {
    return i >= 0 && i < lower.length ? lower[i] : "";
  }

  Token token(int i) {
    return sentence.token(i);
  }

  boolean capitalized(int i) {
    if (i < 0 || i >= lower.length) return false;
    String t = sentence.token(i).text();
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  boolean possessive(int i) {
    return word(i).equals("'s");
  }

  /** Span of tokens {@code [from, to]} (inclusive). */
  Span span(int from, int to) {
    return sentence.span(from, to + 1);
  }

  /** Text of tokens {@code [from, to]} (inclusive) as written. */
  String words(int from, int to) {
    return span(from, to).of(text);
  }

  /** Lower-case words of tokens {@code [from, to]} joined by one space. */
  String lowerWords(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from) b.append(' ');
      b.append(word(i));
    }
    return b.toString();
  }

  /** Length in tokens of the longest entry of {@code list} starting at token {@code i}; 0 when none. */
  int matchAt(int i, WordList list) {
    int best = 0;
    for (int n = 1; n <= 5 && i + n <= lower.length; n++) {
      if (list.contains(lowerWords(i, i + n - 1))) best = n;
    }
    return best;
  }

  /** Length in tokens of the longest key of {@code map} starting at token {@code i}; 0 when none. */
  int matchAt(int i, WordMap map) {
    int best = 0;
    for (int n = 1; n <= 5 && i + n <= lower.length; n++) {
      if (map.containsKey(lowerWords(i, i + n - 1))) best = n;
    }
    return best;
  }

  /** Length in tokens of the longest entry of {@code list} ending at token {@code i}; 0 when none. */
  int matchEndingAt(int i, WordList list) {
    int best = 0;
    for (int n = 1; n <= 5 && i - n + 1 >= 0; n++) {
      if (i < lower.length && list.contains(lowerWords(i - n + 1, i))) best = n;
    }
    return best;
  }

  /** Length in tokens of the longest key of {@code map} ending at token {@code i}; 0 when none. */
  int matchEndingAt(int i, WordMap map) {
    int best = 0;
    for (int n = 1; n <= 5 && i - n + 1 >= 0; n++) {
      if (i < lower.length && map.containsKey(lowerWords(i - n + 1, i))) best = n;
    }
    return best;
  }

  /** The end (inclusive) of a run of up to {@code max} capitalized tokens starting at {@code i}; -1 when none. */
  int capitalizedRun(int i, int max) {
    int end = -1;
    for (int j = i; j < lower.length && j < i + max && capitalized(j) && !token(j).isPunct(); j++) end = j;
    return end;
  }

  /** The start of a run of up to {@code max} capitalized tokens ending at {@code i}; -1 when none. */
  int capitalizedRunEndingAt(int i, int max) {
    int start = -1;
    for (int j = i; j >= 0 && j > i - max && capitalized(j) && !token(j).isPunct(); j--) start = j;
    return start;
  }

  /** The token index of the end of the clause that token {@code i} is in (exclusive). */
  int clauseEnd(int i) {
    for (int j = i; j < lower.length; j++) {
      String w = word(j);
      if (w.equals(";") || w.equals(".") || w.equals(":")) return j;
      if (w.equals(",") && commaEndsClause(j + 1)) return j;
    }
    return lower.length;
  }

  private boolean commaEndsClause(int j) {
    return j < lower.length && FigureWords.CLAUSE_ENDS.contains(word(j));
  }

  /** The draft whose quantity covers token {@code i}, or null. */
  Draft draftAt(int i) {
    for (Draft d : drafts) if (d.first <= i && i <= d.last) return d;
    return null;
  }
}
