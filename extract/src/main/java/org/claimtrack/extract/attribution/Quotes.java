package org.claimtrack.extract.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimtrack.domain.Span;

/**
 * Direct quotations in a text: spans from an opening to a closing quotation mark, marks
 * included. Curly quotes pair by direction; straight quotes and {@code ''} pair by alternation
 * within a paragraph. A quote left open at the end of a paragraph runs to the paragraph's end
 * (news prints a multi-paragraph quote with no closing mark until its last paragraph).
 */
public final class Quotes {
  private final List<Span> spans;

  private Quotes(List<Span> spans) {
    this.spans = Collections.unmodifiableList(spans);
  }

  public static Quotes find(String text, Span region) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    int i = region.start();
    int end = region.end();
    while (i < end) {
      char c = text.charAt(i);
      boolean paragraphBreak = c == '\n' && nextLineBlank(text, i, end);
      if (paragraphBreak) {
        if (open >= 0) {
          out.add(new Span(open, trimEnd(text, open, i)));
          open = -1;
        }
        i++;
        continue;
      }
      int markLen = isDatelineDash(text, i, region) ? 0 : markLength(text, i, end);
      if (markLen == 0) {
        i++;
        continue;
      }
      Direction d = direction(text, i, markLen, region);
      if (open < 0) {
        if (d != Direction.CLOSE) open = i;
      } else if (d != Direction.OPEN || c == '"' || c == '\'') {
        out.add(new Span(open, i + markLen));
        open = -1;
      } else {
        // a second opening mark: the first quote was never closed in this paragraph
        out.add(new Span(open, trimEnd(text, open, i)));
        open = i;
      }
      i += markLen;
    }
    if (open >= 0) out.add(new Span(open, trimEnd(text, open, end)));
    out.removeIf(s -> s.length() < 3);
    return new Quotes(out);
  }

  public List<Span> spans() {
    return spans;
  }

  /** The quote containing offset {@code o}, or null. */
  public Span at(int o) {
    for (Span s : spans) {
      if (s.start() <= o && o < s.end()) return s;
      if (s.start() > o) break;
    }
    return null;
  }

  /** True when {@code s} lies inside one quote (marks included). */
  public boolean inside(Span s) {
    Span q = at(s.start());
    return q != null && q.contains(s);
  }

  /** Quotes overlapping {@code s}. */
  public List<Span> overlapping(Span s) {
    List<Span> out = new ArrayList<>();
    for (Span q : spans) {
      if (q.overlaps(s)) out.add(q);
    }
    return out;
  }

  private enum Direction { OPEN, CLOSE, EITHER }

  /** Length of a quotation mark at {@code i}: 1, 2 for {@code ''} or {@code ``}, or 0. */
  private static int markLength(String text, int i, int end) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u201D' || c == '"' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
      return 1;
    }
    if ((c == '\'' || c == '`') && i + 1 < end && text.charAt(i + 1) == c) {
      return 2;
    }
    return 0;
  }

  private static Direction direction(String text, int i, int len, Span region) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '`') return Direction.OPEN;
    if (c == '\u201D' || c == '\u00BB') return Direction.CLOSE;
    // straight marks: by the characters around them
    boolean before = i > region.start() && !Character.isWhitespace(text.charAt(i - 1))
        && "([{\u2014\u2013".indexOf(text.charAt(i - 1)) < 0;
    boolean after = i + len < region.end() && !Character.isWhitespace(text.charAt(i + len));
    if (after && !before) return Direction.OPEN;
    if (before && !after) return Direction.CLOSE;
    return Direction.EITHER;
  }

  private static boolean nextLineBlank(String text, int nl, int end) {
    for (int k = nl + 1; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\n') return true;
      if (!Character.isWhitespace(c)) return false;
    }
    return true;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
    return e;
  }

  /**
   * A straight quotation mark between spaces right after a dateline in capitals at the start of a
   * line ("LONDON " AstraZeneca says ...", "JERUSALEM " The ..."): a dash lost in decoding, not a quote.
   */
  static boolean isDatelineDash(String text, int i, Span region) {
    if (text.charAt(i) != '"' || i + 1 >= region.end() || text.charAt(i + 1) != ' ' || i < 4 || text.charAt(i - 1) != ' ') return false;
    int k = i - 2;
    int letters = 0;
    while (k >= region.start() && text.charAt(k) != '\n') {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      } else if (c != ' ' && c != ',' && c != '.' && c != '-') {
        return false;
      }
      k--;
    }
    return letters >= 3;
  }
}
