package org.claimtrack.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ingest.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's own contract, with the real readers and a hand-made extractor standing in for
 * CoreNLP (the real one runs in the CLI's tests): output in input order whatever the threads and
 * however long each article takes, an extractor that throws (or runs out of memory) on one article
 * fails that article only, the extractor is made only when an article needs it, and what the
 * listener throws stops the run.
 */
class ExtractionPipelineTest {
  @TempDir Path dir;
  ExtractionPipeline last;

  /** Takes a random time per article; throws on ids containing "boom", runs out of memory on "oom". */
  static final class SlowExtractor implements ClaimExtractor {
    final Random random = new Random(7);

    @Override
    public List<String> stages() {
      return List.of("test.v1");
    }

    @Override
    public Result<ArticleClaims> extract(Article a) {
      try {
        Thread.sleep(random.nextInt(15));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (a.id().contains("boom")) throw new IllegalStateException("rule failed\non two lines");
      if (a.id().contains("oom")) throw new OutOfMemoryError("Java heap space");
      if (a.id().contains("none")) return Result.failed(a.id(), Problem.Code.NO_SENTENCES, "no sentences: none");
      return Result.ok(new ArticleClaims(a, List.of()));
    }
  }

  List<String> run(int threads, ExtractionPipeline.Listener extra) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      String id = i == 7 ? "boom-7" : i == 23 ? "oom-23" : i == 31 ? "none-31" : "a-" + i;
      lines.append("{\"id\": \"").append(id).append("\", \"text\": \"Article ").append(i)
          .append(" says 12 people were hurt.\"}\n");
      if (i == 40) lines.append("not json\n");
    }
    Path in = Files.writeString(dir.resolve("in.jsonl"), lines);
    List<String> heard = new ArrayList<>();
    ExtractionPipeline p = new ExtractionPipeline(ArticleReader.Options.plain(ReadOptions.DEFAULT), threads,
        SlowExtractor::new);
    last = p;
    p.run(List.of(in), new ExtractionPipeline.Listener() {
      @Override
      public boolean wanted(ReadArticle a) {
        return extra == null || extra.wanted(a);
      }

      @Override
      public void extracted(ReadArticle a, ArticleClaims claims) {
        heard.add(a.article().id());
        if (extra != null) extra.extracted(a, claims);
      }

      @Override
      public void failed(Problem problem) {
        heard.add("failed " + problem.line());
      }
    });
    return heard;
  }

  @Test
  void outputKeepsInputOrderAndOneArticleFailsAlone() throws Exception {
    List<String> one = run(1, null);
    List<String> four = run(4, null);
    assertThat(four).isEqualTo(one);
    assertThat(one).hasSize(61);
    assertThat(one.get(7)).startsWith("failed " + dir.resolve("in.jsonl") + "#boom-7: internal error while extracting"
        + " (IllegalStateException: rule failed on two lines)");
    assertThat(one.get(23)).startsWith("failed " + dir.resolve("in.jsonl") + "#oom-23: out of memory");
    assertThat(one.get(31)).isEqualTo("failed " + dir.resolve("in.jsonl") + "#none-31: no sentences: none");
    assertThat(one.get(41)).startsWith("failed " + dir.resolve("in.jsonl") + ":42: not valid JSON");
    assertThat(one).filteredOn(s -> s.startsWith("a-")).hasSize(57);
    assertThat(one).allMatch(s -> !s.contains("\n"));
    assertThat(last.extractionProblems()).isEqualTo(3);
    assertThat(last.reader().counts().problems()).isEqualTo(1);
  }

  @Test
  void theExtractorIsMadeOnlyWhenAnArticleNeedsIt() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "not json\n");
    AtomicInteger made = new AtomicInteger();
    new ExtractionPipeline(ArticleReader.Options.plain(ReadOptions.DEFAULT), 2, () -> {
      made.incrementAndGet();
      return new SlowExtractor();
    }).run(List.of(bad), new ExtractionPipeline.Listener() {
      @Override
      public void extracted(ReadArticle a, ArticleClaims c) {}

      @Override
      public void failed(Problem p) {}
    });
    assertThat(made).hasValue(0);
    List<String> none = run(2, new ExtractionPipeline.Listener() {
      @Override
      public boolean wanted(ReadArticle a) {
        return false;
      }

      @Override
      public void extracted(ReadArticle a, ArticleClaims c) {}

      @Override
      public void failed(Problem p) {}
    });
    assertThat(none).singleElement().asString().startsWith("failed " + dir.resolve("in.jsonl") + ":42: not valid JSON");
  }

  @Test
  void whatTheListenerThrowsStopsTheRun() {
    assertThatThrownBy(() -> run(3, new ExtractionPipeline.Listener() {
      @Override
      public void extracted(ReadArticle a, ArticleClaims c) {
        if (a.article().id().equals("a-12")) throw new IllegalStateException("the database is gone");
      }

      @Override
      public void failed(Problem p) {}
    })).isInstanceOf(IllegalStateException.class).hasMessage("the database is gone");
  }

  @Test
  void threadsMustBeAtLeastOne() {
    assertThatThrownBy(() -> new ExtractionPipeline(ArticleReader.Options.plain(ReadOptions.DEFAULT), 0, SlowExtractor::new))
        .hasMessage("threads must be at least 1, got 0");
  }
}
