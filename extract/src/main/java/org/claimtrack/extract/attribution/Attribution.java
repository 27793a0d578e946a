package org.claimtrack.extract.attribution;

import java.util.Objects;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;

/**
 * An attribution found in one sentence, before its source is resolved.
 *
 * @param sentence index of the sentence holding the cue
 * @param kind how the content is attributed
 * @param source the source mention, or null when the attribution has none of its own
 *     (a continuation of an earlier source's quote or findings)
 * @param cueSpan the cue words, or null
 * @param cueHead token index of the cue's head word in {@code sentence}, or -1
 * @param content the content span
 * @param rule the rule that found it, for provenance
 */
public record Attribution(int sentence, ClaimKind kind, Mention source, Span cueSpan, int cueHead, Span content, String rule) {

  public Attribution {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(rule, "rule");
  }

  public Attribution withContent(Span c, ClaimKind k) {
    return new Attribution(sentence, k, source, cueSpan, cueHead, c, rule);
  }

  /**
   * A mention of a source in a sentence.
   *
   * @param sentence the sentence index
   * @param head index of the head token
   * @param span the whole mention, e.g. "US National Security Council spokesman John Kirby"
   * @param relativeTo for a relative pronoun ("who said"), the token index of the noun it stands
   *     for in the same sentence; otherwise -1
   */
  public record Mention(int sentence, int head, Span span, int relativeTo) {
    public Mention {
      Objects.requireNonNull(span, "span");
    }
  }
}
