package org.claimtrack.extract;

import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * A temporal expression with its normalized TIMEX3 value.
 *
 * @param span where it is in the text
 * @param type "DATE", "TIME", "DURATION" or "SET"
 * @param value the TIMEX3 value ("2024-11-21", "2024-11", "P1M", "PRESENT_REF"), or null
 */
public record TemporalExpression(Span span, String type, String value) {
  public TemporalExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
