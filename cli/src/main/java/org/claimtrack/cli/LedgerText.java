package org.claimtrack.cli;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.claimtrack.domain.Qualifier;

/** Numbers and intervals as people read them. */
final class LedgerText {
  private LedgerText() {}

  static String num(BigDecimal d) {
    if (d == null) return "?";
    DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(d);
  }

  /** "about 1,500", "at least 3,000", "up to 8,000", "1,000–2,000". */
  static String figure(BigDecimal low, BigDecimal high, Qualifier q) {
    if (q == null) return low == null && high == null ? "-" : range(low, high);
    return switch (q) {
      case EXACT -> num(low != null ? low : high);
      case APPROXIMATELY -> "about " + num(low != null ? low : high);
      case AT_LEAST -> "at least " + num(low);
      case MORE_THAN -> "more than " + num(low);
      case AT_MOST -> "at most " + num(high);
      case LESS_THAN -> "fewer than " + num(high);
      case UP_TO -> "up to " + num(high);
      case RANGE -> range(low, high);
    };
  }

  static String range(BigDecimal low, BigDecimal high) {
    if (low == null && high == null) return "-";
    if (low != null && high != null && low.compareTo(high) == 0) return num(low);
    return num(low) + "–" + num(high);
  }

  static String pad(String s, int n) {
    if (s == null) s = "";
    if (s.length() > n) return s.substring(0, Math.max(0, n - 1)) + "…";
    return s + " ".repeat(n - s.length());
  }
}
