package org.claimtrack.ingest.sniff;

import java.util.Locale;
import java.util.Objects;

/**
 * What an input holds.
 *
 * @param kind what the (decompressed) content is
 * @param gzip true when the input is gzip-compressed and {@code kind} describes what is inside
 */
public record Sniffed(InputKind kind, boolean gzip) {

  public Sniffed {
    Objects.requireNonNull(kind, "kind");
    if (gzip && kind == InputKind.EMPTY) {
      throw new IllegalArgumentException("a gzip stream is not empty; use BINARY for unreadable content");
    }
  }

  /** For a person: "WARC", "gzip of WARC", "binary data". */
  public String describe() {
    String k = switch (kind) {
      case EMPTY -> "empty";
      case BINARY -> "binary data";
      case TEXT -> "text";
      case JSONL -> "JSON Lines";
      case RSS -> "an RSS feed";
      case ATOM -> "an Atom feed";
      default -> kind.name();
    };
    return gzip ? "gzip of " + k : k;
  }

  @Override
  public String toString() {
    return gzip ? "GZIP(" + kind + ")" : kind.name().toUpperCase(Locale.ROOT);
  }
}
