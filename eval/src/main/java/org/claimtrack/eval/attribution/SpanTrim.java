package org.claimtrack.eval.attribution;

import org.claimtrack.domain.Span;

/**
 * The span normalization applied, identically, to gold and predicted attribution spans before
 * they are compared.
 *
 * <p>Rule: repeatedly drop, from both the start and the end of the span, any char that is
 * whitespace ({@link Character#isWhitespace} or {@link Character#isSpaceChar}, so no-break space
 * too) or one of the punctuation chars in {@link #PUNCTUATION}:
 * {@code . , ; : ! ? …} straight and curly quotes {@code " ' “ ” ‘ ’ « »}, brackets
 * {@code ( ) [ ] { }} and dashes {@code ― — – -}. Nothing inside the span changes. So
 * {@code “We will win,” } and {@code We will win} compare equal.
 *
 * <p>A span made only of punctuation (PolNeAR has cues that are just {@code :} or {@code --})
 * is trimmed of whitespace only, so it stays comparable; a span made only of whitespace trims to
 * an empty span.
 */
public final class SpanTrim {

  /** Punctuation stripped from both ends of a span (besides whitespace). */
  public static final String PUNCTUATION = ".,;:!?\u2026\"'\u201C\u201D\u2018\u2019\u00AB\u00BB()[]{}\u2015\u2014\u2013-";

  private SpanTrim() {}

  /** True when {@code c} is stripped from the ends of spans. */
  public static boolean trimmable(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || PUNCTUATION.indexOf(c) >= 0;
  }

  /** The span without leading and trailing whitespace and punctuation; {@code span} must fit {@code text}. */
  public static Span trim(Span span, CharSequence text) {
    if (!span.fits(text.length())) {
      throw new IndexOutOfBoundsException("span " + span + " exceeds text of length " + text.length());
    }
    Span trimmed = strip(span, text, true);
    return trimmed.isEmpty() ? strip(span, text, false) : trimmed;
  }

  private static Span strip(Span span, CharSequence text, boolean punctuation) {
    int start = span.start();
    int end = span.end();
    while (start < end && strippable(text.charAt(start), punctuation)) {
      start++;
    }
    while (end > start && strippable(text.charAt(end - 1), punctuation)) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean strippable(char c, boolean punctuation) {
    return punctuation ? trimmable(c) : Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
