package org.claimtrack.ingest.html;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;
import org.claimtrack.ingest.ArticleHash;

/** Saved web pages as {@link Article}s. */
public final class HtmlArticles {
  private HtmlArticles() {}

  /** Files larger than this are refused rather than read (64 MiB); only the first 16 MiB would be used anyway. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /**
   * The article of an extracted page. Its text is the extracted body and the body span covers
   * all of it, so that claim offsets point into the body text.
   *
   * @param input the page's name: a file name (folders are dropped for {@link Article#file()})
   *     or a URL; the article's id when the page has no URL
   */
  public static Article toArticle(String input, HtmlArticle page) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(page, "page");
    String body = page.body();
    String id = page.url() != null ? page.url() : input;
    return new Article(id, fileName(input), body, new Span(0, body.length()),
        page.title().isEmpty() ? null : page.title(), page.publisher(), page.published(), page.url(),
        ArticleHash.of(body));
  }

  /**
   * Reads one saved page into an article; a missing, unreadable, too large, empty or article-less
   * file is a problem.
   *
   * @param baseUrl the URL the page was saved from, or null
   */
  public static Result<Article> read(Path file, String baseUrl) {
    String input = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return Result.failed(input, Problem.Code.TOO_LARGE,
            "too large: " + size / (1024 * 1024) + " MB exceeds the limit of " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
      byte[] bytes = Files.readAllBytes(file);
      return HtmlArticleExtractor.standard().extract(input, bytes, baseUrl).map(a -> toArticle(input, a));
    } catch (NoSuchFileException e) {
      return Result.failed(input, Problem.Code.NOT_FOUND, "no such file");
    } catch (AccessDeniedException e) {
      return Result.failed(input, Problem.Code.UNREADABLE, "permission denied");
    } catch (IOException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
      return Result.failed(input, Problem.Code.UNREADABLE, "cannot read: " + m);
    }
  }

  private static String fileName(String input) {
    int k = Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\'));
    String name = k >= 0 && k < input.length() - 1 ? input.substring(k + 1) : input;
    return name;
  }
}
