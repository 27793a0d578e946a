package org.claimtrack.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.EvalRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real PolNeAR dev split, read in place; the figures were checked against the files by hand. */
class PolnearRealDataTest {

  private static Path evalDir;
  private static List<PolnearArticle> articles;
  private static AttributionSystem goldEcho;

  @BeforeAll
  static void read() {
    evalDir = SharedEval.dir();
    articles = PolnearReader.read(evalDir);
    goldEcho = goldEcho(articles);
  }

  /** A system that returns the gold attributions of each article, spans as their covering spans. */
  static AttributionSystem goldEcho(List<PolnearArticle> articles) {
    Map<String, PolnearArticle> byId =
        articles.stream().collect(Collectors.toMap(PolnearArticle::id, Function.identity()));
    return (articleId, text, published) -> byId.get(articleId).attributions().stream()
        .map(g -> new PredictedAttribution(cover(g.source()), cover(g.cue()), g.content().cover()))
        .toList();
  }

  private static Span cover(Extent e) {
    return e == null ? null : e.cover();
  }

  @Test
  void oneFilePerArticle() {
    assertThat(articles).hasSize(84);
    assertThat(articles.stream().map(PolnearArticle::id).distinct()).hasSize(84);
    List<PolnearArticle> several = articles.stream().filter(a -> a.annotators().size() > 1).toList();
    assertThat(several).extracting(PolnearArticle::id).containsExactly(
        "politico_2016-09-08_flynn-says-trump-absolutely-righ",
        "wash-post_2016-09-26_charlotte-struggles-to-return-to");
    assertThat(several).allMatch(a -> a.annotator().equals("4b22") && a.annotators().size() == 6);
  }

  @Test
  void goldCounts() {
    // from the chosen files: 2193 events, one of them (E21, breitbart ..._the-latest-trump-s-leaked-taxes-)
    // has no content; 126 have no Source argument
    assertThat(articles.stream().mapToInt(a -> a.attributions().size()).sum()).isEqualTo(2192);
    assertThat(articles.stream().mapToInt(PolnearArticle::skippedEvents).sum()).isEqualTo(1);
    assertThat(articles.stream().mapToInt(PolnearArticle::withoutSource).sum()).isEqualTo(126);
    PolnearArticle first = articles.get(0);
    assertThat(first.id()).isEqualTo("breitbart_2016-09-12_stealth-over-health-hillary-clin");
    assertThat(first.published()).isEqualTo(java.time.LocalDate.of(2016, 9, 12));
    GoldAttribution e1 = first.attributions().get(0);
    assertThat(e1.source().cover().of(first.text())).isEqualTo("The New York Post");
    assertThat(e1.cue().cover().of(first.text())).isEqualTo("reports");
  }

  @Test
  void goldEchoScoresOneOnEveryRow() {
    List<EvalRow> rows = PolnearEval.run(evalDir, goldEcho, 2);
    assertThat(rows).hasSize(8);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.suite()).isEqualTo("polnear-dev");
      assertThat(r.value()).as(r.measure()).isEqualTo(1.0);
      assertThat(r.meetsFloor()).isTrue();
    });
    assertThat(rows.get(0).counts()).isEqualTo("P 1.000 R 1.000 (tp 2066, pred 2066, gold 2066)");
    assertThat(rows.get(0).note()).contains("84 articles").contains("4b22 for the 2 articles with several")
        .contains("2192 gold attributions, 126 without source");
  }

  @Test
  void silentSystemScoresZeroAndMissesTheFloors() {
    List<EvalRow> rows = PolnearEval.run(evalDir, (id, text, date) -> List.of());
    assertThat(rows).allSatisfy(r -> assertThat(r.value()).isZero());
    assertThat(rows.stream().filter(EvalRow::hasFloor).map(EvalRow::measure))
        .containsExactly("source exact F1", "content overlap F1", "source exact precision");
    assertThat(rows.stream().filter(r -> !r.meetsFloor())).hasSize(3);
  }

  @Test
  void threadCountDoesNotChangeTheResult() {
    // a lossy system: sentence-long content around every gold cue, source shifted by one char
    AttributionSystem lossy = (id, text, date) -> goldEcho.attribute(id, text, date).stream()
        .filter(p -> p.content().start() % 3 != 0)
        .map(p -> new PredictedAttribution(
            p.source() == null ? null : new Span(p.source().start() + 1, Math.max(p.source().start() + 1, p.source().end())),
            p.cue(),
            new Span(Math.max(0, p.content().start() - 5), p.content().end())))
        .toList();
    AttributionScores one = PolnearEval.evaluate(articles, lossy, 1);
    AttributionScores three = PolnearEval.evaluate(articles, lossy, 3);
    assertThat(three).isEqualTo(one);
    assertThat(one.sourceExact().f1()).isLessThan(one.sourceOverlap().f1());
    assertThat(one.contentOverlap().recall()).isLessThan(1.0).isGreaterThan(0.5);
  }
}
