package org.claimtrack.stream;

import java.util.Optional;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.claimtrack.ingest.lang.LanguageDetector;
import org.claimtrack.ingest.lang.LanguagePolicy;
import org.claimtrack.ingest.lang.Skipped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the articles in the languages asked for, as {@code claimtrack ingest} does: the body's
 * language is detected (Lingua, loaded once per JVM), whatever the record says; text too short to
 * tell is kept. With no languages given, everything passes and nothing is detected.
 */
final class LanguageStage extends ProcessFunction<Incoming, Incoming> {
  private static final Logger log = LoggerFactory.getLogger(LanguageStage.class);
  private final Set<String> languages;
  private transient LanguagePolicy policy;
  private transient StageMetrics metrics;
  private transient Tally skipped;

  LanguageStage(Set<String> languages) {
    this.languages = Set.copyOf(languages);
  }

  @Override
  public void open(OpenContext ctx) {
    metrics = new StageMetrics(getRuntimeContext(), "language");
    skipped = new Tally(getRuntimeContext(), Tally.SKIPPED_LANGUAGE);
    policy = languages.isEmpty() ? null : new LanguagePolicy(LanguageDetector.standard(), languages, true);
  }

  @Override
  public void processElement(Incoming a, Context ctx, Collector<Incoming> out) {
    if (policy == null) {
      out.collect(a);
      return;
    }
    long t0 = System.nanoTime();
    Optional<String> found = policy.detector().detect(a.body());
    Optional<Skipped> skip = policy.check(a.where(), found);
    metrics.done(t0);
    if (skip.isPresent()) {
      skipped.add();
      log.debug("{} ({}): skipped: {}", a.where(), a.id(), skip.get().reason());
      return;
    }
    out.collect(a);
  }
}
