package org.claimtrack.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Formats of input files. */
public enum InputFormat {
  /**
   * Decide per file from its content (see {@code InputSniffer}); the name only settles what the
   * content leaves open (a ".jsonl" file whose first line is not JSON is still read as JSON Lines).
   */
  AUTO,
  /** One article per file, optionally with a dateline, title and publisher marker on top. */
  TEXT,
  /** One article per line: {"id", "text", "published", "title"?, "publisher"?, "url"?}. */
  JSONL,
  /** A saved web page: one article, its text found among the page furniture. */
  HTML,
  /** A web archive (WARC or ARC, plain or gzip'd): every HTTP 200 HTML response is one article. */
  WARC,
  /** An RSS or Atom feed: every item or entry is one article. */
  FEED;

  /**
   * The format a file is read in when this is the requested one, judged by name only: AUTO becomes
   * JSONL for ".jsonl"/".ndjson", else TEXT. Content-based detection is done by the readers.
   */
  public InputFormat resolve(Path file) {
    if (this != AUTO) return this;
    return jsonlName(file) ? JSONL : TEXT;
  }

  static boolean jsonlName(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** Parses a command-line name ("text", "jsonl", "html", "warc", "feed", "auto"), case-insensitively. */
  public static InputFormat parse(String s) {
    for (InputFormat f : values()) {
      if (f.name().equalsIgnoreCase(s)) return f;
    }
    if ("arc".equalsIgnoreCase(s)) return WARC;
    if ("rss".equalsIgnoreCase(s) || "atom".equalsIgnoreCase(s)) return FEED;
    if ("htm".equalsIgnoreCase(s)) return HTML;
    throw new IllegalArgumentException("unknown input format '" + s
        + "': expected one of auto, text, jsonl, html, warc, feed");
  }
}
