package org.claimtrack.stream;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.json.ClaimJson;
import org.claimtrack.ledger.IngestOutcome;
import org.claimtrack.ledger.LedgerException;

/**
 * Stores each article with its claims through {@link org.claimtrack.ledger.Ledger#ingest}: one
 * transaction per article, keyed by the article's hash and each claim's id, so a replay after a
 * failure (Flink replays what came after the last checkpoint) stores nothing twice. A database
 * that cannot be reached fails the task, which Flink restarts from its checkpoint; an article the
 * database refuses as data goes to the dead letters.
 *
 * <p>Metrics: {@code claimtrack.storedPerSecond} (articles/s over the last minute), {@code
 * claimtrack.storeMicros}, {@code claimtrack.lagMillis} (from the record's timestamp in Kafka to
 * its commit in the ledger, for the last article).
 */
final class LedgerWriter extends ProcessFunction<Extracted, Stored> {
  private final StreamConfig.Db db;
  private transient LedgerAccess ledger;
  private transient StageMetrics metrics;
  private transient Tally stored;
  private transient Tally unchanged;
  private transient Tally dead;
  private transient volatile long lastLag;
  private transient org.apache.flink.api.common.accumulators.LongMinimum firstStore;
  private transient org.apache.flink.api.common.accumulators.LongMaximum lastStore;

  LedgerWriter(StreamConfig.Db db) {
    this.db = db;
  }

  @Override
  public void open(OpenContext ctx) {
    var group = StageMetrics.group(getRuntimeContext().getMetricGroup());
    metrics = new StageMetrics(getRuntimeContext(), "store");
    stored = new Tally(getRuntimeContext(), Tally.STORED);
    unchanged = new Tally(getRuntimeContext(), Tally.UNCHANGED);
    dead = new Tally(getRuntimeContext(), Tally.DEAD_LETTERS);
    group.meter("storedPerSecond", new MeterView(stored.metric(), 60));
    group.gauge("lagMillis", (Gauge<Long>) () -> lastLag);
    firstStore = new org.apache.flink.api.common.accumulators.LongMinimum();
    lastStore = new org.apache.flink.api.common.accumulators.LongMaximum();
    getRuntimeContext().addAccumulator(FIRST_STORE, firstStore);
    getRuntimeContext().addAccumulator(LAST_STORE, lastStore);
    ledger = new LedgerAccess(db);
  }

  /** Accumulators: when the run's first and last articles were stored (ms since the epoch), for throughput. */
  static final String FIRST_STORE = "firstStoreMillis";
  static final String LAST_STORE = "lastStoreMillis";

  @Override
  public void processElement(Extracted e, Context ctx, Collector<Stored> out) {
    Incoming a = e.article();
    List<Claim> claims = new ArrayList<>(e.claims().size());
    for (String json : e.claims()) claims.add(ClaimJson.read(json));
    long t0 = System.nanoTime();
    IngestOutcome outcome;
    try {
      outcome = ledger.ledger.ingest(new ArticleClaims(a.article(), claims), e.extractorVersion());
    } catch (LedgerException ex) {
      String refused = refusedData(ex);
      if (refused == null) throw ex; // the database is unreachable or failing: let Flink restart from the checkpoint
      dead.add();
      ctx.output(Tags.DEAD_LETTERS, DeadLetter.of("store", "the database refused the article: " + refused, a));
      return;
    }
    long ms = metrics.done(t0);
    if (outcome == IngestOutcome.STORED) {
      stored.add();
      long now = System.currentTimeMillis();
      firstStore.add(now);
      lastStore.add(now);
    } else {
      unchanged.add();
    }
    lastLag = System.currentTimeMillis() - a.timestamp();
    out.collect(new Stored(a.hash(), a.id(), outcome.name(), claims.size(), a.timestamp(), ms));
  }

  /**
   * The database's reason when it refused the article's data (SQL states 22: a value it cannot
   * take, 23: a constraint), else null: then the failure is the database's, not the record's.
   */
  static String refusedData(LedgerException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null
          && (s.getSQLState().startsWith("22") || s.getSQLState().startsWith("23"))) {
        return Contract.oneLine(String.valueOf(s.getMessage()));
      }
    }
    return null;
  }

  @Override
  public void close() {
    if (ledger != null) ledger.close();
  }
}
