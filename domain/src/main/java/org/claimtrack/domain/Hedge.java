package org.claimtrack.domain;

import java.util.Objects;

/** A word or phrase that weakens a claim: "perhaps", "reportedly", "thought to". */
public record Hedge(String text, Span span) {
  public Hedge {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
