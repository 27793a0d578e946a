package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.nlp.Timex;
import org.claimtrack.nlp.Token;

/**
 * S2 quantities of a sentence that are no figure anyone would track, left out:
 * <ul>
 *   <li>S2a inside a date or time SUTime found ("at 9 tonight"), unless the quantity is a
 *       duration ("five hours Wednesday") or SUTime read a time of day where the text shows none
 *       ("voted 9 to 1 earlier this week");
 *   <li>S2b inside a name NER found ("Apollo 11");
 *   <li>S2c vague plurals ("thousands of troops", R5) and fractions in words ("half of", "a
 *       third of", "two-thirds majority");
 *   <li>S2d durations that only frame the statement ("over the past five years", "in the last 24
 *       hours", "in six weeks", "one year after", "10 years ago", "his ten years of", "a seven-day
 *       period");
 *   <li>S2e rate denominators ("per 100,000 people", "for every $33");
 *   <li>S2f trivial and generic counts ("one technology", "One, who asked", "three of his
 *       children"), "zero" with no unit ("interest rates near zero"), compound adjectives
 *       ("one-time", "three-story");
 *   <li>S2g ages ("When he was 16,", "younger than 18") and page furniture ("10 facts about").
 * </ul>
 */
final class NotFigures {
  private NotFigures() {}

  /** True when figure {@code f} is a figure to keep. */
  static boolean keep(TaggedSentence ts, Figure f) {
    return !(dateOrTime(ts, f) || insideName(ts, f) || vagueOrFractionWord(f)
        || framingPeriod(ts, f) || denominator(ts, f) || trivial(ts, f) || age(ts, f)
        || furniture(ts, f));
  }

  /** S2a. */
  private static boolean dateOrTime(TaggedSentence ts, Figure f) {
    for (Timex t : ts.sentence.timexesOrEmpty()) {
      if (!t.span().overlaps(f.span()) || t.type().equals("DURATION") || t.type().equals("SET")) {
        continue;
      }
      if (f.duration()) {
        return false; // "within a span of five hours Wednesday"
      }
      return !t.type().equals("TIME") || clockWords(ts, t);
    }
    return false;
  }

