package org.claimtrack.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;

/** Whatever the bytes, {@code extract} returns a value, the same one every time. */
class HtmlExtractionPropertiesTest {
  private final HtmlArticleExtractor x = HtmlArticleExtractor.standard();

  @Property(tries = 200)
  void randomBytesNeverThrow(@ForAll @Size(max = 5000) byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 300)
  void mutatedRealPageNeverThrows(@ForAll("mutatedPages") byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 150)
  void mutatedBenchmarkPageNeverThrows(@ForAll("mutatedBenchmarkPages") byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 100)
  void randomMarkupNeverThrows(@ForAll("markupSoup") String html) {
    Result<HtmlArticle> a = x.extract("soup.html", html, null);
    Result<HtmlArticle> b = x.extract("soup.html", html, null);
    assertThat(a).isEqualTo(b);
    assertWellFormed(a);
  }

  private void check(byte[] bytes) {
    Result<HtmlArticle> a = x.extract("fuzz.html", bytes, "https://fuzz.example/2024/01/02/x");
    Result<HtmlArticle> b = x.extract("fuzz.html", bytes.clone(), "https://fuzz.example/2024/01/02/x");
    assertThat(a).isEqualTo(b);
    assertWellFormed(a);
  }

  private static void assertWellFormed(Result<HtmlArticle> r) {
    if (r instanceof Result.Failed<HtmlArticle> f) {
      assertThat(f.problem().code()).isNotEqualTo(Problem.Code.UNREADABLE);
      assertThat(f.problem().message()).doesNotContain("\n");
    } else {
      HtmlArticle a = ((Result.Ok<HtmlArticle>) r).value();
      assertThat(a.body()).isNotBlank().doesNotContain("\n\n\n");
      assertThat(a.body()).isEqualTo(a.body().strip());
    }
  }

  /** One mutation of the test news page, as bytes. */
  @Provide
  Arbitrary<byte[]> mutatedPages() {
    return mutations(Arbitraries.just(TestPages.NEWS));
  }

  /**
   * One mutation of a real saved page: four pages of the article-extraction benchmark, read in
   * place from ../shared (the test fails when they are not there).
   */
  @Provide
  Arbitrary<byte[]> mutatedBenchmarkPages() {
    return mutations(Arbitraries.of(benchmarkPages()));
  }

  private static List<String> benchmarkPages;

  private static synchronized List<String> benchmarkPages() {
    if (benchmarkPages == null) {
      String shared = System.getProperty("claimtrack.shared");
      Path dir = (shared == null || shared.isBlank() ? Path.of("..", "shared") : Path.of(shared))
          .resolve("eval/article-extraction-benchmark/html");
      assertThat(Files.isDirectory(dir))
          .as("real pages are read from %s (set -Dclaimtrack.shared to the folder holding eval/)", dir.toAbsolutePath())
          .isTrue();
      try (Stream<Path> files = Files.list(dir)) {
        List<Path> all = files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < all.size() && pages.size() < 4; i += Math.max(1, all.size() / 4)) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(all.get(i)))) {
            pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
        benchmarkPages = List.copyOf(pages);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return benchmarkPages;
  }

  /** Truncations, duplicated regions, dropped closing tags, NULs, and flipped bytes on top of any of them. */
  private static Arbitrary<byte[]> mutations(Arbitrary<String> pages) {
    return pages.flatMap(HtmlExtractionPropertiesTest::mutationsOf);
  }

  private static Arbitrary<byte[]> mutationsOf(String page) {
    int n = page.length();
    Arbitrary<Integer> pos = Arbitraries.integers().between(0, n);
    Arbitrary<String> truncated = pos.map(i -> page.substring(0, i));
    Arbitrary<String> duplicated = Combinators.combine(pos, pos, pos).as((a, b, at) -> {
      int from = Math.min(a, b);
      int to = Math.max(a, b);
      return page.substring(0, at) + page.substring(from, to) + page.substring(at);
    });
    Arbitrary<String> unclosed = Arbitraries.integers().between(1, 5).map(k -> {
      // every k-th closing tag dropped
      StringBuilder sb = new StringBuilder(page.length());
      int count = 0;
      int from = 0;
      for (int i = page.indexOf("</"); i >= 0; i = page.indexOf("</", i + 2)) {
        int end = page.indexOf('>', i);
        if (end < 0) break;
        if (count++ % k == 0) {
          sb.append(page, from, i);
          from = end + 1;
        }
      }
      return sb.append(page, Math.min(from, page.length()), page.length()).toString();
    });
    Arbitrary<String> nuls = Arbitraries.integers().between(0, n).list().ofMaxSize(50).map(ps -> {
      StringBuilder sb = new StringBuilder(page);
      for (int p : ps) sb.insert(Math.min(p, sb.length()), '\0');
      return sb.toString();
    });
    Arbitrary<String> onePass = Arbitraries.oneOf(truncated, duplicated, unclosed, nuls);
    Arbitrary<byte[]> asBytes = onePass.map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> flipped = Combinators.combine(onePass, Arbitraries.integers().between(0, 40).list().ofMaxSize(30))
        .as((s, flips) -> {
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < flips.size() && b.length > 0; i++) {
            int at = (int) ((long) flips.get(i) * 7919 * (i + 1) % b.length);
            b[at] = (byte) (b[at] ^ (0x80 | flips.get(i)));
          }
          return b;
        });
    return Arbitraries.oneOf(asBytes, flipped);
  }

  /** Random sequences of tags, attributes, entities and text. */
  @Provide
  Arbitrary<String> markupSoup() {
    List<String> pieces = List.of("<div>", "</div>", "<p>", "</p>", "<a href='/x'>", "</a>", "<article>", "</article>",
        "<h2>", "</h2>", "<li>", "<ul>", "</ul>", "<br>", "<br><br>", "<script type='application/ld+json'>{\"@type\":",
        "</script>", "<meta property='article:published_time' content='2020-", "<time datetime='", "'>",
        "<div class='comments'>", "<nav>", "</nav>", "<table><tr><td>", "&amp;", "&#x1F600;", "&#0;", "<!--", "-->",
        "<![CDATA[", "<pre>", "</pre>", "<p class='byline'>By ", "Jane Doe", "2019-11-19",
        "The committee met on Monday, and said the plan was final. ", "\u00a0", "\u200b", " ", "\n");
    return Arbitraries.of(pieces).list().ofMaxSize(200).map(l -> String.join("", l));
  }
}
