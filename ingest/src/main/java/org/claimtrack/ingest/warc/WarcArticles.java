package org.claimtrack.ingest.warc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Result;

/**
 * Reads the articles in a web archive: a {@code .warc}, {@code .warc.gz}, {@code .arc} or
 * {@code .arc.gz} file, plain or gzip'd (told from the content, not the name), record by record in
 * constant memory.
 *
 * <p>Every HTTP 200 {@code response} record whose content is HTML is one page, handed to a
 * {@link PageToArticle}. The article it makes gets, from the record: its {@code id} and
 * {@code url}, the WARC-Target-URI; its {@code file}, the archive's file name; and its
 * {@code published} date, the page's own or else the day of the WARC-Date (UTC). Every other record
 * is skipped and counted by {@link SkipReason}.
 *
 * <p>Nothing is thrown for bad input. A record that cannot be read (a bad header, a truncated gzip
 * member, an HTTP payload that does not parse) becomes one problem naming the file and the record's
 * offset ({@code "crawl.warc.gz@18230"}; in a gzip'd file, the offset of the gzip member that holds
 * it, so a file compressed as one stream names offset 0 throughout and the message gives the
 * record's number), and reading goes on at the next record that can be found:
 * the next gzip member, or the next line starting a WARC or ARC header. When none can be found the
 * file ends there with that problem, keeping the articles already read. A file that is not an
 * archive is one problem.
 */
public final class WarcArticles {
  private WarcArticles() {}

  /** Reads one archive file with {@link WarcOptions#DEFAULT}. */
  public static WarcStats read(Path file, PageToArticle pages, Consumer<Result<Article>> sink) {
    return read(file, WarcOptions.DEFAULT, pages, sink);
  }

  /**
   * Reads one archive file, handing each article or problem to {@code sink} in file order.
   *
   * @param file the archive
   * @param options size cap and progress listener
   * @param pages turns an HTML page into an article
   * @param sink receives articles and problems; an exception it throws is not caught
   * @return what was read, skipped and refused
   */
  public static WarcStats read(Path file, WarcOptions options, PageToArticle pages,
      Consumer<Result<Article>> sink) {
    return read(file, file.toString(), options, pages, sink);
  }

  /**
   * As {@link #read(Path, WarcOptions, PageToArticle, Consumer)}, with problems naming {@code input}
   * rather than the file (a copy of standard input, say).
   */
  public static WarcStats read(Path file, String input, WarcOptions options, PageToArticle pages,
      Consumer<Result<Article>> sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(sink, "sink");
    return new WarcScan(file, input, options, pages, sink).run();
  }
}