  /** True when a TIME expression shows a time of day ("a.m.", "10:30", "tonight", "noon"). */
  private static boolean clockWords(TaggedSentence ts, Timex t) {
    String s = t.span().of(ts.text).toLowerCase(java.util.Locale.ROOT);
    for (String w : new String[] {"a.m", "p.m", "am", "pm", ":", "o'clock", "noon", "midnight",
        "morning", "afternoon", "evening", "night", "tonight", "hours"}) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** S2b a number NER put inside a name: "Apollo 11", "Su-34" (the name goes on around it). */
  private static boolean insideName(TaggedSentence ts, Figure f) {
    for (int i = Math.max(0, f.numFirst()); i <= f.numLast() && i >= 0; i++) {
      Token t = ts.token(i);
      if (!t.ner().equals("O")) {
        boolean left = i > 0 && ts.token(i - 1).ner().equals(t.ner());
        boolean right = i + 1 < ts.n && ts.token(i + 1).ner().equals(t.ner());
        if (left || right) {
          return true;
        }
      }
    }
    return false;
  }

  /** S2c "thousands of", "half of", "a third", "two-thirds majority". */
  private static boolean vagueOrFractionWord(Figure f) {
    if (f.form() == Form.VAGUE) {
      return true;
    }
    BigDecimal v = f.low() != null ? f.low() : f.high();
    return f.expr().kind() == Kind.FRACTION && f.spelledOut() && f.form() == Form.SINGLE
        && v != null && v.abs().compareTo(BigDecimal.ONE) < 0;
  }

  /** S2d a duration that frames the statement. */
  private static boolean framingPeriod(TaggedSentence ts, Figure f) {
    if (!f.duration() || f.form() != Form.SINGLE) {
      return false;
    }
    int b = f.first() - 1;
    if (ts.word(Vocabulary.FRAMING_WORDS, b) != null || ts.is(b, "in") && !ts.is(b - 1, "span")) {
      return true; // "the past five years", "his ten years", "in 24 hours"
    }
    int a = f.last() + 1;
    if (ts.isAny(a, "later", "earlier", "after", "before", "prior", "ago")) {
      return true; // "one year after", "10 years ago": when, not how much
    }
    // "a seven-day period", "the nine-year civil war": a hyphenated length of a framing noun
    boolean hyphenated = f.span().of(ts.text).contains("-");
    NounPhrases.Phrase p = NounPhrases.after(ts, ts.startingFrom(f.span().end()));
    return hyphenated && p != null && ts.word(Vocabulary.FRAME_NOUNS, p.end() - 1) != null;
  }

  /** S2e "per 100,000 people", "for every $33". */
  private static boolean denominator(TaggedSentence ts, Figure f) {
    int b = f.first() - 1;
    return ts.is(b, "per") || ts.is(b, "every") && f.unit() != null;
  }

  /** S2f a generic "one technology", "One, who asked", "zero" alone, family, "one-time", "three-story". */
  private static boolean trivial(TaggedSentence ts, Figure f) {
    int b = f.first() - 1;
    int a = f.last() + 1;
    boolean plain = f.unit() == null && f.qualifier() == Qualifier.EXACT && f.form() == Form.SINGLE;
    if (plain && f.spelledOut() && f.first() == f.last() && ts.is(f.first(), "zero")) {
      return true; // "interest rates near zero", "zero interest-rate policy": no unit, no figure
    }
    if (f.unit() == null && family(ts, f)) {
      return true; // "three of his children", "his wife and four children"
    }
    if (plain && f.spelledOut() && ts.pos(a).equals("HYPH") && ts.token(a).start() == ts.token(f.last()).end()) {
      return true; // "one-time", "three-story": a compound adjective
    }
    if (!plain || f.first() != f.last() || !ts.is(f.first(), "one")) {
      return false;
    }
    if (ts.is(a, ",") && f.first() == 0 || ts.is(b, "as")) {
      return true; // "One, who asked not to be named", "as one"
    }
    int head = a;
    while (ts.adjective(head) && ts.word(Vocabulary.GENERIC_ONE_KEEP, head) == null) {
      head++;
    }
    boolean nounAfter = ts.noun(head) && ts.pos(head).equals("NN") || ts.properNoun(head);
    boolean keep = ts.word(Vocabulary.GENERIC_ONE_KEEP, a) != null || ts.lower(head + 1).startsWith("each");
    return nounAfter && !keep; // "one technology", "One strand", but "one additional death", "one vote each"
  }

  /** Family members counted near a possessive: "three of his children", "his wife and four children". */
  private static boolean family(TaggedSentence ts, Figure f) {
    int a = f.last() + 1;
    int head = ts.is(a, "of") ? a + 2 : a;
    while (ts.adjective(head)) {
      head++;
    }
    if (ts.word(Vocabulary.FAMILY_NOUNS, head) == null) {
      return false;
    }
    if (ts.is(a, "of") && ts.determiner(a + 1)) {
      return true;
    }
    for (int k = f.first() - 1; k >= 0 && k >= f.first() - 3; k--) {
      if (ts.isAny(k, "his", "her", "their", "my", "our", "your")) {
        return true;
      }
    }
    return false;
  }

  /** S2g "When he was 16,", "children younger than 18". */
  private static boolean age(TaggedSentence ts, Figure f) {
    int b = f.first() - 1;
    if (f.unit() != null) {
      return false;
    }
    if (ts.is(b, "than") && ts.isAny(b - 1, "younger", "older")) {
      return true;
    }
    boolean person = ts.isAny(b - 1, "he", "she", "i", "you", "we", "they");
    return person && (ts.lemma(b).equals("be") || ts.lemma(b).equals("turn"))
        && (ts.punctuation(f.last() + 1) || f.last() + 1 >= ts.n);
  }

  /** S2g "10 facts about ...", "5 things to know": a teaser at the start of a sentence. */
  private static boolean furniture(TaggedSentence ts, Figure f) {
    return f.first() <= 1 && ts.word(Vocabulary.FURNITURE_NOUNS, f.last() + 1) != null;
  }
}
