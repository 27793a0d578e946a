package org.claimtrack.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimtrack.eval.EvalRow;
import org.claimtrack.eval.attribution.SharedEval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real MEANTIME English corpus, read in place; facts checked against the files by hand. */
class MeantimeRealDataTest {

  private static Path evalDir;
  private static TimexCorpus corpus;

  @BeforeAll
  static void read() {
    evalDir = SharedEval.dir();
    corpus = MeantimeEval.read(evalDir);
  }

  private static TimexDocument doc(String prefix) {
    return corpus.documents().stream().filter(d -> d.id().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void counts() {
    // 525 TIMEX3 in the files (as the README says), 37 of them without token anchors
    assertThat(corpus.documents()).hasSize(120);
    assertThat(corpus.goldCount()).isEqualTo(525 - 37);
    assertThat(corpus.readingNote()).contains("37 TIMEX3 without token anchors")
        .contains("2 documents without creation time").contains("1 DD-MM-YYYY");
  }

  @Test
  void aDocumentRebuiltFromItsTokens() {
    TimexDocument d = doc("11716_");
    assertThat(d.documentDate()).isEqualTo(LocalDate.of(2005, 6, 13));
    assertThat(d.text()).startsWith("Airbus wins Qatar Airways order worth $15bn\nJune 13, 2005\n"
        + "European aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to 60 of its new mid-sized A350 jets.\n");
    assertThat(d.timexes()).extracting(t -> t.span().of(d.text())).containsExactly("June 13, 2005", "2009");
    assertThat(d.timexes()).extracting(GoldTimex::value).containsExactly("2005-06-13", "2009");
  }

  @Test
  void theRepairedAndTheUndatedDocuments() {
    TimexDocument repaired = doc("120578_");
    assertThat(repaired.documentDate()).isEqualTo(LocalDate.of(2009, 2, 3));
    assertThat(repaired.timexes().get(0).value()).isEqualTo("2009-02-03");
    assertThat(repaired.timexes().get(0).span().of(repaired.text())).isEqualTo("February 03, 2009");
    assertThat(doc("8951_").documentDate()).isEqualTo(LocalDate.of(2005, 4, 27));
    assertThat(doc("78496_").documentDate()).isEqualTo(LocalDate.of(2007, 9, 1));
  }

  @Test
  void everyDocumentStartsWithTitleAndDateLine() {
    for (TimexDocument d : corpus.documents()) {
      String[] lines = d.text().split("\n", -1);
      assertThat(lines.length).as(d.id()).isGreaterThan(2);
      assertThat(lines[1]).as(d.id()).contains(String.valueOf(d.documentDate().getYear()));
    }
  }

  @Test
  void goldEchoScoresOne() {
    List<EvalRow> rows = MeantimeEval.run(evalDir, TempEvalRealDataTest.goldEcho(corpus.documents()), 3);
    assertThat(rows).hasSize(7);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.suite()).isEqualTo("meantime");
      assertThat(r.value()).as(r.measure()).isEqualTo(1.0);
      assertThat(r.hasFloor()).isFalse();
    });
    assertThat(rows.get(0).counts()).isEqualTo("P 1.000 R 1.000 (tp 488, pred 488, gold 488)");
  }

  @Test
  void silentSystemScoresZero() {
    assertThat(MeantimeEval.run(evalDir, (text, date) -> List.of())).allSatisfy(r -> assertThat(r.value()).isZero());
  }
}
