package org.claimtrack.domain;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets (Java string indices) into an
 * article's text as read. Every annotation in claimtrack is a span into one text; the text is
 * stored once.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must be non-negative, got " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be >= start, got [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Number of chars shared with {@code other}. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  /** The covered text; throws if the span does not fit {@code text}. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException("span " + this + " exceeds text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  /** True when the span lies inside a text of {@code length} chars. */
  public boolean fits(int length) {
    return end <= length;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
