package org.claimtrack.domain;

import java.util.Objects;

/**
 * One typed decision about a figure and what it rests on: the value, the words of the text that
 * decided it, and the rule that read them. A figure's fields are decided once, by the extractor;
 * whoever reads them later (the ledger) reconciles and never reads the text again.
 *
 * @param value what was decided ("soldiers", {@link Outcome#KILLED}, {@link FigureKind#PLAN})
 * @param span the words that decided it, in the article text; null when a rule decided it from no
 *     words of its own (a default)
 * @param rule the versioned rule that decided it ("figure.outcome.after"), for provenance
 */
public record Evidence<T>(T value, Span span, String rule) {
  public Evidence {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }

  public static <T> Evidence<T> of(T value, Span span, String rule) {
    return new Evidence<>(value, span, rule);
  }
}
