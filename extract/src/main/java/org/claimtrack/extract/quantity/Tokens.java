package org.claimtrack.extract.quantity;

/**
 * The tokens of one region of a text: runs of letters (WORD), runs of ASCII digits (DIGITS) and
 * single other characters (SYM). Whitespace separates tokens and is not a token. Built once per
 * {@link NumberRecognizer#find} call in one linear pass.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte DIGITS = 2;
  static final byte SYM = 3;

  /** Longest run of whitespace that still counts as "near" (several spaces, no line break). */
  private static final int MAX_NEAR_GAP = 3;

  final CharSequence text;
  final int n;
  private final int[] start;
  private final int[] end;
  private final byte[] type;
  /** True when the whitespace before token i contains a line break. */
  private final boolean[] lineBreakBefore;

  private Tokens(CharSequence text, int n, int[] start, int[] end, byte[] type, boolean[] lb) {
    this.text = text;
    this.n = n;
    this.start = start;
    this.end = end;
    this.type = type;
    this.lineBreakBefore = lb;
  }

  static Tokens of(CharSequence text, int from, int to) {
    int cap = Math.max(4, Math.min(to - from, 64));
    int[] start = new int[cap];
    int[] end = new int[cap];
    byte[] type = new byte[cap];
    boolean[] lb = new boolean[cap];
    int n = 0;
    int i = from;
    boolean sawBreak = false;
    while (i < to) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
          sawBreak = true;
        }
        i++;
        continue;
      }
      int s = i;
      byte ty;
      if (c >= '0' && c <= '9') {
        ty = DIGITS;
        i++;
        while (i < to && isDigit(text.charAt(i))) {
          i++;
        }
      } else if (Character.isLetter(c)) {
        ty = WORD;
        i++;
        while (i < to && isWordPart(text.charAt(i))) {
          i++;
        }
      } else {
        ty = SYM;
        i++;
      }
      if (n == start.length) {
        int nc = n * 2;
        start = java.util.Arrays.copyOf(start, nc);
        end = java.util.Arrays.copyOf(end, nc);
        type = java.util.Arrays.copyOf(type, nc);
        lb = java.util.Arrays.copyOf(lb, nc);
      }
      start[n] = s;
      end[n] = i;
      type[n] = ty;
      lb[n] = sawBreak;
      sawBreak = false;
      n++;
    }
    return new Tokens(text, n, start, end, type, lb);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordPart(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  /** Length of token i in chars; 0 outside the tokens. */
  int len(int i) {
    return i >= 0 && i < n ? end[i] - start[i] : 0;
  }

  byte type(int i) {
    return type[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < n && type[i] == WORD;
  }

  boolean isDigits(int i) {
    return i >= 0 && i < n && type[i] == DIGITS;
  }

  boolean isSym(int i) {
    return i >= 0 && i < n && type[i] == SYM;
  }

  boolean isSym(int i, char c) {
    return i >= 0 && i < n && type[i] == SYM && text.charAt(start[i]) == c;
  }

  /** True when token i is a SYM among {@code chars}. */
  boolean isSymIn(int i, String chars) {
    return i >= 0 && i < n && type[i] == SYM && chars.indexOf(text.charAt(start[i])) >= 0;
  }

  char ch(int i) {
    return text.charAt(start[i]);
  }

  /** True when token i directly follows token i-1 with no whitespace between. */
  boolean glued(int i) {
    return i > 0 && i < n && start[i] == end[i - 1];
  }

  /** True when token i follows token i-1 within a few spaces and no line break (or glued). */
  boolean near(int i) {
    return i > 0 && i < n && !lineBreakBefore[i] && start[i] - end[i - 1] <= MAX_NEAR_GAP;
  }

  /** True when token i follows token i-1 after some whitespace, within {@link #near}. */
  boolean spaced(int i) {
    return near(i) && start[i] > end[i - 1];
  }

  /** True when token i follows token i-1 after exactly one whitespace char (any kind of space). */
  boolean singleSpace(int i) {
    return i > 0 && i < n && !lineBreakBefore[i] && start[i] - end[i - 1] == 1;
  }

  boolean lineBreakBefore(int i) {
    return i < n && lineBreakBefore[i];
  }

  /** Case-insensitive comparison of word token i with {@code lower} (given in lower case). */
  boolean is(int i, String lower) {
    if (i < 0 || i >= n || end[i] - start[i] != lower.length()) {
      return false;
    }
    int s = start[i];
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(text.charAt(s + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Case-sensitive comparison of token i with {@code s}. */
  boolean isExactly(int i, String s) {
    if (i < 0 || i >= n || end[i] - start[i] != s.length()) {
      return false;
    }
    int st = start[i];
    for (int k = 0; k < s.length(); k++) {
      if (text.charAt(st + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  boolean isAnyOf(int i, String... lowers) {
    for (String s : lowers) {
      if (is(i, s)) {
        return true;
      }
    }
    return false;
  }

  <V> V get(WordTable<V> table, int i) {
    if (i < 0 || i >= n) {
      return null;
    }
    return table.get(text, start[i], end[i]);
  }

  String str(int i) {
    return text.subSequence(start[i], end[i]).toString();
  }

  String lower(int i) {
    return str(i).toLowerCase(java.util.Locale.ROOT);
  }

  boolean capitalized(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
  }

  boolean allUpper(int i) {
    if (!isWord(i)) {
      return false;
    }
    for (int k = start[i]; k < end[i]; k++) {
      if (!Character.isUpperCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  boolean allLower(int i) {
    if (!isWord(i)) {
      return false;
    }
    for (int k = start[i]; k < end[i]; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Value of a DIGITS token of at most 18 digits, else -1. */
  long digitsValue(int i) {
    if (!isDigits(i) || len(i) > 18) {
      return -1;
    }
    long v = 0;
    for (int k = start[i]; k < end[i]; k++) {
      v = v * 10 + (text.charAt(k) - '0');
    }
    return v;
  }

  /** True when the DIGITS token i starts with '0' and has more than one digit. */
  boolean leadingZero(int i) {
    return isDigits(i) && len(i) > 1 && text.charAt(start[i]) == '0';
  }

  /**
   * True when nothing alphanumeric is glued after token {@code end - 1}: token {@code end} is free
   * to start something else. "1.2.3" continues a code; a sentence-final '.' does not.
   */
  boolean boundary(int end) {
    if (end >= n || !glued(end)) {
      return true;
    }
    if (isWord(end) || isDigits(end)) {
      return false;
    }
    return !(isSymIn(end, ".,:/") && (isDigits(end + 1) || isWord(end + 1)) && glued(end + 1));
  }

  /** True when word token k has an upper-case letter anywhere ("iPhone", "NASA"). */
  boolean hasUpper(int k) {
    if (!isWord(k)) {
      return false;
    }
    for (int c = start[k]; c < end[k]; c++) {
      if (Character.isUpperCase(text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token i starts a sentence or clause: it is the first token, follows a line break,
   * or follows sentence punctuation or an opening quote.
   */
  boolean sentenceStart(int i) {
    if (i <= 0 || lineBreakBefore[i]) {
      return true;
    }
    return isSymIn(i - 1, ".!?:;\"“”«»‘'(\u2022");
  }
}
