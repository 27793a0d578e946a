package org.claimtrack.ingest;

import java.text.Normalizer;
import org.claimtrack.domain.Hashes;

/** An article's identity: SHA-256 of its text after Unicode (NFKC) and whitespace normalization. */
public final class ArticleHash {
  private ArticleHash() {}

  public static String of(String text) {
    return Hashes.sha256(normalize(text));
  }

  /** NFKC, curly quotes and dashes folded, runs of whitespace collapsed to one space, trimmed. */
  public static String normalize(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(fold(c));
    }
    return sb.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
      case '\u2013', '\u2014', '\u2212' -> '-';
      default -> c;
    };
  }
}
