package org.claimtrack.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.nlp.AnnotationPlan;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.NlpPipeline;
import org.claimtrack.nlp.NlpPipelines;
import org.claimtrack.places.ArticlePlaces;
import org.claimtrack.places.PlaceFinder;
import org.claimtrack.places.Places;
import org.claimtrack.places.PlacesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack places}: the places each article names, resolved against the offline gazetteer. */
@Command(
    name = "places",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the places each article names and resolves each to a gazetteer entry (GeoNames towns,",
      "regions, counties, countries, continents; offline): span, name, entry, coordinates, kind,",
      "containment path and why. Demonyms (\"North Korean troops\") are origins, not places.",
      "Reads what extract reads; problems get one line each on standard error and the exit status is",
      "1 when any input failed."
    })
final class PlacesCommand implements java.util.concurrent.Callable<Integer> {

  enum OutputFormat { text, jsonl }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text",
      description = "Output: text (readable) or jsonl (one object per article: id, places [span, name, geonameid,"
          + " lat, lon, country, admin1, kind, why, path], origins). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Mixin InputOptions input;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  private record Out(String line, String errLine, boolean failed) {}

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (threads < 1) {
      err.println("claimtrack places: --threads must be at least 1, got " + threads);
      return Main.EXIT_USAGE;
    }
    ArticleReader.Options options = input.options("places", err);
    if (options == null) return Main.EXIT_USAGE;
    NlpPipeline nlp = NlpPipelines.shared();
    PlaceFinder finder = Places.standard();
    AtomicInteger failed = new AtomicInteger();
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "places");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Out>> window = new ArrayDeque<>();
    int maxInFlight = threads * 4;
    ArticleReader reader = new ArticleReader(options);
    ArticleSink sink = new ArticleSink() {
      @Override
      public void article(ReadArticle a) {
        add(pool.submit(() -> places(nlp, finder, a.article())));
      }

      @Override
      public void skipped(String in, String reason) {
        if (!input.quiet) add(CompletableFuture.completedFuture(new Out(null, InputOptions.skipLine(in, reason), false)));
      }

      @Override
      public void problem(Problem p) {
        add(CompletableFuture.completedFuture(new Out(null, "claimtrack: " + p.line(), true)));
      }

      @Override
      public void note(String in, String message) {
        add(CompletableFuture.completedFuture(new Out(null, InputOptions.noteLine(in, message), false)));
      }

      private void add(Future<Out> f) {
        window.add(f);
        while (window.size() >= maxInFlight) drain(window.poll(), out, err, failed);
      }
    };
    try {
      for (Path p : paths) reader.read(p, sink);
      while (!window.isEmpty()) drain(window.poll(), out, err, failed);
      out.flush();
    } catch (IOException | UncheckedIOException e) {
      err.println("claimtrack places: cannot write output: " + e.getMessage());
      return Main.EXIT_INPUT_FAILED;
    } finally {
      pool.shutdownNow();
    }
    InputOptions.summary("places", reader, err);
    return failed.get() > 0 ? Main.EXIT_INPUT_FAILED : 0;
  }

  private Out places(NlpPipeline nlp, PlaceFinder finder, Article a) {
    try {
      NlpDocument doc = nlp.annotate(a.text(), a.body(), a.published(), AnnotationPlan.tagsOnly());
      ArticlePlaces ap = finder.find(doc);
      return new Out(format == OutputFormat.jsonl ? PlacesJson.line(a.id(), ap) + "\n" : PlacesJson.text(a.id(), a.text(), ap), null, false);
    } catch (RuntimeException | StackOverflowError e) {
      String in = a.file() == null ? a.id() : a.file();
      return new Out(null, "claimtrack: " + in + ": internal error while finding places (" + e.getClass().getSimpleName()
          + "); please report it with this input", true);
    }
  }

  private static void drain(Future<Out> f, Writer out, PrintStream err, AtomicInteger failed) {
    Out o;
    try {
      o = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("places failed unexpectedly", e.getCause());
    }
    if (o.failed()) failed.incrementAndGet();
    if (o.errLine() != null) {
      err.println(o.errLine());
      return;
    }
    try {
      out.write(o.line());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
