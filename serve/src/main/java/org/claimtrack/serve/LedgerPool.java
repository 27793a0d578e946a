package org.claimtrack.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.LedgerException;

/** A ledger is one per thread: requests borrow one of a few, opened once. */
final class LedgerPool implements AutoCloseable {
  private final BlockingQueue<Ledger> idle;
  private final List<Ledger> all = new ArrayList<>();

  LedgerPool(LedgerConfig config, int size) {
    idle = new ArrayBlockingQueue<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Ledger l = Ledger.open(config);
        all.add(l);
        idle.add(l);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  <T> T with(Function<Ledger, T> work) {
    Ledger l;
    try {
      l = idle.poll(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException(LedgerException.Kind.STORAGE, "interrupted while waiting for the ledger");
    }
    if (l == null) throw new LedgerException(LedgerException.Kind.STORAGE, "the ledger is busy: every connection was in use for a minute");
    try {
      return work.apply(l);
    } finally {
      idle.add(l);
    }
  }

  @Override
  public void close() {
    for (Ledger l : all) {
      try {
        l.close();
      } catch (RuntimeException ignored) {
        // closing anyway
      }
    }
  }
}
