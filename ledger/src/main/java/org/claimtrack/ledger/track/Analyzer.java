package org.claimtrack.ledger.track;

import java.util.List;

/**
 * Turns every stored claim into canonical sources and trackers. A pure function of its input:
 * the same claims and overrides, in any order, give the same analysis. Thread-safe.
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * The version of the rules: stored with the materialized analysis, so that a ledger analyzed by
   * older rules is analyzed again on first use. Change it with every change of the rules' output.
   */
  public static final String VERSION = "track.v1";

  /**
   * @param claims every claim in the ledger
   * @param overrides the analyst's merges and splits, oldest first
   */
  public static LedgerAnalysis analyze(List<LedgerClaim> claims, List<SourceOverride> overrides) {
    List<LedgerClaim> sorted = Inputs.sorted(claims);
    Sources.Result sources = Sources.resolve(sorted, overrides);
    List<Tracker> trackers = Trackers.build(sorted, sources);
    return new LedgerAnalysis(sources.sources(), sources.sourceOfClaim(), trackers);
  }
}
