package org.claimtrack.stream;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Gauge;
import org.claimtrack.ledger.IngestOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the ledger's analysis (canonical sources, trackers) up to date with the claims the job
 * stores: after new articles, at most once per interval, on a thread of its own so that storing
 * goes on meanwhile, and once more at the end of a run. Run with parallelism 1; the ledger
 * serializes analyses anyway (a second finds the work done). The analysis is derived from the
 * stored claims, so a failed one loses nothing: it is tried again, and every read of the ledger
 * brings it up to date too.
 */
final class AnalysisSink implements Sink<Stored> {
  private final StreamConfig.Db db;
  private final Duration every;

  AnalysisSink(StreamConfig.Db db, Duration every) {
    this.db = db;
    this.every = every;
  }

  @Override
  public SinkWriter<Stored> createWriter(WriterInitContext ctx) {
    Writer w = new Writer(db, every);
    StageMetrics.group(ctx.metricGroup()).gauge("analysisMillis", (Gauge<Long>) () -> w.lastMillis);
    return w;
  }

  static final class Writer implements SinkWriter<Stored> {
    private static final Logger log = LoggerFactory.getLogger(AnalysisSink.class);
    private final StreamConfig.Db db;
    private final long everyNanos;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "claimtrack-analysis");
      t.setDaemon(true);
      return t;
    });
    private LedgerAccess ledger; // used on the analysis thread only
    private volatile boolean dirty;
    private long lastStart = Long.MIN_VALUE / 2;
    private Future<?> running;
    volatile long lastMillis = -1;

    Writer(StreamConfig.Db db, Duration every) {
      this.db = db;
      this.everyNanos = every.toNanos();
    }

    @Override
    public void write(Stored s, Context ctx) {
      if (IngestOutcome.STORED.name().equals(s.outcome())) dirty = true;
      maybeStart(false);
    }

    @Override
    public void flush(boolean endOfInput) throws InterruptedException {
      if (!endOfInput) {
        maybeStart(false);
        return;
      }
      waitFor(running);
      maybeStart(true);
      waitFor(running);
    }

    private void maybeStart(boolean now) {
      if (!dirty || running != null && !running.isDone()) return;
      if (!now && System.nanoTime() - lastStart < everyNanos) return;
      dirty = false;
      lastStart = System.nanoTime();
      running = thread.submit(this::analyze);
    }

    private void analyze() {
      long t0 = System.nanoTime();
      try {
        if (ledger == null) ledger = new LedgerAccess(db);
        ledger.ledger.ensureAnalysis();
        lastMillis = (System.nanoTime() - t0) / 1_000_000;
        log.info("ledger analysis brought up to date in {} ms", lastMillis);
      } catch (RuntimeException e) {
        log.warn("the ledger analysis failed ({}); it is tried again after the next articles, and every read"
            + " of the ledger brings it up to date", e.getMessage());
        dirty = true;
      }
    }

    private static void waitFor(Future<?> f) throws InterruptedException {
      if (f == null) return;
      try {
        f.get();
      } catch (ExecutionException e) {
        // analyze() reports its own failures
      }
    }

    @Override
    public void close() throws Exception {
      Future<?> f = running;
      if (f != null) {
        try {
          f.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
          f.cancel(true);
        }
      }
      thread.submit(() -> {
        if (ledger != null) ledger.close();
      }).get(10, TimeUnit.SECONDS);
      thread.shutdownNow();
    }
  }
}
