package org.claimtrack.ledger.track;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.claimtrack.domain.Qualifier;

/** A figure as people read it: "about 1,500", "at least 3,000", "1,000–2,000". One wording for verdicts and listings. */
public final class FigureText {
  private FigureText() {}

  private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> {
    DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  });

  /** "1,500"; "?" for an open bound. */
  public static String number(BigDecimal v) {
    return v == null ? "?" : NUMBER.get().format(v);
  }

  /** The interval [low, high] as its qualifier words it; with no qualifier, as a range. */
  public static String of(BigDecimal low, BigDecimal high, Qualifier q) {
    if (q == null) return range(low, high);
    return switch (q) {
      case EXACT -> number(low != null ? low : high);
      case APPROXIMATELY -> "about " + number(low != null ? low : high);
      case AT_LEAST -> "at least " + number(low);
      case MORE_THAN -> "more than " + number(low);
      case AT_MOST -> "at most " + number(high);
      case LESS_THAN -> "fewer than " + number(high);
      case UP_TO -> "up to " + number(high);
      case RANGE -> number(low) + "–" + number(high);
    };
  }

  /** "1,000–2,000", "1,500" when both ends are one number, "-" when both are open. */
  public static String range(BigDecimal low, BigDecimal high) {
    if (low == null && high == null) return "-";
    if (low != null && high != null && low.compareTo(high) == 0) return number(low);
    return number(low) + "–" + number(high);
  }
}
