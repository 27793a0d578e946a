package org.claimtrack.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimtrack.eval.EvalRow;
import org.claimtrack.eval.attribution.SharedEval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real TempEval-3 platinum set, read in place; facts checked against the files by hand. */
class TempEvalRealDataTest {

  private static Path evalDir;
  private static TimexCorpus corpus;

  @BeforeAll
  static void read() {
    evalDir = SharedEval.dir();
    corpus = TempEvalEval.read(evalDir);
  }

  /** Returns each document's gold timexes; documents are told apart by their text. */
  static TimexSystem goldEcho(List<TimexDocument> docs) {
    Map<String, TimexDocument> byText = docs.stream().collect(Collectors.toMap(TimexDocument::text, Function.identity()));
    return (text, date) -> {
      TimexDocument d = byText.get(text);
      assertThat(date).isEqualTo(d.documentDate());
      return d.timexes().stream().map(g -> new PredictedTimex(g.span(), g.type(), g.value())).toList();
    };
  }

  @Test
  void twentyDocumentsAndTheReadmesCount() {
    assertThat(corpus.documents()).hasSize(20);
    assertThat(corpus.goldCount()).isEqualTo(138);
    assertThat(corpus.documents().get(0).id()).isEqualTo("AP_20130322");
  }

  @Test
  void firstDocument() {
    TimexDocument ap = corpus.documents().get(0);
    assertThat(ap.documentDate()).isEqualTo(LocalDate.of(2013, 3, 22));
    assertThat(ap.text()).startsWith("\n\nThe flu season is winding down, and it has killed 105 children so far");
    assertThat(ap.timexes()).hasSize(13);
    GoldTimex first = ap.timexes().get(0);
    assertThat(first.span().of(ap.text())).isEqualTo("a month");
    assertThat(first.type()).isEqualTo("DURATION");
    assertThat(first.value()).isEqualTo("P1M");
    assertThat(ap.text()).doesNotContain("<").doesNotContain("TIMEX3");
  }

  @Test
  void everyGoldSpanCoversTheInlineTimexText() throws IOException {
    // an independent look at the files: the inline TIMEX3 contents inside <TEXT>, in order
    Pattern timex = Pattern.compile("<TIMEX3[^>]*>([^<]*)</TIMEX3>");
    for (TimexDocument d : corpus.documents()) {
      String raw = Files.readString(evalDir.resolve("tempeval3-platinum").resolve(d.id() + ".tml"), StandardCharsets.UTF_8);
      String body = raw.substring(raw.indexOf("<TEXT>"), raw.indexOf("</TEXT>"));
      Matcher m = timex.matcher(body);
      List<String> inline = new ArrayList<>();
      while (m.find()) {
        inline.add(m.group(1));
      }
      assertThat(d.timexes()).extracting(g -> g.span().of(d.text())).as(d.id()).containsExactlyElementsOf(inline);
    }
  }

  @Test
  void goldEchoScoresOne() {
    List<EvalRow> rows = TempEvalEval.run(evalDir, goldEcho(corpus.documents()), 2);
    assertThat(rows).hasSize(7);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.suite()).isEqualTo("tempeval3-platinum");
      assertThat(r.value()).as(r.measure()).isEqualTo(1.0);
    });
    EvalRow value = rows.stream().filter(r -> r.measure().equals("value F1")).findFirst().orElseThrow();
    assertThat(value.floor()).isEqualTo(0.80);
    assertThat(value.counts()).isEqualTo("P 1.000 R 1.000 (tp 138, pred 138, gold 138)");
    assertThat(rows.stream().filter(EvalRow::hasFloor)).hasSize(1);
    assertThat(rows.get(0).note()).contains("20 documents, 138 gold TIMEX3");
  }

  @Test
  void silentSystemScoresZero() {
    List<EvalRow> rows = TempEvalEval.run(evalDir, (text, date) -> List.of());
    assertThat(rows).allSatisfy(r -> assertThat(r.value()).isZero());
  }

  @Test
  void threadCountDoesNotChangeTheResult() {
    TimexSystem echo = goldEcho(corpus.documents());
    TimexSystem lossy = (text, date) -> echo.tag(text, date).stream()
        .filter(p -> p.span().start() % 4 != 0)
        .map(p -> new PredictedTimex(p.span().start() % 3 == 0 ? p.span().shift(1) : p.span(), p.type(),
            p.span().start() % 5 == 0 ? "XXXX" : p.value()))
        .toList();
    TimexSuite.Totals one = TimexSuite.evaluate(corpus.documents(), lossy, 1);
    TimexSuite.Totals four = TimexSuite.evaluate(corpus.documents(), lossy, 4);
    assertThat(four).isEqualTo(one);
    assertThat(one.all().value().f1()).isLessThan(one.all().relaxed().f1());
    assertThat(one.all().strict().f1()).isLessThan(one.all().relaxed().f1());
  }
}
