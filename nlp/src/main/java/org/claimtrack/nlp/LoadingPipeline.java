package org.claimtrack.nlp;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.claimtrack.domain.Span;

/**
 * A pipeline whose models load in the background from the moment it is made: its first {@link
 * #annotate} waits for them, so that whatever a program does meanwhile (reading its input, loading
 * a language detector) overlaps the load instead of following it. The loading thread is a daemon:
 * a program that ends before it needs the pipeline does not wait for it.
 */
final class LoadingPipeline implements NlpPipeline {
  private final String name;
  private final CompletableFuture<NlpPipeline> loaded = new CompletableFuture<>();

  LoadingPipeline(String name, Supplier<NlpPipeline> load) {
    this.name = name;
    Thread t = new Thread(() -> {
      try {
        loaded.complete(load.get());
      } catch (Throwable e) {
        loaded.completeExceptionally(e);
      }
    }, "claimtrack-corenlp-load");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public String name() {
    return name;
  }

  /** The loaded pipeline: waits for the load; what the load threw is thrown here, every time. */
  NlpPipeline await() {
    try {
      return loaded.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for CoreNLP to load", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException("cannot load CoreNLP: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public NlpDocument annotate(String text, Span region, LocalDate documentDate, AnnotationPlan plan) {
    return await().annotate(text, region, documentDate, plan);
  }

  @Override
  public Deferred annotateDeferred(String text, Span region, LocalDate documentDate, AnnotationPlan plan) {
    return await().annotateDeferred(text, region, documentDate, plan);
  }
}
