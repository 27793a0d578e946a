package org.claimtrack.eval.realnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtrack.eval.attribution.SharedEval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realnews-dev figures {@code claimtrack eval} prints are score.py's: the standard
 * extractor's output on the 25 pages (read as {@code claimtrack extract pages/} reads them,
 * written as it writes them) scored by the reference score.py and by the port gives the same
 * report, character for character (headline, categories, precision, the JSON line, every page).
 */
class RealnewsScorePyAgreementTest {

  @TempDir Path dir;

  @Test
  void theExtractorsOutputScoresAsScorePyScoresIt() throws IOException {
    RealnewsEval.Outcome run = RealnewsRun.get();
    assertThat(run.predictions().problems()).as("pages that gave no output").isEmpty();
    assertThat(run.predictions().articles()).hasSize(25);
    Path pred = dir.resolve("pred.jsonl");
    Files.write(pred, run.predictions().jsonLines(), StandardCharsets.UTF_8);

    String python = ScorePy.run(pred, "--json", "--per-file");
    String java = ScorePyReport.text(run.scores(), "pred.jsonl", true, true);
    System.out.print(python);
    assertThat(java).isEqualTo(python);

    // scoring the written file gives what scoring the objects in memory gave
    Path expected = SharedEval.dir().resolve("realnews-dev").resolve("expected.jsonl");
    assertThat(RealnewsScorer.score(Expected.read(expected), Predicted.read(pred))).isEqualTo(run.scores());
    assertThat(RealnewsEval.report(expected, pred, true, true)).isEqualTo(python);
  }
}
