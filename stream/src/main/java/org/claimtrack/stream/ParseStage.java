package org.claimtrack.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Record → article (the {@code text --format jsonl} contract); what is not one goes to the dead letters. */
final class ParseStage extends ProcessFunction<RawRecord, Incoming> {
  private final int maxBytes;
  private transient StageMetrics metrics;
  private transient Tally dead;

  ParseStage(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void open(OpenContext ctx) {
    metrics = new StageMetrics(getRuntimeContext(), "parse");
    dead = new Tally(getRuntimeContext(), Tally.DEAD_LETTERS);
  }

  @Override
  public void processElement(RawRecord r, Context ctx, Collector<Incoming> out) {
    long t0 = System.nanoTime();
    Contract.Parsed p = Contract.read(r, maxBytes);
    metrics.done(t0);
    if (p instanceof Contract.Ok ok) {
      out.collect(ok.article());
    } else {
      dead.add();
      ctx.output(Tags.DEAD_LETTERS, DeadLetter.of("parse", ((Contract.Bad) p).reason(), r));
    }
  }
}
