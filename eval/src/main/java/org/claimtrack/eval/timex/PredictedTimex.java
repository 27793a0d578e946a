package org.claimtrack.eval.timex;

import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * A time expression a system found, with its TimeML type and normalized value.
 *
 * @param span char span into the text the system was given; required
 * @param type TimeML type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}), or null
 *     when the system does not type it (then it never counts as correctly typed and is left out of
 *     the DATE-only rows)
 * @param value TimeML normalized value ({@code 2013-03-22}, {@code P1M}, {@code PRESENT_REF}), or
 *     null when the system could not normalize it (then it never counts as a correct value)
 */
public record PredictedTimex(Span span, String type, String value) {
  public PredictedTimex {
    Objects.requireNonNull(span, "span");
  }
}
