package org.claimtrack.ledger.store;

import java.util.List;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Tracker;

/**
 * What one run of the analysis changes in the stored analysis, computed before anything is
 * written and stored by {@link AnalysisStore#write} in the run's transaction. Before that call,
 * the stored analysis is still the old one: {@code LedgerReads.tracker(c, id)} for the ids below
 * gives each tracker as it was, so the difference between before and after is at hand there.
 *
 * @param full true when everything was analyzed again (new rules, an analyst's merge or split)
 * @param articles the articles (hashes) analyzed in this run
 * @param families the things counted whose trackers were recomputed
 * @param removedTrackers ids of stored trackers of those families that no longer exist
 * @param trackers the trackers of those families that are new or changed (a tracker whose every
 *     field is as stored is left alone)
 * @param removedSources ids of canonical sources that no longer exist
 * @param sources canonical sources that are new or changed
 */
public record AnalysisDelta(
    boolean full,
    List<String> articles,
    List<String> families,
    List<String> removedTrackers,
    List<Tracker> trackers,
    List<String> removedSources,
    List<CanonicalSource> sources) {
  public AnalysisDelta {
    articles = List.copyOf(articles);
    families = List.copyOf(families);
    removedTrackers = List.copyOf(removedTrackers);
    trackers = List.copyOf(trackers);
    removedSources = List.copyOf(removedSources);
    sources = List.copyOf(sources);
  }
}
