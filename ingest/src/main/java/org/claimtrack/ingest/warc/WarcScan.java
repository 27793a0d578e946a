package org.claimtrack.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.ingest.sniff.InputKind;
import org.claimtrack.ingest.sniff.InputSniffer;
import org.claimtrack.ingest.sniff.Sniffed;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads one archive file: the record loop, the skip rules and the recovery after a bad record. One
 * instance per file, used once, on one thread.
 */
final class WarcScan {
  private final Path file;
  private final String input;
  private final String fileName;
  private final WarcOptions options;
  private final PageToArticle pages;
  private final Consumer<Result<Article>> sink;

  private long records;
  private long articles;
  private long pageProblems;
  private long errors;
  private final EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
  private boolean complete = true;

  WarcScan(Path file, String input, WarcOptions options, PageToArticle pages, Consumer<Result<Article>> sink) {
    this.file = file;
    this.input = input;
    Path named = Path.of(input);
    this.fileName = named.getFileName() == null ? input : named.getFileName().toString();
    this.options = options;
    this.pages = pages;
    this.sink = sink;
  }

  WarcStats run() {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      scan(channel);
    } catch (NoSuchFileException e) {
      fail(input, Problem.Code.NOT_FOUND, "no such file");
    } catch (AccessDeniedException e) {
      fail(input, Problem.Code.UNREADABLE, "permission denied");
    } catch (IOException e) {
      fail(input, Problem.Code.UNREADABLE, "cannot read: " + oneLine(e));
    }
    WarcStats end = stats();
    options.listener().progress(end);
    return end;
  }

  private void scan(FileChannel channel) throws IOException {
    long size = channel.size();
    ByteBuffer headBuf = ByteBuffer.allocate((int) Math.min(size, InputSniffer.HEAD_BYTES));
    while (headBuf.hasRemaining() && channel.read(headBuf, headBuf.position()) > 0) {
      // positional reads leave the channel where it is
    }
    byte[] head = new byte[headBuf.position()];
    headBuf.flip();
    headBuf.get(head);
    Sniffed sniffed = InputSniffer.sniff(head, fileName);
    if (sniffed.kind() != InputKind.WARC && sniffed.kind() != InputKind.ARC) {
      Problem.Code code = switch (sniffed.kind()) {
        case EMPTY -> Problem.Code.EMPTY;
        case BINARY -> Problem.Code.BINARY;
        default -> Problem.Code.UNSUPPORTED_FORMAT;
      };
      fail(input, code, "not a WARC or ARC file: it holds " + sniffed.describe());
      return;
    }
    Resync resync = new Resync(channel, sniffed.gzip() ? Resync.Mode.GZIP
        : sniffed.kind() == InputKind.ARC ? Resync.Mode.ARC : Resync.Mode.WARC);
    WarcReader reader;
    try {
      reader = new WarcReader(channel);
    } catch (IOException | RuntimeException e) {
      fail(input, Problem.Code.UNREADABLE, "cannot start reading the archive: " + oneLine(e));
      return;
    }
    // closing the reader frees its inflater's native memory now, not when the GC gets to it
    try (reader) {
      reader.setLenient(true);
      records(reader, resync, sniffed, size);
    }
  }

  private void records(WarcReader reader, Resync resync, Sniffed sniffed, long size) throws IOException {
    long lastStart = -1;
    Failure failure = null;
    while (true) {
      WarcRecord record;
      long start;
      if (failure != null) {
        // Recover: try each place a record may start after the last good one. Scanning from there,
        // not from the bad record, also finds records swallowed by a length that claimed too much.
        long from = failure.resumeFrom;
        record = null;
        start = -1;
        while (record == null) {
          long candidate = resync.next(from);
          if (candidate < 0) break;
          try {
            reader.position(candidate);
            Optional<WarcRecord> o = reader.next();
            if (o.isPresent()) {
              record = o.get();
              start = candidate;
            }
          } catch (IOException | RuntimeException e) {
            // not a record after all; keep looking
          }
          from = candidate + 1;
        }
        if (record == null) {
          complete = false;
          fail(at(failure.offset), failure.code, failure.message
              + "; no readable record after it, so the rest of the file was not read");
          return;
        }
        fail(at(failure.offset), failure.code, failure.message + "; reading resumed at offset " + start);
        failure = null;
      } else {
        try {
          Optional<WarcRecord> o = reader.next();
          if (o.isEmpty()) return;
          record = o.get();
          start = reader.position();
        } catch (IOException | RuntimeException e) {
          records++;
          errors++;
          long at = Math.max(reader.position(), lastStart + 1);
          failure = new Failure(at, lastStart + 1, Problem.Code.UNREADABLE, "record " + records + ": " + describe(e));
          continue;
        }
      }
      // in a gzip'd file written as one stream (not one member per record) every record reports
      // the same offset; only going back means the reader lost its way
      if (start < lastStart || start == lastStart && !sniffed.gzip()) {
        complete = false;
        records++;
        errors++;
        fail(at(start), Problem.Code.UNREADABLE, "record " + records + ": the reader went back to offset " + start
            + " (after " + lastStart + "); stopped reading this file");
        return;
      }
      lastStart = start;
      records++;
      failure = handle(record, start, sniffed.gzip() ? -1 : size);
      if (failure != null) errors++;
      if (records % options.progressEvery() == 0) options.listener().progress(stats());
    }
  }

  /**
   * Handles one record. Returns null when reading can go on with the next record (a problem of this
   * record's content was reported), or the failure to report once reading has recovered. What a
   * record gave (an article, a page problem, a skip) counts only once its body has been read to
   * the end: a record whose gzip data turn out corrupt at the end is an error, and an article read
   * from it is dropped, since its text may be corrupt too.
   */
  private Failure handle(WarcRecord record, long start, long plainSize) {
    // a length past the end of an uncompressed file is a broken frame: the records inside that length
    // are looked for again, instead of being swallowed as this one's body
    long claimed = declaredLength(record);
    if (plainSize >= 0 && claimed > plainSize - start) {
      return new Failure(start, start + 1, Problem.Code.UNREADABLE, "record " + records + ": truncated or a false"
          + " length: the record claims " + claimed + " bytes but the file ends " + (plainSize - start)
          + " bytes after its start");
    }
    SkipReason skip = null;
    Result<Article> result = null;
    String problem = null;
    try {
      skip = classify(record, start, plainSize);
      if (skip == null) {
        Outcome o = page((WarcResponse) record, start);
        skip = o.skip();
        result = o.result();
      }
    } catch (BadRecord e) {
      problem = e.getMessage();
    } catch (IOException | RuntimeException e) {
      problem = describe(e);
    }
    String consumeProblem = null;
    try {
      record.body().consume();
    } catch (IOException | RuntimeException e) {
      consumeProblem = describe(e);
    }
    if (consumeProblem != null) {
      return new Failure(start, start + 1, Problem.Code.UNREADABLE,
          "record " + records + ": " + (problem != null ? problem : consumeProblem));
    }
    if (problem != null) {
      errors++;
      fail(at(start), Problem.Code.UNREADABLE, "record " + records + ": " + problem);
    } else if (skip != null) {
      count(skip);
    } else if (result.isOk()) {
      articles++;
      sink.accept(result);
    } else {
      pageProblems++;
      sink.accept(result);
    }
    return null;
  }

  /** What a response record gave: a skip, or an article or page problem. */
  private record Outcome(SkipReason skip, Result<Article> result) {
    static Outcome skipped(SkipReason r) {
      return new Outcome(r, null);
    }
  }

  /** Null when the record is an HTML page to read; else why it is skipped. */
  private SkipReason classify(WarcRecord record, long start, long plainSize) throws IOException, BadRecord {
    String type;
    try {
      type = record.type();
    } catch (RuntimeException e) {
      throw new BadRecord("no WARC-Type header, or more than one");
    }
    switch (type == null ? "" : type) {
      case "warcinfo":
        return SkipReason.WARCINFO;
      case "request":
        return SkipReason.REQUEST;
      case "metadata":
        return SkipReason.METADATA;
      case "revisit":
        return SkipReason.REVISIT;
      case "response":
        break;
      default:
        return SkipReason.OTHER_RECORD;
    }
    if (!(record instanceof WarcResponse)) return SkipReason.OTHER_RECORD;
    long length = record.body().size();
    MediaType warcType;
    try {
      warcType = record.contentType();
    } catch (RuntimeException e) {
      throw new BadRecord("bad Content-Type header: " + describe(e));
    }
    if (!"application".equals(warcType.type()) || !"http".equals(warcType.subtype())) {
      return SkipReason.NOT_HTTP;
    }
    if (length > options.maxPageBytes()) return SkipReason.TOO_LARGE;
    return null;
  }

  private Outcome page(WarcResponse response, long start) throws BadRecord, IOException {
    String where = at(start);
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      throw new BadRecord("unparsable HTTP payload: " + describe(e));
    }
    if (http.status() != 200) {
      return Outcome.skipped(SkipReason.NOT_OK);
    }
    Optional<String> declared = http.headers().first("Content-Type");
    if (declared.isEmpty()) declared = response.headers().first("WARC-Identified-Payload-Type");
    if (declared.isPresent() && !isHtml(declared.get())) {
      return Outcome.skipped(SkipReason.NOT_HTML);
    }
    byte[] html;
    try {
      html = readCapped(http.bodyDecoded());
    } catch (IOException | RuntimeException e) {
      throw new BadRecord("cannot decode the HTTP body: " + describe(e));
    }
    if (html == null) {
      return Outcome.skipped(SkipReason.TOO_LARGE);
    }
    if (declared.isEmpty() && InputSniffer.sniff(html, "").kind() != InputKind.HTML) {
      return Outcome.skipped(SkipReason.NOT_HTML);
    }
    String target = target(response);
    LocalDate fetched = fetched(response);
    HtmlPage htmlPage = new HtmlPage(where, html, target, fetched);
    Result<Article> result;
    try {
      result = pages.apply(htmlPage);
      if (result == null) throw new NullPointerException("the page function returned null");
    } catch (RuntimeException e) {
      result = Result.failed(where, Problem.Code.UNREADABLE, "the page extractor failed: " + describe(e));
    }
    if (result instanceof Result.Ok<Article> ok) {
      Article a = ok.value();
      String id = target != null ? target : where;
      LocalDate published = a.published() != null ? a.published() : fetched;
      result = Result.ok(new Article(id, fileName, a.text(), a.body(), a.title(), a.publisher(), published,
          target != null ? target : a.url(), a.hash()));
    }
    return new Outcome(null, result);
  }

  /** The record's Content-Length, or -1 when it cannot be read. */
  private static long declaredLength(WarcRecord record) {
    try {
      return record.body().size();
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  private static boolean isHtml(String contentType) {
    MediaType t = MediaType.parseLeniently(contentType);
    String type = t.type() == null ? "" : t.type().toLowerCase(Locale.ROOT);
    String sub = t.subtype() == null ? "" : t.subtype().toLowerCase(Locale.ROOT);
    return type.equals("text") && sub.equals("html") || type.equals("application") && sub.equals("xhtml+xml");
  }

  /** The body, or null when it exceeds the cap (it is then not loaded past the cap). */
  private byte[] readCapped(MessageBody body) throws IOException {
    int cap = (int) options.maxPageBytes();
    try (InputStream in = body.stream()) {
      byte[] b = in.readNBytes(cap + 1);
      return b.length > cap ? null : b;
    }
  }

  private static String target(WarcResponse r) {
    try {
      String t = r.target();
      if (t == null) return null;
      t = t.strip();
      if (t.startsWith("<") && t.endsWith(">")) t = t.substring(1, t.length() - 1);
      return t.isEmpty() ? null : t;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static LocalDate fetched(WarcRecord r) {
    try {
      Instant d = r.date();
      return d == null ? null : LocalDate.ofInstant(d, ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void count(SkipReason r) {
    skipped.merge(r, 1L, Long::sum);
  }

  private String at(long offset) {
    return input + "@" + offset;
  }

  private void fail(String where, Problem.Code code, String message) {
    sink.accept(Result.failed(where, code, message));
  }

  WarcStats stats() {
    return new WarcStats(input, records, articles, pageProblems, errors, skipped, complete);
  }

  /** An exception as one short line: "truncated gzip member (unexpected end of gzip stream)". */
  static String describe(Throwable e) {
    String msg = oneLine(e);
    String name = e.getClass().getSimpleName();
    if (e instanceof java.io.EOFException) return "truncated (" + msg + ")";
    if (e instanceof java.util.zip.ZipException) return "corrupt gzip data (" + msg + ")";
    if (e instanceof org.netpreserve.jwarc.ParsingException) return "bad header (" + msg + ")";
    if (e instanceof NumberFormatException) return "bad header (a number that is not one: " + msg + ")";
    if (e instanceof java.time.DateTimeException) return "bad date (" + msg + ")";
    return msg.isEmpty() ? name : name + ": " + msg;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    m = m.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return m.length() > 160 ? m.substring(0, 157) + "..." : m;
  }

  /**
   * A record that could not be read whole.
   *
   * @param offset where the bad record starts (named in the problem)
   * @param resumeFrom where to start looking for the next record
   */
  private record Failure(long offset, long resumeFrom, Problem.Code code, String message) {}

  /** A record whose framing is fine but whose content is broken: reading can go on past it. */
  private static final class BadRecord extends Exception {
    BadRecord(String message) {
      super(message, null, false, false);
    }
  }
}
