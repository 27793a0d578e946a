package org.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.junit.jupiter.api.Test;

class PlainTextArticlesTest {

  private static Article ok(Result<Article> r) {
    assertThat(r).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Article>) r).value();
  }

  @Test
  void readsTheSeedHeader() throws Exception {
    String text = Files.readString(Shared.seed());
    Article a = ok(PlainTextArticles.parse("seed.txt", text, null));
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(a.title()).isEqualTo("North Korean troops spotted in Russian border region with Ukraine, says Kyiv");
    assertThat(a.publisher()).isEqualTo("CNN");
    assertThat(a.bodyText()).startsWith("A group of North Korean soldiers have been spotted");
    assertThat(a.bodyText()).endsWith("the Ukrainian intelligence service reported.");
    assertThat(a.bodyText()).doesNotContain("Must read").doesNotContain("Latest article");
  }

  @Test
  void readsAMarkerLineWithItsDash() throws Exception {
    Path f = Shared.dir().resolve("corpus/nk-troops/2024-10-18-nis-1500.txt");
    Article a = ok(PlainTextArticles.parse("x.txt", Files.readString(f), null));
    assertThat(a.publisher()).isEqualTo("Example Wire");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 10, 18));
    assertThat(a.bodyText()).startsWith("North Korea has sent about 1,500");
  }

  @Test
  void aFileWithoutHeaderIsAllBody() {
    String text = "The agency said on Tuesday that 300 people were evacuated. Officials expect more.\n";
    Article a = ok(PlainTextArticles.parse("plain.txt", text, LocalDate.of(2024, 5, 1)));
    assertThat(a.title()).isNull();
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(a.body().start()).isZero();
    assertThat(a.bodyText()).endsWith("Officials expect more.");
  }

  @Test
  void inlineWireMarkerIsNotBody() {
    String text = "Ceasefire talks stall\n\nWASHINGTON (Reuters) - Talks stalled on Monday, officials said.\n";
    Article a = ok(PlainTextArticles.parse("w.txt", text, null));
    assertThat(a.publisher()).isEqualTo("Reuters");
    assertThat(a.title()).isEqualTo("Ceasefire talks stall");
    assertThat(a.bodyText()).isEqualTo("Talks stalled on Monday, officials said.");
  }

  @Test
  void aNameFollowedByADashInTheBodyIsNotAMarker() {
    String text = "Headline here\n\nTrump — the candidate — said on Monday he would win.\n";
    Article a = ok(PlainTextArticles.parse("t.txt", text, null));
    assertThat(a.publisher()).isNull();
    assertThat(a.bodyText()).startsWith("Trump — the candidate");
  }

  @Test
  void overrideDateWinsOverDateline() {
    String text = "Friday, November 22, 2024\n\nTitle\n\nBody sentence one is here.\n";
    Article a = ok(PlainTextArticles.parse("t.txt", text, LocalDate.of(2020, 1, 2)));
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 1, 2));
  }

  @Test
  void datelinesInSeveralLayouts() {
    assertThat(PlainTextArticles.dateline("Friday, November 22, 2024")).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(PlainTextArticles.dateline("Nov. 22, 2024")).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(PlainTextArticles.dateline("Sept. 3, 2016")).isEqualTo(LocalDate.of(2016, 9, 3));
    assertThat(PlainTextArticles.dateline("22 November 2024")).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(PlainTextArticles.dateline("2024-11-22")).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(PlainTextArticles.dateline("Updated 10:34 AM EST, Fri November 22, 2024")).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(PlainTextArticles.dateline("The war began on November 22, 2024 and went on")).isNull();
    assertThat(PlainTextArticles.dateline("February 30, 2024")).isNull();
  }

  @Test
  void onlyAHeaderIsAProblem() {
    Result<Article> r = PlainTextArticles.parse("h.txt", "Friday, November 22, 2024\n\nMust read\n", null);
    assertThat(r).isInstanceOf(Result.Failed.class);
    assertThat(((Result.Failed<Article>) r).problem().code()).isEqualTo(Problem.Code.NO_SENTENCES);
  }

  @Property
  void anyTextGivesABodyInBoundsOrAProblem(@ForAll String text) {
    Result<Article> r = PlainTextArticles.parse("r.txt", text, null);
    if (r instanceof Result.Ok<Article> ok) {
      assertThat(ok.value().body().fits(text.length())).isTrue();
      assertThat(ok.value().body().length()).isPositive();
    } else {
      assertThat(((Result.Failed<Article>) r).problem().message()).doesNotContain("\n");
    }
  }
}
