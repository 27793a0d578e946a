package org.claimtrack.nlp;

import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * A temporal expression found by SUTime, normalized against the document date.
 *
 * @param span char offsets into the article text
 * @param firstToken index of its first token in the sentence
 * @param endToken index after its last token in the sentence
 * @param type "DATE", "TIME", "DURATION" or "SET"
 * @param value the TIMEX3 value as SUTime gives it ("2024-11-21", "P1M", "PRESENT_REF"), or null
 */
public record Timex(Span span, int firstToken, int endToken, String type, String value) {
  public Timex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    if (endToken <= firstToken) {
      throw new IllegalArgumentException("a timex covers at least one token");
    }
  }
}
