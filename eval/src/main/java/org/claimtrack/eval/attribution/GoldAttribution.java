package org.claimtrack.eval.attribution;

import java.util.Objects;

/**
 * One annotated attribution: who (source) said (cue) what (content).
 *
 * @param id the annotation's own id (the brat event id, {@code E12})
 * @param source the source, or null when the annotator marked none (brat
 *     {@code Attribution-no-source} events, passives, "it is believed")
 * @param cue the cue ("said", "according to"), or null when the annotation has none
 * @param content the content; several {@code Content}, {@code Content2}... arguments of one
 *     event are fragments of this one extent
 */
public record GoldAttribution(String id, Extent source, Extent cue, Extent content) {
  public GoldAttribution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
  }

  public boolean hasSource() {
    return source != null;
  }
}
