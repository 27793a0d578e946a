package org.claimtrack.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.extract.quantity.NounPhrases.Phrase;
import org.claimtrack.nlp.DependencyGraph;

/**
 * S4 what a figure counts or measures: the head noun phrase as the annotation conventions have
 * it, for every kind of figure — for a percentage or a sum of money the thing measured (revenue,
 * approval rating, stimulus package), never "%" or "percent". Rules, first that answers wins:
 * <ol>
 *   <li>S4a the phrase right after the figure: "12,000 North Korean soldiers", "a 25% raise",
 *       "up to 30% capacity", "twice the average amount" (not "last year", not a unit);
 *   <li>S4b "of" after it: "42 percent of voters", "5,100 of 10,165 state-run schools", "13% of
 *       Italy's gross domestic product", "80% of the 4.1 million bbl. of crude";
 *   <li>S4c money "in" something: "$10.4 billion in income taxes", "in the form of interest";
 *   <li>S4d what a change changes (S3): the object of its verb ("raise the top wage by 33%",
 *       "increase its rate from zero to 1 percent"), else its subject ("operating profit fell 41
 *       per cent to S$110.2 million": both), or the phrase of a change noun ("its tally rise");
 *   <li>S4e a phrase before it joined by "of", "at", "for" (money) or a comma: "a total of
 *       84,000", "approval rating at 13%", "the states recovery rate, 71.88 per cent,";
 *   <li>S4f the subject of the verb the figure completes: "the death toll from the virus is
 *       16,002", "Economic growth is likely to plummet to a multi-decade low of 1.6 per cent";
 *   <li>S4g a figure coordinated with the one before shares its head: "12 civilians were killed
 *       and 40 injured", "occupancy dropping by 99% for foreigners and 96% for Italians";
 *   <li>S4h a placeholder before it ("the 2016 high of 8,836"), the noun the parser hangs it on,
 *       and, for a measure or duration, its unit as written ("for 36 hours": hours).
 * </ol>
 */
final class Counted {
  private static final int MAX_VERB_DISTANCE = 10;
  private static final int MAX_COORDINATION_GAP = 10;

  private Counted() {}

