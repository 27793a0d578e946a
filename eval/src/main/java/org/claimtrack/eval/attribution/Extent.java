package org.claimtrack.eval.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * A gold span that may be discontinuous: one or more fragments, as brat writes
 * {@code Content 10 20;25 40}. Fragments are kept sorted by start, with overlapping or touching
 * fragments merged, so {@link #overlap(Span)} never counts a char twice.
 *
 * <p>How fragments are scored: an exact match compares a predicted span with the
 * {@linkplain #cover() covering span} (first fragment start to last fragment end, gap included),
 * since a system gives one span; an overlap match counts only the chars inside the fragments, so a
 * prediction that covers only the gap (often {@code said Smith} between two halves of a quote)
 * does not overlap.
 *
 * @param fragments the fragments, at least one
 */
public record Extent(List<Span> fragments) {

  public Extent {
    Objects.requireNonNull(fragments, "fragments");
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("an extent needs at least one fragment");
    }
    List<Span> sorted = new ArrayList<>(fragments);
    sorted.forEach(f -> Objects.requireNonNull(f, "fragment"));
    sorted.sort(Comparator.naturalOrder());
    List<Span> merged = new ArrayList<>();
    for (Span f : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && f.start() <= merged.get(last).end()) {
        merged.set(last, merged.get(last).union(f));
      } else {
        merged.add(f);
      }
    }
    fragments = List.copyOf(merged);
  }

  /** A contiguous extent. */
  public static Extent of(Span span) {
    return new Extent(List.of(span));
  }

  /** From the first fragment's start to the last fragment's end. */
  public Span cover() {
    return new Span(fragments.get(0).start(), fragments.get(fragments.size() - 1).end());
  }

  /** True when there is more than one fragment. */
  public boolean isDiscontinuous() {
    return fragments.size() > 1;
  }

  /** Chars of {@code span} that lie inside a fragment. */
  public int overlap(Span span) {
    int n = 0;
    for (Span f : fragments) {
      n += f.overlap(span);
    }
    return n;
  }

  /** The same extent with every fragment {@linkplain SpanTrim trimmed}, or empty fragments dropped. */
  public List<Span> trimmedFragments(CharSequence text) {
    List<Span> out = new ArrayList<>(fragments.size());
    for (Span f : fragments) {
      Span t = SpanTrim.trim(f, text);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when every fragment fits a text of {@code length} chars. */
  public boolean fits(int length) {
    return cover().fits(length);
  }

  @Override
  public String toString() {
    return fragments.size() == 1 ? fragments.get(0).toString() : fragments.toString();
  }
}
