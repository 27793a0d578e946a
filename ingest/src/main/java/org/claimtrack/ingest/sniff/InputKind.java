package org.claimtrack.ingest.sniff;

/** What an input holds, judged from its first bytes. See {@link InputSniffer}. */
public enum InputKind {
  /** No bytes at all. */
  EMPTY,
  /** Text that is none of the kinds below (an article with its header, a note, CSV...). */
  TEXT,
  /** JSON Lines: one JSON object per line. */
  JSONL,
  /** An HTML page or fragment. */
  HTML,
  /** XML that is neither RSS nor Atom. */
  XML,
  /** An RSS feed: RSS 0.9x/2.0 ({@code <rss>}) or RSS 1.0 ({@code <rdf:RDF>}). */
  RSS,
  /** An Atom feed ({@code <feed>}). */
  ATOM,
  /** A WARC file (ISO 28500), records starting {@code WARC/1.x}. */
  WARC,
  /** An ARC file, the Internet Archive's format before WARC. */
  ARC,
  /** Binary data: not text of any kind above. */
  BINARY
}
