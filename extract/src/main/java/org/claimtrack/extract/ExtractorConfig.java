package org.claimtrack.extract;

import java.util.Objects;
import org.claimtrack.domain.Limits;

/**
 * Settings of the claim extractor, with defaults in code.
 *
 * @param authorialClaims whether numbers the writer states with no one credited become AUTHORIAL
 *     claims
 * @param continuations whether unattributed sentences that go on with a source's quote or
 *     findings become that source's claims
 * @param maxContinuation how many sentences a continuation of findings may run
 * @param limits the most characters of body, sentences and claims one article may have; an article
 *     over one of them is a TOO_LARGE problem, not claims
 */
public record ExtractorConfig(boolean authorialClaims, boolean continuations, int maxContinuation, Limits limits) {

  public static final ExtractorConfig DEFAULT = new ExtractorConfig(true, true, 4);

  public ExtractorConfig {
    if (maxContinuation < 0) {
      throw new IllegalArgumentException("maxContinuation must be non-negative, got " + maxContinuation);
    }
    Objects.requireNonNull(limits, "limits");
  }

  /** With the default {@link Limits}. */
  public ExtractorConfig(boolean authorialClaims, boolean continuations, int maxContinuation) {
    this(authorialClaims, continuations, maxContinuation, Limits.DEFAULT);
  }

  public ExtractorConfig withLimits(Limits l) {
    return new ExtractorConfig(authorialClaims, continuations, maxContinuation, l);
  }
}
