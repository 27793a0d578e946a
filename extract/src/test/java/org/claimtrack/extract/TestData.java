package org.claimtrack.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Result;
import org.claimtrack.ingest.PlainTextArticles;

/** Test inputs read in place from ../shared, and the one extractor every test shares. */
final class TestData {
  private TestData() {}

  /** One extractor, one CoreNLP pipeline, for all tests of this JVM. */
  static final ClaimExtractor EXTRACTOR = ClaimExtractors.standard();

  static Path shared() {
    String p = System.getProperty("claimtrack.shared");
    Path d = p != null ? Path.of(p) : Path.of("..", "shared");
    if (!Files.isDirectory(d)) {
      throw new IllegalStateException("../shared not found at " + d.toAbsolutePath() + " (set -Dclaimtrack.shared=DIR)");
    }
    return d;
  }

  static Article article(Path file) {
    try {
      return ok(PlainTextArticles.parse(file.getFileName().toString(), Files.readString(file), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article article(String text, LocalDate published) {
    return ok(PlainTextArticles.parse("test.txt", text, published));
  }

  static ArticleClaims extract(Article a) {
    return ok(EXTRACTOR.extract(a));
  }

  static <T> T ok(Result<T> r) {
    if (r instanceof Result.Ok<T> ok) return ok.value();
    throw new AssertionError("expected a result, got " + ((Result.Failed<T>) r).problem().line());
  }
}
