package org.claimtrack.stream;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.json.ClaimJson;
import org.claimtrack.nlp.NlpInterruptedException;
import org.claimtrack.nlp.NlpPipelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts each article's claims with the same extractor as {@code claimtrack extract} and {@code
 * ingest}. CoreNLP loads once per JVM, in {@link #open}: the first task of a task manager to open
 * loads it, the others (its other slots) wait for that load and share the pipeline, which is
 * thread-safe. An article the ledger holds already (a replay, or stored by an earlier run) is not
 * extracted again; one with nothing to extract goes to the dead letters with the reason.
 */
final class ExtractStage extends ProcessFunction<Incoming, Extracted> {
  private static final Logger log = LoggerFactory.getLogger(ExtractStage.class);
  /** The extractor version the ledger stores, known without loading CoreNLP (as {@code ingest} stores it). */
  static final String VERSION = String.join(" ", ClaimExtractors.standardStages());

  private final StreamConfig.Db db;
  private transient LedgerAccess ledger;
  private transient ClaimExtractor extractor;
  private transient StageMetrics metrics;
  private transient Tally inLedger;
  private transient Tally dead;

  ExtractStage(StreamConfig.Db db) {
    this.db = db;
  }

  @Override
  public void open(OpenContext ctx) {
    metrics = new StageMetrics(getRuntimeContext(), "extract");
    inLedger = new Tally(getRuntimeContext(), Tally.SKIPPED_IN_LEDGER);
    dead = new Tally(getRuntimeContext(), Tally.DEAD_LETTERS);
    ledger = new LedgerAccess(db);
    long t0 = System.nanoTime();
    NlpPipelines.sharedLoaded(); // the JVM's pipeline: loads it, or waits for the task loading it
    extractor = ClaimExtractors.standard();
    log.info("subtask {}: extractor ready after {} ms (one CoreNLP pipeline per JVM, shared by its slots)",
        getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(), (System.nanoTime() - t0) / 1_000_000);
  }

  @Override
  public void processElement(Incoming a, Context ctx, Collector<Extracted> out) {
    if (ledger.ledger.isStored(a.hash())) {
      inLedger.add();
      log.debug("{} ({}): skipped: already in the ledger", a.where(), a.id());
      return;
    }
    long t0 = System.nanoTime();
    Result<ArticleClaims> r;
    try {
      r = extractor.extract(a.article());
    } catch (NlpInterruptedException e) {
      // the task is being cancelled: no result, no dead letter; the article is read again from the
      // last checkpoint
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      r = Result.failed(a.where(), Problem.Code.UNREADABLE,
          "internal error while extracting (" + e.getClass().getSimpleName() + "); please report it with this record");
    }
    long ms = metrics.done(t0);
    if (r instanceof Result.Ok<ArticleClaims> ok) {
      List<String> claims = new ArrayList<>();
      for (Claim c : ok.value().claims()) claims.add(ClaimJson.write(c));
      out.collect(new Extracted(a, claims, VERSION, ms));
    } else {
      dead.add();
      ctx.output(Tags.DEAD_LETTERS, DeadLetter.of("extract", ((Result.Failed<ArticleClaims>) r).problem().message(), a));
    }
  }

  @Override
  public void close() {
    if (ledger != null) ledger.close();
  }
}
