package org.claimtrack.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.claimtrack.ingest.dedup.DuplicateIndex;
import org.claimtrack.ingest.dedup.Fingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips copies, the way {@code claimtrack ingest} does (the same hashes, MinHash signatures, bands
 * and threshold as {@link DuplicateIndex}), but over the whole job rather than one process: every
 * decision is in keyed state, so a copy read by another task, or hours later, is still caught.
 *
 * <pre>
 * articles ─keyBy(hash)→ exact ─┬─ 42 band probes ─keyBy(band)→ bands ─ queries ─keyBy(candidate)→ signatures ─┐
 *                               ├─ registration ─────────────────────────────────keyBy(hash)──────→ signatures  │
 *                               └─ article ─keyBy(hash)→ verdict ←── band done ─keyBy(hash)── bands           │
 *                                                               ←── similarity ─keyBy(hash)───────────────────┘
 * </pre>
 *
 * <ul>
 *   <li><b>exact</b> (keyed by the article's hash): the first article with a hash passes; later
 *       ones are exact copies.
 *   <li><b>bands</b> (keyed by LSH band key): remembers which articles fell in each band bucket and
 *       when; for each new one, asks about every earlier member (a candidate) and says how many it
 *       asked.
 *   <li><b>signatures</b> (keyed by hash): each article's signature, stored once; answers a
 *       question about its article with the estimated similarity.
 *   <li><b>verdict</b> (keyed by hash): holds the article until every band has answered and every
 *       question is back; a candidate at or above the threshold makes it a near copy.
 * </ul>
 *
 * <p>"Earlier" is the record's timestamp in Kafka, ties broken by hash (by place in the log for
 * exact copies): of two copies, the earlier is kept, whichever task reads which and whichever
 * arrives first. For that, exact copies and band buckets are taken in timestamp order: each
 * waits until the watermark passes its timestamp (every partition read past it; a partition
 * quiet for {@link ClaimtrackJob#IDLE_PARTITION} follows the clock: {@link PartitionWatermarks}), which costs about that
 * much latency. A record older than the watermark (late) is taken at once. Unlike {@code ingest},
 * copies are remembered in the bands too (a band learns of an article before its verdict), so a
 * third copy may name the second, itself skipped, as what it copies. State per article: about 3.5
 * KB (the signature once, 42 band entries); it expires after the retention.
 */
public final class CopyFilter {
  private static final Logger log = LoggerFactory.getLogger(CopyFilter.class);
  /** At most this many articles are remembered per band bucket: boilerplate must not grow one without bound. */
  static final int MAX_BUCKET = 256;

  private CopyFilter() {}

  /** One article's entry into one band bucket. */
  public record BandProbe(long band, String hash, long timestamp, int[] signature) {}

  /** "How similar is {@code candidate} to {@code from}?", sent to the candidate's signature. */
  public record Query(String candidate, String from, int[] signature) {}

  /** An article's signature, stored once, keyed by its hash. */
  public record Registration(String hash, String id, int[] signature) {}

  /**
   * What the verdict hears about an article: a band's answer (how many questions it asked), or the
   * answer to one question (a candidate and its similarity).
   */
  public record Evidence(String hash, boolean band, int queries, String candidate, double similarity) {
    static Evidence bandDone(String hash, int queries) {
      return new Evidence(hash, true, queries, null, -1);
    }

    static Evidence similarity(String hash, String candidate, double similarity) {
      return new Evidence(hash, false, 0, candidate, similarity);
    }
  }

  /** An article waiting for its verdict, and what has been heard about it. */
  public record Pending(Incoming article, int bands, int expected, int answered, String best, double bestSimilarity) {
    static final Pending NONE = new Pending(null, 0, 0, 0, null, -1);

    Pending with(Incoming a) {
      return new Pending(a, bands, expected, answered, best, bestSimilarity);
    }

    Pending with(Evidence e) {
      if (e.band()) return new Pending(article, bands + 1, expected + e.queries(), answered, best, bestSimilarity);
      boolean better = e.similarity() > bestSimilarity
          || e.similarity() == bestSimilarity && best != null && e.candidate().compareTo(best) < 0;
      return new Pending(article, bands, expected, answered + 1, better ? e.candidate() : best,
          better ? e.similarity() : bestSimilarity);
    }

    boolean complete() {
      return article != null && (article.signature() == null || bands == Fingerprint.BANDS && answered == expected);
    }
  }

  private static final OutputTag<Evidence> BAND_DONE = new OutputTag<>("band-done") {};

  /** The articles that are not copies of one seen earlier. */
  static DataStream<Incoming> apply(DataStream<Incoming> in, Duration retention) {
    SingleOutputStreamOperator<Incoming> fresh = in.keyBy(Incoming::hash)
        .process(new Exact(retention)).name("copies: exact").uid("copies-exact");
    SingleOutputStreamOperator<Query> queries = fresh
        .<BandProbe>flatMap((a, out) -> {
          if (a.signature() == null) return;
          for (long band : a.bands()) out.collect(new BandProbe(band, a.hash(), a.timestamp(), a.signature()));
        }).returns(BandProbe.class).name("copies: band probes").uid("copies-probes")
        .keyBy(BandProbe::band)
        .process(new Bands(retention)).name("copies: bands").uid("copies-bands");
    DataStream<Evidence> similarities = fresh
        .filter(a -> a.signature() != null).name("copies: with signature").uid("copies-signed")
        .map(a -> new Registration(a.hash(), a.id(), a.signature())).returns(Registration.class)
        .name("copies: registrations").uid("copies-registrations")
        .keyBy(Registration::hash)
        .connect(queries.keyBy(Query::candidate))
        .process(new Signatures(retention.plusDays(1))).name("copies: signatures").uid("copies-signatures");
    DataStream<Evidence> evidence = queries.getSideOutput(BAND_DONE).union(similarities);
    return fresh.keyBy(Incoming::hash)
        .connect(evidence.keyBy(Evidence::hash))
        .process(new Verdict(DuplicateIndex.DEFAULT_THRESHOLD)).name("copies: verdict").uid("copies-verdict");
  }

  private static StateTtlConfig ttl(Duration retention) {
    return StateTtlConfig.newBuilder(retention).setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
        .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired).build();
  }

  /**
   * Waits until the watermark says no earlier record can still come (every partition has been read
   * past {@code timestamp}), so that keyed state sees records in timestamp order whatever task read
   * them: true when {@code timestamp} is to be handled now (it is late: the watermark is past it),
   * false when a timer for it was set.
   */
  private static boolean dueNow(long timestamp, org.apache.flink.streaming.api.TimerService timers) {
    if (timestamp <= timers.currentWatermark()) return true;
    timers.registerEventTimeTimer(timestamp);
    return false;
  }

  /** Exact copies: of the articles with one hash, the earliest passes. */
  static final class Exact extends KeyedProcessFunction<String, Incoming, Incoming> {
    private final Duration retention;
    private transient ValueState<String> first;
    private transient ListState<Incoming> waiting;
    private transient Tally skipped;
    private transient StageMetrics metrics;

    Exact(Duration retention) {
      this.retention = retention;
    }

    @Override
    public void open(OpenContext ctx) {
      ValueStateDescriptor<String> d = new ValueStateDescriptor<>("first", Types.STRING);
      d.enableTimeToLive(ttl(retention));
      first = getRuntimeContext().getState(d);
      waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", Incoming.class));
      skipped = new Tally(getRuntimeContext(), Tally.SKIPPED_DUPLICATE);
      metrics = new StageMetrics(getRuntimeContext(), "exactCopies");
    }

    @Override
    public void processElement(Incoming a, Context ctx, Collector<Incoming> out) throws Exception {
      if (dueNow(a.timestamp(), ctx.timerService())) {
        decide(a, out);
      } else {
        waiting.add(a);
      }
    }

    @Override
    public void onTimer(long t, OnTimerContext ctx, Collector<Incoming> out) throws Exception {
      List<Incoming> due = new ArrayList<>();
      List<Incoming> later = new ArrayList<>();
      for (Incoming a : waiting.get()) (a.timestamp() <= t ? due : later).add(a);
      waiting.update(later);
      due.sort(java.util.Comparator.comparingLong(Incoming::timestamp).thenComparing(Incoming::where));
      for (Incoming a : due) decide(a, out);
    }

    private void decide(Incoming a, Collector<Incoming> out) throws Exception {
      long t0 = System.nanoTime();
      String f = first.value();
      if (f == null) first.update(a.id());
      metrics.done(t0); // before passing it on: the stages chained after this one run inside collect()
      if (f != null) {
        skipped.add();
        log.debug("{} ({}): skipped: duplicate of {}", a.where(), a.id(), f);
      } else {
        out.collect(a);
      }
    }
  }

  /** Band buckets: who fell in each, and when; probes are taken in timestamp order. */
  static final class Bands extends KeyedProcessFunction<Long, BandProbe, Query> {
    private final Duration retention;
    private transient MapState<String, Long> members;
    private transient ListState<BandProbe> waiting;
    private transient StageMetrics metrics;

    Bands(Duration retention) {
      this.retention = retention;
    }

    @Override
    public void open(OpenContext ctx) {
      MapStateDescriptor<String, Long> d = new MapStateDescriptor<>("members", Types.STRING, Types.LONG);
      d.enableTimeToLive(ttl(retention));
      members = getRuntimeContext().getMapState(d);
      waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", BandProbe.class));
      metrics = new StageMetrics(getRuntimeContext(), "bands");
    }

    @Override
    public void processElement(BandProbe p, Context ctx, Collector<Query> out) throws Exception {
      if (dueNow(p.timestamp(), ctx.timerService())) {
        take(p, ctx, out);
      } else {
        waiting.add(p);
      }
    }

    @Override
    public void onTimer(long t, OnTimerContext ctx, Collector<Query> out) throws Exception {
      List<BandProbe> due = new ArrayList<>();
      List<BandProbe> later = new ArrayList<>();
      for (BandProbe p : waiting.get()) (p.timestamp() <= t ? due : later).add(p);
      waiting.update(later);
      due.sort(java.util.Comparator.comparingLong(BandProbe::timestamp).thenComparing(BandProbe::hash));
      for (BandProbe p : due) take(p, ctx, out);
    }

    private void take(BandProbe p, Context ctx, Collector<Query> out) throws Exception {
      long t0 = System.nanoTime();
      int asked = 0;
      int live = 0;
      boolean known = false;
      for (var m : members.entries()) {
        live++;
        String h = m.getKey();
        if (h.equals(p.hash())) {
          known = true;
          continue;
        }
        long ts = m.getValue();
        if (ts < p.timestamp() || ts == p.timestamp() && h.compareTo(p.hash()) < 0) {
          out.collect(new Query(h, p.hash(), p.signature()));
          asked++;
        }
      }
      if (!known && live < MAX_BUCKET) members.put(p.hash(), p.timestamp());
      ctx.output(BAND_DONE, Evidence.bandDone(p.hash(), asked));
      metrics.done(t0);
    }
  }

  /** Signatures, once per article; answers the questions about it. */
  static final class Signatures extends KeyedCoProcessFunction<String, Registration, Query, Evidence> {
    private final Duration retention;
    private transient ValueState<Registration> registered;
    private transient ListState<Query> waiting;

    Signatures(Duration retention) {
      this.retention = retention;
    }

    @Override
    public void open(OpenContext ctx) {
      ValueStateDescriptor<Registration> d = new ValueStateDescriptor<>("signature", Registration.class);
      d.enableTimeToLive(ttl(retention));
      registered = getRuntimeContext().getState(d);
      waiting = getRuntimeContext().getListState(new ListStateDescriptor<>("waiting", Query.class));
    }

    @Override
    public void processElement1(Registration r, Context ctx, Collector<Evidence> out) throws Exception {
      registered.update(r);
      // questions that came before the signature (they travel another way): answer them now
      List<Query> early = new ArrayList<>();
      for (Query q : waiting.get()) early.add(q);
      waiting.clear();
      for (Query q : early) answer(r, q, out);
    }

    @Override
    public void processElement2(Query q, Context ctx, Collector<Evidence> out) throws Exception {
      Registration r = registered.value();
      if (r == null) {
        waiting.add(q);
      } else {
        answer(r, q, out);
      }
    }

    private static void answer(Registration r, Query q, Collector<Evidence> out) {
      out.collect(Evidence.similarity(q.from(), r.id(), Fingerprint.similarity(q.signature(), r.signature())));
    }
  }

  /** Holds each article until everything about it is heard, then keeps it or skips it as a near copy. */
  static final class Verdict extends KeyedCoProcessFunction<String, Incoming, Evidence, Incoming> {
    private final double threshold;
    private transient ValueState<Pending> pending;
    private transient Tally skipped;
    private transient StageMetrics metrics;

    Verdict(double threshold) {
      this.threshold = threshold;
    }

    @Override
    public void open(OpenContext ctx) {
      pending = getRuntimeContext().getState(new ValueStateDescriptor<>("pending", Pending.class));
      skipped = new Tally(getRuntimeContext(), Tally.SKIPPED_NEAR_DUPLICATE);
      metrics = new StageMetrics(getRuntimeContext(), "nearCopies");
    }

    @Override
    public void processElement1(Incoming a, Context ctx, Collector<Incoming> out) throws Exception {
      decide(current().with(a), out);
    }

    @Override
    public void processElement2(Evidence e, Context ctx, Collector<Incoming> out) throws Exception {
      decide(current().with(e), out);
    }

    private Pending current() throws Exception {
      Pending p = pending.value();
      return p == null ? Pending.NONE : p;
    }

    private void decide(Pending p, Collector<Incoming> out) throws Exception {
      if (!p.complete()) {
        pending.update(p);
        return;
      }
      long t0 = System.nanoTime();
      pending.clear();
      Incoming a = p.article();
      boolean copy = p.best() != null && p.bestSimilarity() >= threshold;
      metrics.done(t0); // before passing it on: extraction is chained after this stage, inside collect()
      if (copy) {
        skipped.add();
        log.debug("{} ({}): skipped: {}", a.where(), a.id(),
            String.format(Locale.ROOT, "near duplicate of %s (similarity %.2f)", p.best(), p.bestSimilarity()));
      } else {
        out.collect(a);
      }
    }
  }
}