  static List<Figure> resolve(TaggedSentence ts, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      String c = direct(ts, f, figures);
      if (c == null && !out.isEmpty()) {
        c = coordinated(ts, f, out.get(out.size() - 1));
      }
      if (c == null) {
        c = fallback(ts, f, figures);
      }
      out.add(f.withCounted(c));
    }
    return out;
  }

  private static String direct(TaggedSentence ts, Figure f, List<Figure> figures) {
    String c;
    if ((c = phraseAfter(ts, f)) != null || (c = ofAfter(ts, f, figures)) != null
        || (c = inAfter(ts, f)) != null || (c = changed(ts, f, figures)) != null
        || (c = phraseBefore(ts, f, figures)) != null || (c = subject(ts, verbBefore(ts, f.numFirst() - 1, f, figures))) != null) {
      return c;
    }
    return null;
  }

  /** S4a "12,000 North Korean soldiers", "a 25% raise" ("two brigades of 6,000 people each": after 6,000). */
  private static String phraseAfter(TaggedSentence ts, Figure f) {
    int from = f.form() == Form.PRODUCT ? f.numLast() + 1 : ts.afterFigure(f.span().end());
    if (f.form() == Form.MULTIPLIER && ts.is(from, "the")) {
      from++; // "twice the average amount"
    }
    Phrase p = NounPhrases.after(ts, from);
    if (p == null) {
      return null;
    }
    if (ts.is(p.start(), "times") && ts.isAny(p.end(), "the", "as")) {
      Phrase q = NounPhrases.after(ts, p.end() + 1); // "ten times the number"
      return q == null ? null : NounPhrases.counted(ts, q);
    }
    return NounPhrases.counted(ts, p);
  }

  /** S4b "N of (the) X", past possessors and other figures: "192 of the legislature's 300 seats". */
  private static String ofAfter(TaggedSentence ts, Figure f, List<Figure> figures) {
    int k = ts.afterFigure(f.span().end());
    for (int guard = 0; guard < 4 && ts.is(k, "of"); guard++) {
      int j = k + 1;
      while (ts.determiner(j)) {
        j++;
      }
      j = pastFigure(ts, j, figures);
      Phrase p = NounPhrases.after(ts, j);
      if (p == null) {
        k = j; // "of the 4.1 million bbl. of crude"
        continue;
      }
      if (ts.possessive(p.end())) {
        Phrase q = NounPhrases.after(ts, pastFigure(ts, p.end() + 1, figures));
        if (q != null) {
          return NounPhrases.counted(ts, q);
        }
      }
      return NounPhrases.counted(ts, p);
    }
    return null;
  }

  private static int pastFigure(TaggedSentence ts, int j, List<Figure> figures) {
    for (Figure g : figures) {
      if (g.first() == j) {
        return ts.afterFigure(g.span().end());
      }
    }
    while (ts.number(j)) {
      j++; // numbers that are no figure ("the 2016 high")
    }
    return j;
  }

  /** S4c money "in" what it is: "$14.5 billion in back taxes", "in the form of interest". */
  private static String inAfter(TaggedSentence ts, Figure f) {
    int k = ts.afterFigure(f.span().end());
    if (!f.money() || !ts.is(k, "in")) {
      return null;
    }
    int j = k + 1;
    if (ts.is(j, "the") && ts.is(j + 1, "form") && ts.is(j + 2, "of")) {
      j += 3;
    }
    Phrase p = NounPhrases.after(ts, j);
    if (p == null || ts.token(p.end() - 1).ner().equals("LOCATION") || ts.properNoun(p.end() - 1)
        || p.end() - p.start() == 1 && ts.isAny(p.start(), "part", "total", "addition", "particular",
        "fact", "general", "turn", "return", "response", "full", "cash")
        || ts.token(p.end() - 1).text().chars().anyMatch(Character::isDigit)) {
      return null; // "in part", "in FY19"
    }
    return NounPhrases.counted(ts, p);
  }

  /** S4d what the change the figure is part of changes: its verb's object, else its subject. */
  private static String changed(TaggedSentence ts, Figure f, List<Figure> figures) {
    int c = f.cue();
    if (c < 0 || f.change() == null) {
      return null;
    }
    if (ts.noun(c) && Vocabulary.CHANGE_NOUNS.get(ts.lower(c)) != null && !ts.determiner(c - 1)) {
      Phrase p = NounPhrases.ending(ts, c - 1); // "its tally rise"
      return p == null ? null : NounPhrases.counted(ts, p);
    }
    if (ts.changeVerb(c) != null) {
      Phrase object = NounPhrases.afterPossessor(ts, c + 1);
      if (object != null && object.end() <= f.first() && !inFigure(figures, object.end() - 1)) {
        return NounPhrases.counted(ts, object); // "raise the top wage by 33%"
      }
      return subject(ts, c);
    }
    return subject(ts, verbBefore(ts, c - 1, f, figures)); // "were up 5.3%", "6.8 per cent higher at"
  }

  /** S4e "a total of 84,000", "approval rating at 13%", "contract for $170 million", apposition. */
  private static String phraseBefore(TaggedSentence ts, Figure f, List<Figure> figures) {
    int b = f.first() - 1;
    while (ts.adjective(b) || ts.determiner(b)) {
      b--; // "at an alarming 698"
    }
    boolean apposition = ts.is(b, ",") && (f.percent() || f.money())
        && (ts.isAny(f.last() + 1, ",", ".", ")") || f.last() + 1 >= ts.n);
    if (!(ts.isAny(b, "of", "at") || ts.is(b, "for") && f.money() || apposition) || inFigure(figures, b - 1)) {
      return null;
    }
    Phrase near = NounPhrases.ending(ts, b - 1);
    Phrase p = NounPhrases.headOfChain(ts, b - 1);
    if (p == null || near == null || placeholder(ts, near) || ts.word(Vocabulary.TIME_NOUNS, p.end() - 1) != null) {
      return null; // "a decadal low of 5 per cent": what falls is said before (S4f)
    }
    return NounPhrases.counted(ts, p);
  }

  /** S4f the subject of the value or change verb at v (-1: none) the figure completes. */
  private static String subject(TaggedSentence ts, int v) {
    if (v < 0 || ts.lemmaIn(Vocabulary.VALUE_VERBS, v) == null && ts.changeVerb(v) == null) {
      return null;
    }
    int k = v;
    while (k - 1 >= 0 && (ts.verb(k - 1) || ts.pos(k - 1).equals("MD") || ts.pos(k - 1).equals("TO") || ts.is(k - 1, "to")
        || ts.adverb(k - 1) || ts.isAny(k - 1, "likely", "unlikely", "expected", "set", "due", "poised",
        "able", "projected", "forecast", "estimated"))) {
      k--; // "is likely to plummet", "was estimated to slide", "tested so far is"
    }
    Phrase p = NounPhrases.headOfChain(ts, k - 1);
    if (p == null || placeholder(ts, p)) {
      return null;
    }
    return NounPhrases.counted(ts, p);
  }

  /**
   * The verb a figure completes, searched left from token k: past the figure's own qualifier,
   * other figures, adverbs, adjectives, "higher", prepositions and "a ... low of"; -1 when
   * something else comes first.
   */
  private static int verbBefore(TaggedSentence ts, int k, Figure f, List<Figure> figures) {
    for (int steps = 0; k >= 0 && steps < MAX_VERB_DISTANCE; k--, steps++) {
      if (ts.verb(k) || ts.pos(k).equals("MD") || ts.changeVerb(k) != null && !inFigure(figures, k)) {
        return k; // also a qualifier verb of the figure's own: "have surpassed half a million"
      }
      boolean skip = k >= f.first() || inFigure(figures, k) || ts.adverb(k) || ts.adjective(k)
          || ts.determiner(k) || ts.pos(k).equals("HYPH")
          || ts.isAny(k, "by", "to", "from", "toward", "towards", "at", "of", "around", "about")
          || ts.is(k, ",") && (inFigure(figures, k - 1) || ts.adverb(k - 1) || ts.adjective(k - 1))
          || ts.noun(k) && ts.word(Vocabulary.PLACEHOLDER_HEADS, k) != null; // "to a multi-decade low of"
      if (!skip) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * S4g the head of the figure before, when this one is coordinated with it ("... and 40
   * injured", "99% for foreigners and 96% for Italians") or part of the same change.
   */
  private static String coordinated(TaggedSentence ts, Figure f, Figure prev) {
    if (prev.counted() == null || !prev.unitClass().equals(f.unitClass()) || prev.last() >= f.first()) {
      return null;
    }
    if (prev.change() != null && f.change() != null && (prev.cue() == f.cue() && f.cue() >= 0
        || f.first() - prev.last() <= 3)) {
      return prev.counted(); // "to $113 billion from $67 billion"
    }
    if (f.first() - prev.last() > MAX_COORDINATION_GAP) {
      return null;
    }
    boolean joined = false;
    boolean clause = false;
    for (int k = prev.last() + 1; k < f.first(); k++) {
      joined |= ts.isAny(k, "and", "or", ",", "while", "versus", "vs", "vs.", "but");
      clause |= ts.finiteVerb(k);
    }
    boolean elliptical = ts.verb(f.last() + 1) && !ts.finiteVerb(f.last() + 1) || ts.pos(f.last() + 1).equals("VBD");
    return joined && (!clause || elliptical) ? prev.counted() : null;
  }

  /**
   * S4h a placeholder before it, the parse, the noun a measure's participle follows, then a
   * measure's or duration's unit as written.
   */
  private static String fallback(TaggedSentence ts, Figure f, List<Figure> figures) {
    int b = f.first() - 1;
    if (ts.isAny(b, "of", "at")) {
      Phrase p = NounPhrases.ending(ts, b - 1);
      if (p != null && placeholder(ts, p)) {
        return NounPhrases.counted(ts, p); // "the 2016 high of 8,836"
      }
    }
    String parsed = parsedHead(ts, f);
    if (parsed != null) {
      return parsed;
    }
    String measured = participleSubject(ts, f, figures);
    if (measured != null) {
      return measured;
    }
    if (f.unit() != null && !f.percent() && !f.money() && f.numLast() < f.last()) {
      return ts.text(f.numLast() + 1, f.last() + 1); // "for 36 hours", "800,000 bbl."
    }
    return null;
  }

  /**
   * A measure (not a duration, whose unit is what it counts) completing a participle that follows
   * a noun: "winds blowing up to 180 kilometers per hour" measures winds.
   */
  private static String participleSubject(TaggedSentence ts, Figure f, List<Figure> figures) {
    if (f.unit() == null || f.percent() || f.money() || f.duration()) {
      return null;
    }
    int v = verbBefore(ts, f.first() - 1, f, figures);
    if (v < 1 || !ts.pos(v).equals("VBG") || !ts.noun(v - 1)) {
      return null;
    }
    Phrase p = NounPhrases.ending(ts, v - 1);
    return p == null || placeholder(ts, p) ? null : NounPhrases.counted(ts, p);
  }

  /** The noun the parser hangs the number on ("nummod"), when the sentence was parsed. */
  private static String parsedHead(TaggedSentence ts, Figure f) {
    int n = f.numLast();
    if (n < 0 || !ts.sentence.isParsed()) {
      return null;
    }
    DependencyGraph g = ts.sentence.graph();
    if (g.is(n, "nummod")) {
      int h = g.head(n);
      if (h > f.last() && ts.noun(h) && ts.word(Vocabulary.NOT_COUNTED, h) == null) {
        return NounPhrases.counted(ts, new Phrase(f.last() + 1, h + 1));
      }
    }
    return null;
  }

  private static boolean placeholder(TaggedSentence ts, Phrase p) {
    return ts.word(Vocabulary.PLACEHOLDER_HEADS, p.end() - 1) != null;
  }

  private static boolean inFigure(List<Figure> figures, int k) {
    for (Figure g : figures) {
      if (g.covers(k)) {
        return true;
      }
    }
    return false;
  }
}
