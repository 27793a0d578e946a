package org.claimtrack.eval.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one function over the documents of a suite on a few threads and returns the results in
 * document order, so that sums over them do not depend on the thread count. Shared by the
 * attribution and timex suites.
 */
public final class ParallelDocs {

  private ParallelDocs() {}

  /**
   * Applies {@code f} to each item, on up to {@code threads} threads (the calling thread alone
   * when {@code threads == 1}).
   *
   * @return the results, in the order of {@code items}
   * @throws RuntimeException the first failure in item order, rethrown as is when unchecked
   */
  public static <D, R> List<R> mapInOrder(List<D> items, int threads, Function<? super D, ? extends R> f) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(f, "f");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (threads == 1 || items.size() <= 1) {
      List<R> out = new ArrayList<>(items.size());
      for (D item : items) {
        out.add(f.apply(item));
      }
      return out;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
      Thread t = new Thread(r, "eval-doc-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (D item : items) {
        futures.add(pool.submit(() -> f.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> future : futures) {
        out.add(await(future));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document", e);
    } catch (CancellationException e) {
      throw new IllegalStateException("a document's work was cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
