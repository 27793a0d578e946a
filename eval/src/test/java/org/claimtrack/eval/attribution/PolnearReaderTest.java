package org.claimtrack.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimtrack.eval.EvalRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearReaderTest {

  private static final String TEXT = "Bob said it rained. Ann said it did not.";

  private static void write(Path p, String s) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, s);
  }

  private static Path fixture(Path root) throws IOException {
    Path dir = root.resolve("polnear-dev");
    write(dir.resolve("metadata.tsv"),
        "compartment\tfilename\tannotators\tpublication_date\ttitle\n"
            + "dev\ta1\tzz99|aa11\t2016-09-08\tOne\n"
            + "dev\ta2\tbb22\t2016-10-01\tTwo\n");
    write(dir.resolve("text/a1.txt"), TEXT);
    write(dir.resolve("text/a2.txt"), TEXT);
    String bob = "T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\nT3\tContent 9 18\tit rained\n"
        + "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n";
    String ann = "T1\tCue 24 28\tsaid\nT2\tContent 29 39\tit did not\n"
        + "T3\tAttribution-no-source 24 28\tsaid\nE1\tAttribution-no-source:T3 Cue:T1 Content:T2\n";
    write(dir.resolve("attributions/a1_zz99.ann"), bob);
    write(dir.resolve("attributions/a1_aa11.ann"), bob + ann.replace("T1", "T5").replace("T2", "T6")
        .replace("T3", "T7").replace("E1", "E2"));
    write(dir.resolve("attributions/a2_bb22.ann"), bob + ann.replace("T1", "T5").replace("T2", "T6")
        .replace("T3", "T7").replace("E1", "E2"));
    return root;
  }

  @Test
  void readsTheFirstListedAnnotatorsFile(@TempDir Path root) throws IOException {
    List<PolnearArticle> articles = PolnearReader.read(fixture(root));
    assertThat(articles).extracting(PolnearArticle::id).containsExactly("a1", "a2");
    PolnearArticle a1 = articles.get(0);
    assertThat(a1.annotator()).isEqualTo("zz99");   // first listed, though not alphabetically first
    assertThat(a1.annotators()).containsExactly("zz99", "aa11");
    assertThat(a1.published()).isEqualTo(LocalDate.of(2016, 9, 8));
    assertThat(a1.attributions()).hasSize(1);
    assertThat(articles.get(1).attributions()).hasSize(2);
    assertThat(articles.get(1).withoutSource()).isEqualTo(1);
  }

  @Test
  void missingFileOfTheChosenAnnotatorFails(@TempDir Path root) throws IOException {
    fixture(root);
    Files.delete(root.resolve("polnear-dev/attributions/a1_zz99.ann"));
    assertThatThrownBy(() -> PolnearReader.read(root)).hasMessageContaining("zz99");
  }

  @Test
  void missingSuiteFails(@TempDir Path root) {
    assertThatThrownBy(() -> PolnearReader.read(root)).hasMessageContaining("metadata");
  }

  @Test
  void runOnTheFixture(@TempDir Path root) throws IOException {
    fixture(root);
    AttributionSystem bobOnly = (id, text, date) -> List.of(
        new org.claimtrack.eval.attribution.PredictedAttribution(
            org.claimtrack.domain.Span.of(0, 3), org.claimtrack.domain.Span.of(4, 8), org.claimtrack.domain.Span.of(9, 18)));
    List<EvalRow> rows = PolnearEval.run(root, bobOnly, 2);
    EvalRow source = rows.get(0);
    assertThat(source.measure()).isEqualTo("source exact F1");
    assertThat(source.value()).isEqualTo(1.0);   // 2 gold sources (Bob twice), 2 predicted
    EvalRow content = rows.stream().filter(r -> r.measure().equals("content overlap F1")).findFirst().orElseThrow();
    assertThat(content.counts()).isEqualTo("P 1.000 R 0.667 (tp 2, pred 2, gold 3)");
    assertThat(content.floor()).isEqualTo(0.72);
    assertThat(rows.get(1).hasFloor()).isFalse();
    assertThat(source.note()).contains("2 articles").contains("zz99 for the 1 articles with several")
        .contains("3 gold attributions, 1 without source");
  }
}
