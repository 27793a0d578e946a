package org.claimtrack.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.nlp.AnnotationPlan;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.NlpPipeline;
import org.claimtrack.nlp.NlpPipelines;
import org.claimtrack.places.ClaimPlaces;
import org.claimtrack.places.PlaceFinder;
import org.claimtrack.places.Places;

/**
 * What the places stage adds to {@code extract}: the standard extractor with and without it on the
 * same articles, in one JVM (one CoreNLP pipeline shared by both), one thread, timed as the
 * thread's CPU time (steadier than wall time on a shared machine). A warm-up pass of each, then
 * timed passes alternating without / with, so drift of a busy machine falls on both. Then the
 * stage alone: the finder and the claims' roles on each article's annotated document (annotated
 * once, untimed), the same work the extractor adds, timed directly.
 * Run: {@code java -cp CLI_CLASSPATH org.claimtrack.bench.PlacesCost [PASSES] [PATH...]} (default:
 * ../shared/eval/realnews-dev/pages and ../shared/corpus/nk-troops, 3 passes).
 */
public final class PlacesCost {
  private PlacesCost() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path shared = Path.of(System.getProperty("claimtrack.shared", "../shared"));
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) paths.add(Path.of(args[i]));
    if (paths.isEmpty()) paths = List.of(shared.resolve("eval/realnews-dev/pages"), shared.resolve("corpus/nk-troops"));
    List<Article> articles = BenchCorpus.read(paths);
    if (articles.isEmpty()) {
      System.err.println("places-cost: no readable articles under " + paths);
      System.exit(1);
    }
    ClaimExtractor without = ClaimExtractors.withoutPlaces();
    ClaimExtractor with = ClaimExtractors.standard();
    System.out.printf("articles: %d (%,d chars of body) from %s; %d timed pass(es) each, 1 thread%n", articles.size(),
        BenchCorpus.chars(articles), paths, passes);
    long placesFound = run(articles, without)[1] + run(articles, with)[1]; // warm-up, and loads the gazetteer
    long tWithout = 0, tWith = 0;
    for (int p = 0; p < passes; p++) {
      tWithout += run(articles, without)[0];
      long[] r = run(articles, with);
      tWith += r[0];
      placesFound = r[1];
    }
    int n = articles.size() * passes;
    double msWithout = tWithout / 1e6 / n, msWith = tWith / 1e6 / n;
    System.out.printf("extract without places: %8.1f ms/article CPU%n", msWithout);
    System.out.printf("extract with places:    %8.1f ms/article CPU (%d claim places per pass)%n", msWith, placesFound);
    System.out.printf("difference: %+.1f ms/article, %+.1f %%%n", msWith - msWithout, 100 * (msWith - msWithout) / msWithout);

    // the stage alone, on documents annotated as extract annotates them (tokens, POS, NER)
    NlpPipeline nlp = NlpPipelines.shared();
    PlaceFinder finder = Places.standard();
    List<NlpDocument> docs = new ArrayList<>();
    List<List<Claim>> claims = new ArrayList<>();
    for (Article a : articles) {
      docs.add(nlp.annotate(a.text(), a.body(), a.published(), new AnnotationPlan(s -> false, s -> false)));
      Result<ArticleClaims> r = without.extract(a);
      claims.add(r instanceof Result.Ok<ArticleClaims> ok ? ok.value().claims() : List.of());
    }
    int reps = 10;
    for (int i = 0; i < docs.size(); i++) ClaimPlaces.place(claims.get(i), docs.get(i), finder.find(docs.get(i)), finder.name());
    long t0 = CPU.getCurrentThreadCpuTime();
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < docs.size(); i++) ClaimPlaces.place(claims.get(i), docs.get(i), finder.find(docs.get(i)), finder.name());
    }
    double msStage = (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / (reps * docs.size());
    System.out.printf("places stage alone: %.2f ms/article CPU (%d reps), %.1f %% of extract without places%n", msStage,
        reps, 100 * msStage / msWithout);
  }

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds of this thread for one pass, and the number of claim places found. */
  private static long[] run(List<Article> articles, ClaimExtractor ex) {
    long places = 0;
    long t0 = CPU.getCurrentThreadCpuTime();
    for (Article a : articles) {
      Result<ArticleClaims> r = ex.extract(a);
      if (r instanceof Result.Ok<ArticleClaims> ok) {
        for (var c : ok.value().claims()) places += c.places().size();
      }
    }
    return new long[] {CPU.getCurrentThreadCpuTime() - t0, places};
  }
}
