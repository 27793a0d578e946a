package org.claimtrack.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrack.ingest.warc.TestArchives.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcArticlesTest {
  @TempDir Path dir;

  static final String PAGE_A = page("Troops in Kursk", "2024-11-22T18:00:00Z",
      "North Korean troops have joined the fighting in Kursk, officials said.",
      "About 10,000 soldiers were sent, according to the Pentagon.");
  static final String PAGE_B = page("Inflation", null, "Prices rose 2.6% in October, the statistics office said.");
  static final String PAGE_C = page("After the bad record", null, "This page comes after a broken record.");

  /** The archive the brief asks for, records in this order. */
  static List<byte[]> mixed() throws IOException {
    return List.of(
        warcinfo(),                                                            // 1 skipped: warcinfo
        request("https://news.example/a"),                                     // 2 skipped: request
        html("https://news.example/a", PAGE_A),                                // 3 article
        metadata("https://news.example/a"),                                    // 4 skipped: metadata
        response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), // 5 not HTML
        response("https://news.example/gone", 404, "text/html", "<html><p>Not found</p></html>".getBytes(StandardCharsets.UTF_8)), // 6 not 200
        html("https://news.example/b", PAGE_B),                                // 7 article
        revisit("https://news.example/b"),                                     // 8 skipped: revisit
        badHeader(),                                                           // 9 error
        html("https://news.example/c", PAGE_C));                               // 10 article
  }

  record Read(WarcStats stats, List<Article> articles, List<Problem> problems) {}

  Read read(Path file, WarcOptions options, PageToArticle pages) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    WarcStats stats = WarcArticles.read(file, options, pages, r -> {
      if (r instanceof Result.Ok<Article> ok) articles.add(ok.value());
      else problems.add(((Result.Failed<Article>) r).problem());
    });
    return new Read(stats, articles, problems);
  }

  Read read(Path file) {
    return read(file, WarcOptions.DEFAULT, PARAGRAPHS);
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void readsPagesAndCountsWhatItSkips(boolean gzip) throws IOException {
    List<byte[]> records = mixed();
    Path file = write(gzip ? "crawl.warc.gz" : "crawl.warc", TestArchives.file(gzip, records));
    Read r = read(file);

    assertThat(r.articles()).extracting(Article::id)
        .containsExactly("https://news.example/a", "https://news.example/b", "https://news.example/c");
    Article a = r.articles().get(0);
    assertThat(a.file()).isEqualTo(file.getFileName().toString());
    assertThat(a.url()).isEqualTo("https://news.example/a");
    assertThat(a.title()).isEqualTo("Troops in Kursk");
    assertThat(a.published()).as("the page's own date wins").isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(a.bodyText()).startsWith("North Korean troops").contains("10,000 soldiers");
    assertThat(r.articles().get(1).published()).as("else the WARC-Date").isEqualTo(LocalDate.of(2024, 11, 23));

    WarcStats s = r.stats();
    assertThat(s.records()).isEqualTo(10);
    assertThat(s.articles()).isEqualTo(3);
    assertThat(s.errors()).isEqualTo(1);
    assertThat(s.pageProblems()).isZero();
    assertThat(s.skipped()).isEqualTo(Map.of(SkipReason.WARCINFO, 1L, SkipReason.REQUEST, 1L,
        SkipReason.METADATA, 1L, SkipReason.NOT_HTML, 1L, SkipReason.NOT_OK, 1L, SkipReason.REVISIT, 1L));
    assertThat(s.complete()).isTrue();
    assertThat(s.articles() + s.errors() + s.pageProblems() + s.skippedTotal()).isEqualTo(s.records());

    long badAt = TestArchives.offsets(gzip, records).get(8);
    long nextAt = TestArchives.offsets(gzip, records).get(9);
    assertThat(r.problems()).hasSize(1);
    Problem p = r.problems().get(0);
    assertThat(p.input()).isEqualTo(file + "@" + badAt);
    assertThat(p.message()).startsWith("record 9: bad header").endsWith("reading resumed at offset " + nextAt);
    assertThat(p.line()).doesNotContain("\n");
    assertThat(s.line()).isEqualTo(file + ": 10 records, 3 articles, 0 page problems, 1 error; skipped 1 warcinfo, "
        + "1 request, 1 metadata, 1 revisit, 1 HTTP status not 200, 1 not HTML");
  }

  @Test
  void theContentDecidesNotTheName() throws IOException {
    Path gzipNamedPlain = write("crawl.warc", TestArchives.file(true, mixed()));
    Path plainNamedGzip = write("other.warc.gz", TestArchives.file(false, mixed()));
    assertThat(read(gzipNamedPlain).stats().articles()).isEqualTo(3);
    assertThat(read(plainNamedGzip).stats().articles()).isEqualTo(3);
  }

  /** ARC files plain, gzip'd as one stream, and gzip'd one member per record as crawlers write them. */
  @ParameterizedTest
  @ValueSource(strings = {"plain", "stream", "members"})
  void readsArcFiles(String layout) throws IOException {
    String[][] arcRecords = {
        {"http://news.example/arc", "text/html", "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n"
            + page("Old page", null, "An article archived in 2004.")},
        {"dns:news.example", "text/dns", "20241122100500\nnews.example. 300 IN A 93.184.216.34\n"},
        {"http://news.example/missing", "text/html", "HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>no</p>"},
        {"http://news.example/style.css", "text/css", "HTTP/1.0 200 OK\r\nContent-Type: text/css\r\n\r\np{}"}};
    byte[] arc = TestArchives.arc(arcRecords);
    byte[] bytes = switch (layout) {
      case "plain" -> arc;
      case "stream" -> TestArchives.gzip(arc);
      default -> TestArchives.file(true, TestArchives.arcRecords(arcRecords));
    };
    Path file = write(layout.equals("plain") ? "old.arc" : "old.arc.gz", bytes);
    Read r = read(file);
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(Article::id).containsExactly("http://news.example/arc");
    assertThat(r.articles().get(0).published()).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(r.stats().skipped()).containsEntry(SkipReason.WARCINFO, 1L).containsEntry(SkipReason.NOT_OK, 1L)
        .containsEntry(SkipReason.NOT_HTML, 1L);
    assertThat(r.stats().records()).isEqualTo(5);
    assertThat(r.stats().skippedTotal() + r.stats().articles()).isEqualTo(5);
  }

  @Test
  void aTruncatedLastMemberEndsTheFileKeepingWhatWasRead() throws IOException {
    List<byte[]> records = List.of(warcinfo(), html("https://news.example/a", PAGE_A), html("https://news.example/b", PAGE_B));
    byte[] whole = TestArchives.file(true, records);
    long lastAt = TestArchives.offsets(true, records).get(2);
    Path file = write("cut.warc.gz", Arrays.copyOf(whole, whole.length - 30));
    Read r = read(file);
    assertThat(r.articles()).extracting(Article::id).containsExactly("https://news.example/a");
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).input()).isEqualTo(file + "@" + lastAt);
    assertThat(r.problems().get(0).message()).startsWith("record 3: truncated")
        .endsWith("no readable record after it, so the rest of the file was not read");
    assertThat(r.stats().complete()).isFalse();
    assertThat(r.stats().errors()).isEqualTo(1);
  }

  @Test
  void aCorruptMemberInTheMiddleIsSkipped() throws IOException {
    List<byte[]> records = List.of(html("https://news.example/a", PAGE_A), html("https://news.example/b", PAGE_B),
        html("https://news.example/c", PAGE_C));
    byte[] bytes = TestArchives.file(true, records);
    List<Long> at = TestArchives.offsets(true, records);
    // cut the second member short: its end is missing, the third member follows at once
    byte[] second = TestArchives.gzip(records.get(1));
    byte[] broken = new byte[at.get(1).intValue() + second.length / 2 + bytes.length - at.get(2).intValue()];
    System.arraycopy(bytes, 0, broken, 0, at.get(1).intValue() + second.length / 2);
    System.arraycopy(bytes, at.get(2).intValue(), broken, at.get(1).intValue() + second.length / 2,
        bytes.length - at.get(2).intValue());
    Path file = write("middle.warc.gz", broken);
    Read r = read(file);
    assertThat(r.articles()).extracting(Article::id).containsExactly("https://news.example/a", "https://news.example/c");
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).input()).isEqualTo(file + "@" + at.get(1));
    assertThat(r.problems().get(0).message()).startsWith("record 2: ").contains("reading resumed at offset");
    assertThat(r.stats().complete()).isTrue();
  }

  @Test
  void anUnparsableHttpPayloadIsOneProblemAndReadingGoesOn() throws IOException {
    List<byte[]> records = List.of(garbledHttp("https://news.example/x"), html("https://news.example/a", PAGE_A));
    Path file = write("garbled.warc.gz", TestArchives.file(true, records));
    Read r = read(file);
    assertThat(r.articles()).extracting(Article::id).containsExactly("https://news.example/a");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(file + "@0");
      assertThat(p.message()).startsWith("record 1: unparsable HTTP payload").doesNotContain("resumed");
    });
    assertThat(r.stats().errors()).isEqualTo(1);
  }

  @Test
  void pagesWithoutAnArticleAndFailingExtractorsAreProblems() throws IOException {
    List<byte[]> records = List.of(html("https://news.example/empty", "<html><body><div>menu</div></body></html>"),
        html("https://news.example/boom", PAGE_B), html("https://news.example/a", PAGE_A));
    Path file = write("pages.warc.gz", TestArchives.file(true, records));
    PageToArticle exploding = page -> {
      if (page.url().endsWith("boom")) throw new IllegalStateException("extractor bug");
      return PARAGRAPHS.apply(page);
    };
    Read r = read(file, WarcOptions.DEFAULT, exploding);
    assertThat(r.articles()).extracting(Article::id).containsExactly("https://news.example/a");
    assertThat(r.problems()).extracting(Problem::message)
        .containsExactly("no paragraphs on the page", "the page extractor failed: IllegalStateException: extractor bug");
    assertThat(r.stats().pageProblems()).isEqualTo(2);
    assertThat(r.stats().errors()).isZero();
  }

  @Test
  void pagesOverTheCapAreSkippedUnread() throws IOException {
    String big = page("Big", null, "x".repeat(50_000));
    List<byte[]> records = List.of(html("https://news.example/big", big), html("https://news.example/a", PAGE_A));
    Path file = write("big.warc.gz", TestArchives.file(true, records));
    Read r = read(file, WarcOptions.DEFAULT.withMaxPageBytes(10_000), PARAGRAPHS);
    assertThat(r.articles()).extracting(Article::id).containsExactly("https://news.example/a");
    assertThat(r.stats().skipped()).isEqualTo(Map.of(SkipReason.TOO_LARGE, 1L));
    // a gzip-encoded payload small on the wire but large decoded is capped too
    byte[] encoded = TestArchives.gzip(big.getBytes(StandardCharsets.UTF_8));
    assertThat(encoded.length).isLessThan(10_000);
    Path bomb = write("bomb.warc.gz", TestArchives.file(true, List.of(
        response("https://news.example/zip", 200, "text/html", encoded, Map.of("Content-Encoding", "gzip")))));
    Read b = read(bomb, WarcOptions.DEFAULT.withMaxPageBytes(10_000), PARAGRAPHS);
    assertThat(b.stats().skipped()).isEqualTo(Map.of(SkipReason.TOO_LARGE, 1L));
    assertThat(b.problems()).isEmpty();
  }

  @Test
  void decodesContentEncodingAndSniffsUndeclaredTypes() throws IOException {
    byte[] encoded = TestArchives.gzip(PAGE_A.getBytes(StandardCharsets.UTF_8));
    String noType = "HTTP/1.1 200 OK\r\nContent-Length: " + PAGE_B.length() + "\r\n\r\n" + PAGE_B;
    String noTypeRecord = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/b\r\n"
        + "WARC-Date: 2024-11-23T04:05:06Z\r\nWARC-Record-ID: <urn:uuid:5d3c2b1a-0f9e-4d8c-8b7a-6a5f4e3d2c1b>\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + noType.length() + "\r\n\r\n"
        + noType + "\r\n\r\n";
    List<byte[]> records = List.of(
        response("https://news.example/a", 200, "text/html", encoded, Map.of("Content-Encoding", "gzip")),
        noTypeRecord.getBytes(StandardCharsets.UTF_8));
    Read r = read(write("enc.warc.gz", TestArchives.file(true, records)));
    assertThat(r.problems()).isEmpty();
    assertThat(r.articles()).extracting(Article::id).containsExactly("https://news.example/a", "https://news.example/b");
    assertThat(r.articles().get(0).bodyText()).startsWith("North Korean troops");
  }

  @Test
  void inputsThatAreNotArchivesAreOneProblem() throws IOException {
    Problem html = only(read(write("page.warc", PAGE_A.getBytes(StandardCharsets.UTF_8))));
    assertThat(html.code()).isEqualTo(Problem.Code.UNSUPPORTED_FORMAT);
    assertThat(html.message()).isEqualTo("not a WARC or ARC file: it holds HTML");
    byte[] noise = new byte[10_000];
    new java.util.Random(3).nextBytes(noise);
    assertThat(only(read(write("noise.warc.gz", noise))).code()).isEqualTo(Problem.Code.BINARY);
    assertThat(only(read(write("empty.warc", new byte[0]))).code()).isEqualTo(Problem.Code.EMPTY);
    assertThat(only(read(write("text.warc.gz", TestArchives.gzip("just text".getBytes(StandardCharsets.UTF_8)))))
        .message()).isEqualTo("not a WARC or ARC file: it holds gzip of text");
    assertThat(only(read(dir.resolve("missing.warc"))).code()).isEqualTo(Problem.Code.NOT_FOUND);
  }

  private static Problem only(Read r) {
    assertThat(r.articles()).isEmpty();
    assertThat(r.problems()).hasSize(1);
    assertThat(r.stats().records()).isZero();
    return r.problems().get(0);
  }

  @Test
  void tellsTheListenerHowItGoes() throws IOException {
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < 7; i++) records.add(html("https://news.example/" + i, PAGE_A));
    Path file = write("seven.warc.gz", TestArchives.file(true, records));
    List<WarcStats> heard = new ArrayList<>();
    WarcStats end = WarcArticles.read(file, WarcOptions.DEFAULT.withListener(3, heard::add), PARAGRAPHS, r -> {});
    assertThat(heard).extracting(WarcStats::records).containsExactly(3L, 6L, 7L);
    assertThat(heard.get(heard.size() - 1)).isEqualTo(end);
    assertThat(end.articles()).isEqualTo(7);
  }

  @Test
  void statsAndOptionsAreValidated() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WarcOptions(0, 10, WarcListener.NONE))
        .hasMessageContaining("maxPageBytes");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new WarcStats("x", -1, 0, 0, 0, Map.of(), true)).isInstanceOf(IllegalArgumentException.class);
    WarcStats s = new WarcStats("x", 1, 0, 0, 0, Map.of(SkipReason.REQUEST, 1L, SkipReason.METADATA, 0L), true);
    assertThat(s.skipped()).containsOnlyKeys(SkipReason.REQUEST);
    byte[] html = {1, 2, 3};
    HtmlPage page = new HtmlPage("in", html, null, null);
    html[0] = 9;
    assertThat(page.html()[0]).as("the record keeps its own copy").isEqualTo((byte) 1);
  }
}
