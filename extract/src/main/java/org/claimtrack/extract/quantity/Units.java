package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.claimtrack.extract.words.WordMap;

/**
 * Units the recognizer attaches to numbers (package-info U1-U4): currencies (ISO 4217 codes),
 * percentages and units of measure (canonical names as in quantulum3: "kilometre", "pound-mass",
 * "degree Celsius"). The phrases live in {@code quantity-units.tsv} (matched ignoring case),
 * {@code quantity-unit-symbols.tsv} (case matters: "m" metre), {@code quantity-currency-*}.
 */
final class Units {
  private Units() {}

  enum Category {
    CURRENCY, PERCENT, LENGTH, AREA, VOLUME, MASS, TIME, SPEED, TEMPERATURE, ANGLE, ENERGY, POWER,
    ELECTRIC, FREQUENCY, INFORMATION, RATE, OTHER
  }

  /**
   * A unit as written: its canonical name, the factor from the written unit to the canonical one
   * (0.01 for cents, 1e9 for "bcm"), and its category.
   */
  record Unit(String name, BigDecimal factor, Category category) {
    boolean currency() {
      return category == Category.CURRENCY;
    }

    boolean measure() {
      return category != Category.CURRENCY && category != Category.PERCENT;
    }

    /** True when the written unit is the canonical one (no factor). */
    boolean unscaled() {
      return factor.compareTo(BigDecimal.ONE) == 0;
    }

    /** "kilometre|LENGTH", "USD|CURRENCY|0.01": a table value. */
    static Unit parse(String value) {
      String[] p = value.split("\\|");
      if (p.length < 2 || p.length > 3) {
        throw new IllegalArgumentException("expected NAME|CATEGORY[|FACTOR]: " + value);
      }
      return new Unit(p[0], p.length == 3 ? new BigDecimal(p[2]) : BigDecimal.ONE, Category.valueOf(p[1]));
    }
  }

  static final String PERCENT = "percent";
  static final String PERCENTAGE_POINTS = "percentage points";
  static final Unit INCH = new Unit("inch", BigDecimal.ONE, Category.LENGTH);
  static final Unit POUND_STERLING = new Unit("GBP", BigDecimal.ONE, Category.CURRENCY);

  private static final BigDecimal MILLION = new BigDecimal("1000000");
  private static final BigDecimal THOUSAND = new BigDecimal("1000");

  /** ISO-like currency codes, upper case, for codes glued to digits ("USD115", "115USD"). */
  static final WordTable<Unit> CODES;
  /** Units written after a number: "km", "kilometres", "%", "dollars", "USD", "€". */
  static final PhraseTable<Unit> SUFFIX;
  /** Currency marks written before a number: "$", "US$", "C$", "€", "£", "Rs", "USD". */
  static final PhraseTable<Unit> CURRENCY_PREFIX;

  static {
    Map<String, Unit> codes = new HashMap<>();
    PhraseTable.Builder<Unit> suffix = PhraseTable.builder();
    PhraseTable.Builder<Unit> prefix = PhraseTable.builder();
    for (String c : Vocabulary.CURRENCY_CODES.entries()) {
      Unit unit = currency(c, BigDecimal.ONE);
      codes.put(c, unit);
      suffix.exact(unit, c);
      prefix.exact(unit, c);
      // "MUSD" (millions), after the number also "kUSD" (thousands)
      suffix.exact(currency(c, MILLION), "M" + c);
      prefix.exact(currency(c, MILLION), "M" + c);
      suffix.exact(currency(c, THOUSAND), "k" + c, "K" + c);
    }
    codes.put("RMB", currency("CNY", BigDecimal.ONE));
    for (String c : Vocabulary.CURRENCY_CODES_LOWER_CASE.entries()) {
      Unit unit = currency(c.equals("rmb") ? "CNY" : c.toUpperCase(Locale.ROOT), BigDecimal.ONE);
      suffix.exact(unit, c);
      prefix.exact(unit, c);
    }
    add(suffix, Vocabulary.UNITS, false);
    add(suffix, Vocabulary.UNIT_SYMBOLS, true);
    add(prefix, Vocabulary.CURRENCY_PREFIXES, false);
    add(prefix, Vocabulary.CURRENCY_PREFIX_SYMBOLS, true);
    CODES = WordTable.caseSensitive(codes);
    SUFFIX = suffix.build();
    CURRENCY_PREFIX = prefix.build();
  }

  private static Unit currency(String code, BigDecimal factor) {
    return new Unit(code, factor, Category.CURRENCY);
  }

  private static void add(PhraseTable.Builder<Unit> b, WordMap map, boolean caseSensitive) {
    for (Map.Entry<String, String> e : map.asMap().entrySet()) {
      b.add(e.getKey(), caseSensitive, Unit.parse(e.getValue()));
    }
  }
}
