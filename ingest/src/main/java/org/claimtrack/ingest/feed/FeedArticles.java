package org.claimtrack.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;

/**
 * Reads the articles in an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed, with Rome. Each item or
 * entry is one {@link FeedEntry}:
 *
 * <ul>
 *   <li>text: the entry's full content ({@code content:encoded}, Atom {@code content}) where the
 *       feed has it, else its description (RSS) or summary (Atom), marked by {@link TextSource}.
 *       HTML is turned into plain text here, with a blank line between paragraphs and other
 *       blocks; it does not go through an HTML page extractor, because feed content is already
 *       the article without page furniture, often too short for an extractor's heuristics. The
 *       whole text is the article body;
 *   <li>date: published, else updated (RSS {@code pubDate}, else {@code dc:date}), on the day the
 *       feed states in its own zone;
 *   <li>id: the guid (RSS) or id (Atom), else the link, else {@code "file#n"};
 *   <li>url: the link; title: the entry's title; publisher: the feed's title; authors: the
 *       entry's authors (RSS {@code author} e-mail forms give the name in parentheses).
 * </ul>
 *
 * <p>Nothing is fetched from the network: no DTD, no external entity (Rome's hardened parser
 * set-up, which refuses DOCTYPE declarations; a DOCTYPE that only names an external DTD, as old
 * RSS 0.91 feeds have, is dropped before parsing so that such feeds still read). An input that is
 * not XML, or XML that is not a feed, is one problem; an entry without text is a problem of that
 * entry ({@code "file#n"}) and the others are read. A gzip'd feed is read too.
 */
public final class FeedArticles {
  private FeedArticles() {}

  /** Larger than any real feed: they run to a few MB at most. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  /** Reads one feed file, with {@link #DEFAULT_MAX_BYTES}. */
  public static FeedStats read(Path file, Consumer<Result<FeedEntry>> sink) {
    return read(file, DEFAULT_MAX_BYTES, sink);
  }

  /**
   * Reads one feed file, handing each entry or problem to {@code sink} in feed order.
   *
   * @param maxBytes a file (or its decompressed content) larger than this is refused
   */
  public static FeedStats read(Path file, long maxBytes, Consumer<Result<FeedEntry>> sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes must be in [1, 2 GB), got " + maxBytes);
    }
    String input = file.toString();
    String name = file.getFileName() == null ? input : file.getFileName().toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) maxBytes + 1);
    } catch (NoSuchFileException e) {
      return FeedParse.oneProblem(input, Problem.Code.NOT_FOUND, "no such file", sink);
    } catch (AccessDeniedException e) {
      return FeedParse.oneProblem(input, Problem.Code.UNREADABLE, "permission denied", sink);
    } catch (IOException e) {
      return FeedParse.oneProblem(input, Problem.Code.UNREADABLE, "cannot read: " + e.getMessage(), sink);
    }
    return new FeedParse(input, name, maxBytes, sink).parse(bytes);
  }

  /**
   * Reads a feed held in memory (a feed found in an archive, say), with {@link #DEFAULT_MAX_BYTES}.
   *
   * @param input what problems name
   * @param fileName the article's {@code file}
   * @param bytes the feed, maybe gzip'd
   */
  public static FeedStats parse(String input, String fileName, byte[] bytes, Consumer<Result<FeedEntry>> sink) {
    return parse(input, fileName, bytes, DEFAULT_MAX_BYTES, sink);
  }

  /**
   * Reads a feed held in memory.
   *
   * @param maxBytes a feed larger than this, raw or decompressed, is refused
   */
  public static FeedStats parse(String input, String fileName, byte[] bytes, long maxBytes,
      Consumer<Result<FeedEntry>> sink) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sink, "sink");
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes must be in [1, 2 GB), got " + maxBytes);
    }
    return new FeedParse(input, fileName, maxBytes, sink).parse(bytes);
  }
}
