package org.claimtrack.ledger.track;

import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.SourceType;

/**
 * One source as the ledger knows it across articles.
 *
 * @param id stable id, derived from the canonical name
 * @param name the fullest name seen ("National Intelligence Service")
 * @param type person, organization, unnamed or author
 * @param aliases every other way the articles name it ("NIS", "South Korea's spy agency", "the
 *     agency"), sorted, without {@code name}
 * @param affiliation the organization a person speaks for ("Pentagon"), or null
 * @param claims how many claims it made
 * @param why why names were merged into this source, one line each ("acronym: NIS = National
 *     Intelligence Service", "manual merge")
 */
public record CanonicalSource(
    String id,
    String name,
    SourceType type,
    List<String> aliases,
    String affiliation,
    int claims,
    List<String> why) {
  public CanonicalSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    why = List.copyOf(why);
  }
}
