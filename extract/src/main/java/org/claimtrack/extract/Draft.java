package org.claimtrack.extract;

import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.attribution.Attribution;

/**
 * An attribution with its source entity, before it becomes a claim.
 *
 * @param relay who originated and who carried what it says, when the text states a relay; or null
 */
record Draft(Attribution att, SourceResolver.Resolved entity, Relay relay) {

  Draft(Attribution att, SourceResolver.Resolved entity) {
    this(att, entity, null);
  }

  Draft withRelay(Relay r) {
    return new Draft(att, entity, r);
  }

  /**
   * A stated relay: "X said, citing Y" (Y originated, X relayed), "according to X, Y predicts ..."
   * (Y originated, X relayed).
   *
   * @param originator who originated the figures
   * @param originatorSpan where the originator is mentioned, or null
   * @param relayers who carried them, nearest the originator first
   */
  record Relay(SourceResolver.Resolved originator, Span originatorSpan, List<SourceResolver.Resolved> relayers) {
    Relay {
      Objects.requireNonNull(originator, "originator");
      relayers = List.copyOf(relayers);
    }
  }
}
