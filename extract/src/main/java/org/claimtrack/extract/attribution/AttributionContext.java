package org.claimtrack.extract.attribution;

import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.extract.Texts;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * What every attribution rule reads: the article text, the region annotated, its direct quotes
 * and its sentences; and the span operations the rules share (trimming, quote balance, cutting
 * the source out of a content). Immutable.
 */
final class AttributionContext {
  final String text;
  final Span region;
  final Quotes quotes;
  final List<Sentence> sentences;

  AttributionContext(String text, Span region, Quotes quotes, List<Sentence> sentences) {
    this.text = text;
    this.region = region;
    this.quotes = quotes;
    this.sentences = List.copyOf(sentences);
  }

  Sentence sentenceContaining(int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) return s;
    }
    return null;
  }

  /** True when a quote starts a sentence, a line, or follows a colon or a sentence's end. */
  boolean opensSentence(Span q) {
    int i = q.start() - 1;
    while (i >= region.start() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
    if (i < region.start()) return true;
    char c = text.charAt(i);
    if (c == '\n' || c == ':' || c == '.' || c == '?' || c == '!') return true;
    for (Sentence s : sentences) {
      if (s.span().start() == q.start() || s.tokens().size() > 0 && s.token(0).start() == q.start()) return true;
    }
    return false;
  }

  /** Tokens of {@code set} as a span from first to last, without punctuation at either end. */
  Span trimmedSpan(Sentence s, BitSet set) {
    if (set.isEmpty()) return null;
    int first = set.nextSetBit(0);
    int last = set.length() - 1;
    while (first <= last && isTrimmable(s.token(first))) first++;
    while (last >= first && isTrimmable(s.token(last))) last--;
    if (first > last) return null;
    return balanceQuotes(new Span(s.token(first).start(), s.token(last).end()));
  }

  private static boolean isTrimmable(Token t) {
    String w = t.text();
    if (w.length() == 1 && ",.;:\u2014\u2013-".indexOf(w.charAt(0)) >= 0) return true;
    return w.equals("--") || w.equals("...");
  }

  /** Drops a lone quotation mark at either end, keeps paired ones. */
  Span balanceQuotes(Span sp) {
    int b = sp.start();
    int e = sp.end();
    int marks = 0;
    for (int i = b; i < e; i++) {
      if (Lexicon.isQuoteChar(text.charAt(i))) marks++;
    }
    if (marks % 2 == 1) {
      if (Lexicon.isQuoteChar(text.charAt(b)) && (quotes.at(b) == null || quotes.at(b).end() > e)) {
        b++;
      } else if (Lexicon.isQuoteChar(text.charAt(e - 1))) {
        e--;
      }
    }
    while (b < e && Character.isWhitespace(text.charAt(b))) b++;
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
    return b < e ? new Span(b, e) : null;
  }

  /** The content without {@code cut} when it sits at one end; null when nothing remains. */
  Span cut(Span content, Span cutOut) {
    if (!content.overlaps(cutOut)) return content;
    Span left = cutOut.start() > content.start() ? new Span(content.start(), cutOut.start()) : null;
    Span right = cutOut.end() < content.end() ? new Span(cutOut.end(), content.end()) : null;
    Span keep = left == null ? right : right == null ? left : left.length() >= right.length() ? left : right;
    if (keep == null) return null;
    return trimText(keep);
  }

  private Span trimText(Span sp) {
    int b = sp.start();
    int e = sp.end();
    while (b < e && (Character.isWhitespace(text.charAt(b)) || ",;:\u2014\u2013".indexOf(text.charAt(b)) >= 0)) b++;
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",;:\u2014\u2013".indexOf(text.charAt(e - 1)) >= 0)) e--;
    return b < e ? balanceQuotes(new Span(b, e)) : null;
  }

  /** The quote that makes up most of {@code content}, if any. */
  Span quoteCovering(Span content) {
    for (Span q : quotes.overlapping(content)) {
      int inner = Math.max(0, q.overlap(content));
      int letters = letters(content);
      if (letters > 0 && letters(q.start() > content.start() ? new Span(Math.max(q.start(), content.start()),
          Math.min(q.end(), content.end())) : new Span(content.start(), Math.min(q.end(), content.end()))) * 10 >= letters * 8
          && inner > 0) {
        return q;
      }
    }
    return null;
  }

  private int letters(Span sp) {
    int n = 0;
    for (int i = sp.start(); i < sp.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) n++;
    }
    return n;
  }

  boolean onlyPunctBetween(int a, int b) {
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && ",:;\u2014\u2013-".indexOf(c) < 0) return false;
    }
    return true;
  }

  int words(Span sp) {
    return Texts.words(text, sp);
  }

  boolean hasQuote(Sentence s, DependencyGraph g, int node) {
    Span sp = trimmedSpan(s, g.subtree(node));
    return sp != null && !quotes.overlapping(sp).isEmpty();
  }

  /**
   * A content found by a rule, as QUOTE when a direct quote makes up most of it (the content
   * becomes the whole quotation), else as {@code kind}.
   */
  Attribution attribution(Sentence s, org.claimtrack.domain.ClaimKind kind, Attribution.Mention source, Span cue,
      int cueHead, Span content, String rule) {
    Span quoted = quoteCovering(content);
    if (quoted != null) {
      return new Attribution(s.index(), org.claimtrack.domain.ClaimKind.QUOTE, source, cue, cueHead, quoted, rule);
    }
    return new Attribution(s.index(), kind, source, cue, cueHead, content, rule);
  }
}
