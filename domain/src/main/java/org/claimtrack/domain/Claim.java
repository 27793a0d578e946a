package org.claimtrack.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One attributed statement in an article.
 *
 * @param id stable id, derived from the article hash and the content span
 * @param kind quote, reported speech, "according to", or authorial
 * @param source who made the claim
 * @param sourceSpan the mention of the source in the text ("he"), null for authorial claims
 * @param cue the cue words ("told reporters"), null when there is none
 * @param cueSpan where the cue is, null when there is none
 * @param text the content of the claim
 * @param span where the content is
 * @param reportedOn when the source made the statement, or null
 * @param about the time the content refers to, as a TIMEX3-style value ("2024-11",
 *     "2024-11-20"), or null
 * @param hedged whether the claim is hedged
 * @param hedges the hedging words found
 * @param quantities the numbers in the content
 * @param origin who originated and who relayed what the claim says, when the text states a relay
 *     ("X said, citing Y"); null when the source speaks for itself
 * @param provenance what made the claim
 */
public record Claim(
    String id,
    ClaimKind kind,
    Source source,
    Span sourceSpan,
    String cue,
    Span cueSpan,
    String text,
    Span span,
    LocalDate reportedOn,
    String about,
    boolean hedged,
    List<Hedge> hedges,
    List<Quantity> quantities,
    Origin origin,
    Provenance provenance) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(provenance, "provenance");
    hedges = List.copyOf(hedges);
    quantities = List.copyOf(quantities);
    if ((cue == null) != (cueSpan == null)) {
      throw new IllegalArgumentException("cue and cueSpan must both be set or both be null");
    }
    if (kind == ClaimKind.AUTHORIAL && (sourceSpan != null || cueSpan != null)) {
      throw new IllegalArgumentException("an authorial claim has no source or cue span");
    }
    if (hedged != !hedges.isEmpty()) {
      throw new IllegalArgumentException("hedged must be true exactly when hedges are listed");
    }
  }

  /** A claim whose source speaks for itself (no stated relay). */
  public Claim(String id, ClaimKind kind, Source source, Span sourceSpan, String cue, Span cueSpan, String text,
      Span span, LocalDate reportedOn, String about, boolean hedged, List<Hedge> hedges, List<Quantity> quantities,
      Provenance provenance) {
    this(id, kind, source, sourceSpan, cue, cueSpan, text, span, reportedOn, about, hedged, hedges, quantities, null,
        provenance);
  }

  /** Who originated what the claim says: the origin's source when a relay is stated, else the source. */
  public Source originator() {
    return origin == null ? source : origin.source();
  }

  /** All spans of this claim, for bounds checks. */
  public List<Span> spans() {
    var all = new java.util.ArrayList<Span>();
    all.add(span);
    if (sourceSpan != null) all.add(sourceSpan);
    if (cueSpan != null) all.add(cueSpan);
    hedges.forEach(h -> all.add(h.span()));
    quantities.forEach(q -> all.add(q.span()));
    if (origin != null && origin.sourceSpan() != null) all.add(origin.sourceSpan());
    return all;
  }
}
