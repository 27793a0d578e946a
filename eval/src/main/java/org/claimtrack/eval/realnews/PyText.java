package org.claimtrack.eval.realnews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code score.py} does with strings and numbers, as Python 3 does it, so that the port
 * decides every case as the reference does: Python's {@code \w}, {@code \s} and {@code \d} are
 * Unicode classes (not Java's ASCII defaults), {@code str.split()} and {@code str.strip()} use
 * Python's whitespace, string lengths and indices count code points, and {@code %5.1f} and
 * {@code round(x, 4)} round the exact binary value half to even.
 */
final class PyText {
  private PyText() {}

  /** Python's {@code \w} in a str pattern: {@code str.isalnum()} (letters and numbers) or '_'. */
  static final String WORD = "[\\p{L}\\p{N}_]";
  /** Python's {@code \W}. */
  static final String NON_WORD = "[^\\p{L}\\p{N}_]";
  /** Python's {@code \s} in a str pattern, as a class body: {@code str.isspace()}. */
  static final String SPACE_BODY = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F\\x85\\p{Zs}\\u2028\\u2029";
  /** Python's {@code \s}. */
  static final String SPACE = "[" + SPACE_BODY + "]";
  /** Python's {@code \d} in a str pattern: a decimal digit of any script. */
  static final String DIGIT = "\\p{Nd}";
  /** Python's {@code \b}: between a word character and a non-word one (or an end). */
  static final String BOUNDARY = "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";

  /** {@code str.isspace()} of one character. */
  static boolean isSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85 || cp == 0x2028 || cp == 0x2029
        || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  /** {@code str.lower()}: full lower-case mapping, no locale. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code len(s)}: code points. */
  static int len(String s) {
    return s.codePointCount(0, s.length());
  }

  /** {@code s.strip()}. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.codePointAt(a))) a += Character.charCount(s.codePointAt(a));
    while (b > a && isSpace(s.codePointBefore(b))) b -= Character.charCount(s.codePointBefore(b));
    return s.substring(a, b);
  }

  /** {@code s.split()}: runs of whitespace separate, no empty strings. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isSpace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
      int start = i;
      while (i < n && !isSpace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
      if (i > start) out.add(s.substring(start, i));
    }
    return out;
  }

  /** {@code ' '.join(s.split())}. */
  static String squeeze(String s) {
    return String.join(" ", split(s));
  }

  /** {@code t[:1].isupper()}: the first character has the Unicode Uppercase property. */
  static boolean firstIsUpper(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  /** {@code t[0]}: the first character (code point) as a string. */
  static String first(String t) {
    return new String(Character.toChars(t.codePointAt(0)));
  }

  /** {@code text.find(s)}, in code points; -1 when absent. */
  static int find(String text, String s) {
    int i = text.indexOf(s);
    return i < 0 ? -1 : text.codePointCount(0, i);
  }

  /**
   * {@code text[i]} for a code-point index {@code i >= 0}, or -1 where Python would raise
   * IndexError (score.py does not guard that index; the port reads it as no character).
   */
  static int at(String text, int i) {
    if (i < 0) throw new IllegalArgumentException("negative index " + i);
    int n = len(text);
    if (i >= n) return -1;
    return text.codePointAt(text.offsetByCodePoints(0, i));
  }

  /** {@code '%5.1f' % x} for finite x: correctly rounded, half to even on the exact binary value. */
  static String f5_1(double x) {
    String s = new BigDecimal(x).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    return pad(s, 5, true);
  }

  /** {@code round(x, 4)} for finite x. */
  static double round4(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** {@code repr(round(x, 4))} (what {@code json.dumps} writes) for finite x in [0, 1e7). */
  static String reprRound4(double x) {
    BigDecimal d = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    String s = d.scale() <= 0 ? d.setScale(0).toPlainString() + ".0" : d.toPlainString();
    return s;
  }

  /** {@code '%-Ns'} (left) or {@code '%Ns'} (right): pads to {@code width} code points. */
  static String pad(String s, int width, boolean right) {
    int n = len(s);
    if (n >= width) return s;
    String spaces = " ".repeat(width - n);
    return right ? spaces + s : s + spaces;
  }

  /** Python's string order: by code point, not by UTF-16 unit. */
  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) return Integer.compare(ca, cb);
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** {@code os.path.basename(p)} on POSIX: what follows the last '/'. */
  static String basename(String p) {
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
