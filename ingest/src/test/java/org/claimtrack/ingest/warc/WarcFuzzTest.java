package org.claimtrack.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrack.ingest.warc.TestArchives.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.ingest.sniff.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes and random mutations of valid archives (truncation, byte flips, duplicated and
 * deleted regions) through {@link WarcArticles}: nothing escapes, the counts add up, every problem
 * is one line naming the file. A seeded loop, so a failure names the seed that reproduces it.
 */
class WarcFuzzTest {
  @TempDir Path dir;

  static final int CASES = 600;

  @Test
  void noExceptionEscapesAndTheCountsAddUp() throws IOException {
    List<byte[]> records = WarcArticlesTest.mixed();
    byte[][] valid = {TestArchives.file(true, records), TestArchives.file(false, records),
        TestArchives.arc(new String[][] {{"http://news.example/a", "text/html",
            "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + WarcArticlesTest.PAGE_A}})};
    WarcOptions options = WarcOptions.DEFAULT.withMaxPageBytes(64 * 1024);
    int articles = 0;
    int problems = 0;
    for (long seed = 0; seed < CASES; seed++) {
      Random r = new Random(seed);
      byte[] bytes = seed % 10 == 0 ? Mutations.noise(r) : Mutations.mutate(valid[r.nextInt(valid.length)], r);
      Path file = dir.resolve("fuzz-" + seed + ".warc.gz");
      Files.write(file, bytes);
      List<Result<Article>> out = new ArrayList<>();
      WarcStats stats;
      try {
        stats = WarcArticles.read(file, options, PARAGRAPHS, out::add);
      } catch (RuntimeException | Error e) {
        throw new AssertionError("seed " + seed + " threw", e);
      }
      String ctx = "seed " + seed + ": " + out + " " + stats;
      assertThat(stats.articles() + stats.errors() + stats.pageProblems() + stats.skippedTotal())
          .as(ctx).isEqualTo(stats.records());
      long ok = out.stream().filter(Result::isOk).count();
      assertThat(ok).as(ctx).isEqualTo(stats.articles());
      for (Result<Article> res : out) {
        if (res instanceof Result.Failed<Article> f) {
          Problem p = f.problem();
          assertThat(p.input()).as(ctx).startsWith(file.toString());
          assertThat(p.message()).as(ctx).doesNotContain("\n").doesNotContain("\r");
          problems++;
        } else {
          articles++;
        }
      }
      Files.delete(file);
    }
    System.out.printf("WARC fuzz: %d cases, %d articles and %d problems, no exception%n", CASES, articles, problems);
    assertThat(articles).as("mutations leave most records readable").isGreaterThan(CASES / 2);
  }

  /**
   * A 24 MB page with a 1 MB cap: skipped as too large, streamed past without being loaded. The
   * reading thread's allocations stay far below the page's size.
   */
  @Test
  void aRecordOverTheCapIsNeverLoadedWhole() throws IOException {
    int size = 24 * 1024 * 1024;
    Path file = dir.resolve("huge.warc.gz");
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n";
    long length = http.length() + (long) size;
    String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/huge\r\n"
        + "WARC-Date: 2024-11-23T04:05:06Z\r\nWARC-Record-ID: <urn:uuid:11111111-2222-4333-8444-555555555555>\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + length + "\r\n\r\n";
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
      gz.write((header + http + "<html><body><p>").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "word ".repeat(13_107).getBytes(StandardCharsets.US_ASCII);
      long written = "<html><body><p>".length();
      while (written + chunk.length <= size) {
        gz.write(chunk);
        written += chunk.length;
      }
      gz.write("x".repeat((int) (size - written)).getBytes(StandardCharsets.US_ASCII));
      gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      gz.finish();
      out.write(TestArchives.gzip(html("https://news.example/a", WarcArticlesTest.PAGE_A)));
    }
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    List<Integer> pageSizes = new ArrayList<>();
    PageToArticle seeing = page -> {
      pageSizes.add(page.size());
      return PARAGRAPHS.apply(page);
    };
    long before = mx.getThreadAllocatedBytes(tid);
    WarcStats s = WarcArticles.read(file, WarcOptions.DEFAULT.withMaxPageBytes(1024 * 1024), seeing, r -> {});
    long allocated = mx.getThreadAllocatedBytes(tid) - before;
    System.out.printf("24 MB record over a 1 MB cap: %s; %.1f MB allocated while reading%n", s.line(), allocated / 1e6);
    assertThat(s.skipped()).isEqualTo(Map.of(SkipReason.TOO_LARGE, 1L));
    assertThat(s.articles()).isEqualTo(1);
    assertThat(pageSizes).allSatisfy(n -> assertThat(n).isLessThan(1024 * 1024));
    assertThat(allocated).as("bytes allocated while reading").isLessThan(size / 2);
  }
}
