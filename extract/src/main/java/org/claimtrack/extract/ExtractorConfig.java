package org.claimtrack.extract;

/**
 * Settings of the claim extractor, with defaults in code.
 *
 * @param authorialClaims whether numbers the writer states with no one credited become AUTHORIAL
 *     claims
 * @param continuations whether unattributed sentences that go on with a source's quote or
 *     findings become that source's claims
 * @param maxContinuation how many sentences a continuation of findings may run
 */
public record ExtractorConfig(boolean authorialClaims, boolean continuations, int maxContinuation) {

  public static final ExtractorConfig DEFAULT = new ExtractorConfig(true, true, 4);

  public ExtractorConfig {
    if (maxContinuation < 0) {
      throw new IllegalArgumentException("maxContinuation must be non-negative, got " + maxContinuation);
    }
  }
}
