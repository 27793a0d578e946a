package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/** Rule {@code according-to}. */
final class AccordingTo implements SentenceRule {
  @Override
  public String name() {
    return "according-to";
  }

  @Override
  public List<Attribution> find(AttributionContext cx, Sentence s, BitSet used) {
    List<Attribution> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (isAccording(s, t.index())) {
        Attribution a = find(cx, s, t.index());
        if (a != null) out.add(a);
        used.set(t.index());
      } else if (isBasedOnDocument(s, t.index())) {
        // "..., based on data compiled by the Treasury, ...": a document as source
        Attribution a = find(cx, s, t.index());
        if (a != null) out.add(a);
      }
    }
    return out;
  }

  /**
   * "According to X, CONTENT." and "CONTENT, according to X." read off the surface (parsers
   * often mangle the phrase); in mid-sentence ("Y, according to X, Z") the content is the
   * sentence around it.
   */
  static Attribution find(AttributionContext cx, Sentence s, int according) {
    if (cx.quotes.inside(s.token(according).span())) return null;
    int n = s.size();
    int end = n;
    while (end > 0 && isClosingPunct(s.token(end - 1))) end--;
    int srcFrom = according + 2;
    int srcTo = srcFrom;
    // a verb ends the source unless it is part of a name, capitalized ("the Alliance to Reclaim Our Schools")
    while (srcTo < end && !s.token(srcTo).text().equals(",") && srcTo - srcFrom < 20
        && !(s.token(srcTo).isVerb() && !s.token(srcTo).pos().equals("VBN") && !s.token(srcTo).pos().equals("VBG")
            && !Character.isUpperCase(s.token(srcTo).text().charAt(0)))) {
      srcTo++;
    }
    if (srcTo == srcFrom) return null;
    boolean closing = false;
    for (int k = 0; k < according; k++) {
      if (!(s.token(k).pos().equals("CC") || s.token(k).pos().equals("RB") || isQuoteToken(s.token(k)))) closing = true;
    }
    if (closing && appositionToEnd(s, srcTo, end)) srcTo = appositionEnd(s, srcTo, end);
    int head = nounHead(s, srcFrom, srcTo);
    if (head < 0) return null;
    Span srcSpan = cx.trimmedSpan(s, range(srcFrom, srcTo));
    if (srcSpan == null) return null;
    boolean opening = true;
    for (int k = 0; k < according; k++) {
      if (!(s.token(k).pos().equals("CC") || s.token(k).pos().equals("RB") || isQuoteToken(s.token(k)))) opening = false;
    }
    BitSet content = new BitSet();
    if (opening) {
      if (srcTo >= end || !s.token(srcTo).text().equals(",")) return null;
      content.set(srcTo + 1, end);
    } else {
      // with several "according to" in one sentence, each credits the clause before it: "killing
      // over 10,000, according to the ministry, and displacing 1.5 million, according to the UN"
      int previous = previousAccordingSourceEnd(s, according);
      int next = nextAccording(s, according + 2, end);
      content.set(previous, according);
      if (next < 0 && srcTo < end && s.token(srcTo).text().equals(",")) content.set(srcTo + 1, end);
    }
    Span c = cx.trimmedSpan(s, content);
    if (c == null || cx.words(c) < 2) return null;
    Span cue = new Span(s.token(according).start(), s.token(according + 1).end());
    ClaimKind kind = ClaimKind.ACCORDING_TO;
    return new Attribution(s.index(), kind, new Attribution.Mention(s.index(), head, srcSpan, -1), cue, according, c,
        AttributionStage.STAGE + ":according-to");
  }

  /**
   * True when what follows the source's comma to the end of the sentence is an apposition, not a
   * clause: "..., according to an analysis by Lily Batchelder, a former Democratic tax aide now
   * teaching at New York University." and "according to Craig Bryan, head of the National Center
   * for Veterans Studies, and other scientists". A finite verb, a quote or another "according to"
   * makes it content: "..., according to the ministry, 40 people died".
   */
  static int appositionEnd(Sentence s, int comma, int end) {
    for (int k = comma + 1; k + 1 < end; k++) {
      if (s.token(k).text().equals(",") && s.token(k + 1).pos().startsWith("W")) return k;
    }
    return end;
  }

  static boolean appositionToEnd(Sentence s, int comma, int end) {
    if (comma >= end || !s.token(comma).text().equals(",") || comma + 1 >= end) return false;
    // "..., a former Democratic tax aide now teaching at New York University, whose conclusions ...":
    // the apposition ends at a comma before a relative clause about the source
    for (int k = comma + 1; k + 1 < end; k++) {
      if (s.token(k).text().equals(",") && s.token(k + 1).pos().startsWith("W")) {
        end = k;
        break;
      }
    }
    if (end - comma - 1 > 16) return false;
    Token first = s.token(comma + 1);
    if (!(first.pos().equals("DT") || first.isNoun() || first.pos().startsWith("JJ") || first.pos().equals("PRP$"))) return false;
    for (int k = comma + 1; k < end; k++) {
      Token t = s.token(k);
      String p = t.pos();
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || p.equals("VB") || isQuoteToken(t)
          || isAccording(s, k) || p.startsWith("W") || p.equals("PRP")) {
        return false;
      }
    }
    return true;
  }

  /** After the source of the last "according to" before {@code according} (its comma), else 0. */
  private static int previousAccordingSourceEnd(Sentence s, int according) {
    int start = 0;
    for (int k = 0; k + 1 < according; k++) {
      if (isAccording(s, k)) {
        int j = k + 2;
        while (j < according && !s.token(j).text().equals(",")) j++;
        start = Math.min(according, j + 1);
      }
    }
    return start;
  }

  private static int nextAccording(Sentence s, int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (isAccording(s, k)) return k;
    }
    return -1;
  }

  private static boolean isBasedOnDocument(Sentence s, int k) {
    if (!Lexicon.lower(s.token(k).text()).equals("based") || k + 2 >= s.size() || !Lexicon.lower(s.token(k + 1).text()).equals("on")) {
      return false;
    }
    for (int j = k + 2; j < Math.min(s.size(), k + 6); j++) {
      if (isDocument(s.token(j))) return true;
      if (!(s.token(j).pos().equals("DT") || s.token(j).pos().startsWith("JJ") || s.token(j).isNoun() || s.token(j).pos().equals("POS"))) return false;
    }
    return false;
  }

  private static boolean isAccording(Sentence s, int k) {
    return Lexicon.lower(s.token(k).text()).equals("according") && k + 1 < s.size()
        && Lexicon.lower(s.token(k + 1).text()).equals("to");
  }
}
