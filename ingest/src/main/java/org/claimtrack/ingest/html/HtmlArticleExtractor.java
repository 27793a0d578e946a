package org.claimtrack.ingest.html;

import java.util.Objects;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads a saved web page into an {@link HtmlArticle}: its metadata (JSON-LD, Open Graph and
 * other meta tags, {@code <time>}, the byline, the URL, in that order of trust) and its article
 * text without the page furniture around it.
 *
 * <p>Expected failures are values, never exceptions: an empty input ({@code EMPTY}), binary data
 * ({@code BINARY}), a page without a paragraph of running text ({@code NO_SENTENCES}). Broken
 * markup is read the way browsers read it (jsoup's HTML5 parser). A huge or deeply nested page
 * is capped, not refused: see {@link #MAX_DECODED_BYTES}, {@link #MAX_PARSED_CHARS} and
 * {@link #MAX_DEPTH}. Each step after parsing is linear in the page size.
 *
 * <p>Thread-safe and deterministic: the same input always gives the same result; nothing
 * depends on the clock, the locale or earlier calls.
 */
public final class HtmlArticleExtractor {

  /** Bytes of a page beyond this many are not read (16 MiB). */
  public static final int MAX_DECODED_BYTES = HtmlDecoding.MAX_DECODED_BYTES;

  /**
   * Pages longer than this many chars (2 Mi) lose their script and style bodies (JSON-LD kept)
   * and comments before parsing; if still longer, they are cut at this length.
   */
  public static final int MAX_PARSED_CHARS = HtmlDecoding.MAX_PARSED_CHARS;

  /**
   * Elements nested deeper than this are attached at this depth (their text is kept). jsoup's
   * tree building costs in proportion to depth times size; the deepest of the 181 benchmark pages
   * nests 52 levels.
   */
  public static final int MAX_DEPTH = 128;

  /** Fewer letters and digits than this in the whole body is no article. */
  static final int MIN_BODY_LETTERS = 40;

  private static final HtmlArticleExtractor STANDARD = new HtmlArticleExtractor();

  private HtmlArticleExtractor() {}

  /** The extractor with the standard settings. */
  public static HtmlArticleExtractor standard() {
    return STANDARD;
  }

  /**
   * Reads a page from its bytes, finding the charset from a byte order mark, a
   * {@code <meta charset>} or {@code http-equiv} declaration, else UTF-8, else windows-1252.
   *
   * @param input the name problems are reported under (a file name, a URL)
   * @param html the page's bytes
   * @param baseUrl the URL the page was fetched from, to resolve relative links and as the
   *     article's URL when the page names no canonical one; may be null
   */
  public Result<HtmlArticle> extract(String input, byte[] html, String baseUrl) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(html, "html");
    return HtmlDecoding.decode(input, html).flatMap(text -> extract(input, text, baseUrl));
  }

  /**
   * Reads a page from its text.
   *
   * @param input the name problems are reported under (a file name, a URL)
   * @param html the page's markup
   * @param baseUrl the URL the page was fetched from, or null
   */
  public Result<HtmlArticle> extract(String input, String html, String baseUrl) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(html, "html");
    if (html.isBlank()) {
      return Result.failed(input, Problem.Code.EMPTY, "empty: the input holds no HTML");
    }
    if (HtmlDecoding.looksBinary(html)) {
      return Result.failed(input, Problem.Code.BINARY, "binary data, not an HTML page");
    }
    try {
      return read(input, html, baseUrl);
    } catch (RuntimeException | StackOverflowError e) {
      // not expected for any input; a page must not take the caller down if it happens
      return Result.failed(input, Problem.Code.UNREADABLE,
          "cannot read the page (" + e.getClass().getSimpleName() + "): please report this page");
    }
  }

  private Result<HtmlArticle> read(String input, String html, String baseUrl) {
    String base = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
    Document doc = Jsoup.parse(HtmlDecoding.capped(html), base == null ? "" : base,
        Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    Metadata md = Metadata.read(doc, base);
    BodyExtractor.Body body = BodyExtractor.extract(doc, md.title());
    // strip() also drops control characters such as U+001F that a damaged page may carry at its edges
    String text = body.text().strip();
    if (letters(text) < MIN_BODY_LETTERS) {
      return Result.failed(input, Problem.Code.NO_SENTENCES,
          "no article text: the page has no paragraph of running text");
    }
    return Result.ok(new HtmlArticle(md.url(), md.title(), md.published(), md.authors(), md.publisher(),
        md.language(), text, md.dateSource()));
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) n++;
    }
    return n;
  }
}
