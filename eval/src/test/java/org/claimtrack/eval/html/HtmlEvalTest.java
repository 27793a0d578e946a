package org.claimtrack.eval.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.claimtrack.eval.EvalRow;
import org.junit.jupiter.api.Test;

/** The HTML reader on the real article-extraction benchmark, read in place from ../shared. */
class HtmlEvalTest {

  @Test
  void benchmarkScoresAboveTheFloor() {
    Path dir = HtmlEval.defaultEvalDir();
    assertThat(Files.isRegularFile(dir.resolve("ground-truth.json")))
        .as("the article-extraction benchmark must be at %s (set -Dclaimtrack.shared to the folder holding "
            + "eval/article-extraction-benchmark)", dir.toAbsolutePath())
        .isTrue();
    List<EvalRow> rows = HtmlEval.run(dir);
    System.out.print(HtmlEval.table(rows));
    System.out.printf(Locale.ROOT, "throughput: %.1f pages/s%n", HtmlEval.pagesPerSecond(dir));
    EvalRow f1 = rows.stream().filter(r -> r.measure().equals("body F1")).findFirst().orElseThrow();
    assertThat(f1.floor()).isEqualTo(0.93);
    assertThat(f1.value()).as(f1.counts()).isGreaterThanOrEqualTo(f1.floor());
    assertThat(rows).allMatch(EvalRow::meetsFloor);
    assertThat(rows).extracting(EvalRow::suite).containsOnly(HtmlEval.SUITE);
  }

  @Test
  void missingBenchmarkFailsClearly(@org.junit.jupiter.api.io.TempDir Path empty) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlEval.run(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article-extraction-benchmark not found");
  }

  @Test
  void referenceDates() {
    assertThat(HtmlEval.statedDate("<script>{\"datePublished\": \"2019-11-19T05:00:00Z\"}</script>"))
        .isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(HtmlEval.statedDate("<meta content=\"2019-11-18T22:00:00-05:00\" property=\"article:published_time\">"))
        .isEqualTo(LocalDate.of(2019, 11, 18));
    assertThat(HtmlEval.statedDate("<meta property=\"article:modified_time\" content=\"2019-11-18\">")).isNull();
    assertThat(HtmlEval.urlDate("https://a.example/2019/11/19/story/")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(HtmlEval.urlDate("https://a.example/story-20191119.html")).isNull();
    assertThat(HtmlEval.urlDate("https://a.example/news/20191119/story")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(HtmlEval.urlDate("https://a.example/2019-11-19/story")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(HtmlEval.urlDate("https://a.example/2019/11/story")).isNull();
    assertThat(HtmlEval.urlDate("https://a.example/article/14848164.php")).isNull();
  }
}
