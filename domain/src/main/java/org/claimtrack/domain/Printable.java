package org.claimtrack.domain;

/**
 * Text from inputs (file names, ids, URLs, titles, messages that quote them) made safe to print on a
 * terminal or in a log: control characters cannot move the cursor, clear the screen, retitle the
 * window or start a forged line. C0 and C1 controls and DEL become {@code \xNN} ({@code \n},
 * {@code \r}, {@code \t} for those three), and the Unicode characters that reorder or hide text
 * (bidirectional overrides and isolates, line and paragraph separators) become {@code \}{@code uNNNN}.
 * Everything else is left as it is.
 */
public final class Printable {
  private Printable() {}

  /** One line: every control character escaped, newlines included. */
  public static String line(String s) {
    return escape(s, false);
  }

  /**
   * A block of text, such as an article body: tab and newline kept, every other control character
   * escaped (a carriage return too, which could overwrite what was printed before it).
   */
  public static String block(String s) {
    return escape(s, true);
  }

  /** One line, escaped, and cut to {@code max} characters with "…" and the original length. */
  public static String shortLine(String s, int max) {
    if (s == null) return "null";
    String e = line(s);
    if (e.length() <= max) return e;
    return e.substring(0, Math.max(0, max - 1)) + "… (" + Limits.count(s.length()) + " characters)";
  }

  private static String escape(String s, boolean block) {
    if (s == null) return "null";
    int i = 0;
    while (i < s.length() && !needsEscape(s.charAt(i), block)) i++;
    if (i == s.length()) return s;
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(c, block)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x100) {
        sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  static boolean needsEscape(char c, boolean block) {
    if (block && (c == '\n' || c == '\t')) return false;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) return true;
    // bidirectional embedding, override and isolate controls; line and paragraph separators
    return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029'
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }
}
