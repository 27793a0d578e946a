package org.claimtrack.domain;

import java.util.List;
import java.util.Objects;

/**
 * Where a relayed figure comes from, when the text says so: "X said, citing Y", "according to Y,
 * as reported by X", "X, quoting officials", "Y told X". The claim's own {@code source} is who the
 * sentence credits; this record names who originated what it says and who carried it.
 *
 * @param source the originator (Y), resolved like any source
 * @param sourceSpan the originator's mention in the text, or null when it is not in the text
 * @param relayers who carried the figure, from the one nearest the originator to the outermost
 *     teller ("X" above); the claim's source is among them unless it is the originator itself
 */
public record Origin(Source source, Span sourceSpan, List<Source> relayers) {

  public Origin {
    Objects.requireNonNull(source, "source");
    relayers = List.copyOf(relayers);
    if (relayers.isEmpty()) {
      throw new IllegalArgumentException("an origin is stated only for a relayed claim: relayers must not be empty");
    }
  }
}
