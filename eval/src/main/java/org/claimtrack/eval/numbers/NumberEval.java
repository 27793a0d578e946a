package org.claimtrack.eval.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.eval.EvalRow;
import org.claimtrack.extract.quantity.NumberExpression;
import org.claimtrack.extract.quantity.NumberRecognizer;

/**
 * Scores {@link NumberRecognizer} on number test suites written by others: Microsoft
 * Recognizers-Text (English number, number range, percent, currency and dimension models) and
 * quantulum3 (quantities with units). The data are read in place from {@code ../shared/eval}.
 *
 * <p><b>Value accuracy</b> is, among the expected results of the cases we support, the share for
 * which the recognizer returns a quantity (CARDINAL or FRACTION) overlapping the expected text
 * whose value matches: a single number within a relative tolerance of 1e-6, compared with the
 * number the expression states (its one bound, or both when EXACT/APPROXIMATELY); for an expected
 * range both bounds, a missing bound meaning unbounded. Expected values in sub-units are converted
 * to the base units the recognizer reports (50 cents = 0.50 USD, a dozen = 12). <b>Precision</b> is
 * the share of our quantities of the kind a suite annotates (plain numbers, ranges, percentages,
 * money, measures) that match an expected result. For ranges, <b>bound inclusiveness
 * agreement</b> is reported separately: our qualifiers fix inclusiveness (MORE_THAN and LESS_THAN
 * exclude their bound, everything else includes it) while Recognizers-Text makes e.g. "between 20
 * and 30" half-open.
 *
 * <p>Expected results are skipped only by category, by the rules in {@link Skip}, decided from
 * the case alone (never from what the recognizer returns): categories the recognizer deliberately
 * classifies as non-quantities (date parts, phone numbers, IP addresses, designations such as
 * "SCP-173", calendar years, ordinals, ages, times of day), results without a value, Indian digit
 * grouping, and an indefinite article read as the number one ("a gallon"). Cases whose
 * {@code NotSupported} field names java are not skipped.
 */
public final class NumberEval {
  private NumberEval() {}

  /** The required value accuracy on every suite we claim to support. */
  public static final double FLOOR = 0.90;

  private static final double TOLERANCE = 1e-6;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Why an expected result is not scored. */
  enum Skip {
    NO_VALUE("no number in the expected result"),
    DATE_PART("part of a date like 5/17/2018 (our DATE kind)"),
    PHONE("part of a phone number (our PHONE kind)"),
    IP_OR_VERSION("part of an IP address or dotted version (our VERSION_OR_CODE kind)"),
    DESIGNATION("number in a name or designation like SCP-173, Voyager 2 (our NAME_PART kind)"),
    YEAR("a calendar year or decade like 1979, 1960s (our YEAR kind)"),
    ORDINAL("an ordinal or rank like 'the tenth', 'two millionth' (our ORDINAL kind)"),
    AGE("a person's age like 'thirty years old' (our AGE kind)"),
    TIME_OF_DAY("a time of day like '2 pm' (our TIME kind)"),
    INDIAN_GROUPING("Indian digit grouping like 12,34,567"),
    ARTICLE_AS_ONE("an indefinite article read as one, like 'a gallon'");

    final String description;

    Skip(String description) {
      this.description = description;
    }
  }

  /** What a suite annotates, which decides value parsing and the precision set. */
  enum Type {
    NUMBER, RANGE, PERCENT, CURRENCY, DIMENSION, QUANTULUM
  }

  record Expected(int start, int end, String text, BigDecimal value, BigDecimal low,
      BigDecimal high, boolean lowIncl, boolean highIncl, boolean range, String unit,
      boolean hasValue) {}

  record Case(String input, List<Expected> expected, boolean notSupportedJava) {}

  /** One scored file: its name in the table, what it annotates, and its floor (NaN: none). */
  private record Suite(String name, Type type, Path file, double floor) {
    List<Case> cases() {
      return type == Type.QUANTULUM ? quantulum(file) : recognizers(file, type);
    }
  }

  private static List<Suite> suites(Path evalDir) {
    Path rt = evalDir.resolve("recognizers-text");
    Path q3 = evalDir.resolve("quantulum3");
    if (!Files.isDirectory(rt) || !Files.isDirectory(q3)) {
      throw new IllegalStateException("number eval data not found: expected "
          + rt.toAbsolutePath() + " and " + q3.toAbsolutePath()
          + " (the shared eval folder, ../shared/eval next to the project)");
    }
    return List.of(
        new Suite("recognizers-text/NumberModel", Type.NUMBER,
            rt.resolve("Number/English/NumberModel.json"), FLOOR),
        new Suite("recognizers-text/NumberRangeModel", Type.RANGE,
            rt.resolve("Number/English/NumberRangeModel.json"), FLOOR),
        new Suite("recognizers-text/PercentModel", Type.PERCENT,
            rt.resolve("Number/English/PercentModel.json"), FLOOR),
        new Suite("recognizers-text/CurrencyModel", Type.CURRENCY,
            rt.resolve("NumberWithUnit/English/CurrencyModel.json"), FLOOR),
        new Suite("recognizers-text/DimensionModel", Type.DIMENSION,
            rt.resolve("NumberWithUnit/English/DimensionModel.json"), FLOOR),
        new Suite("quantulum3/quantities", Type.QUANTULUM, q3.resolve("quantities.json"), FLOOR),
        // ambiguous on purpose (pounds, "b", "K", inch marks): reported, no floor
        new Suite("quantulum3/quantities.ambiguity", Type.QUANTULUM,
            q3.resolve("quantities.ambiguity.json"), Double.NaN));
  }

  /** Runs every suite under {@code evalDir} (the {@code ../shared/eval} folder). */
  public static List<EvalRow> run(Path evalDir) {
    List<EvalRow> rows = new ArrayList<>();
    for (Suite s : suites(evalDir)) {
      rows.addAll(rows(s.name(), s.type(), count(s.type(), s.cases()), s.floor()));
    }
    return rows;
  }

  // ------------------------------------------------------------------------------------------
  // Reading

  private static JsonNode read(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8);
      if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1);
      }
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<Case> recognizers(Path file, Type type) {
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : read(file)) {
      String input = c.path("Input").asText();
      boolean nsJava = c.path("NotSupported").asText("").toLowerCase(Locale.ROOT).contains("java")
          || c.path("NotSupportedByDesign").asText("").toLowerCase(Locale.ROOT).contains("java");
      List<Expected> exp = new ArrayList<>();
      for (JsonNode r : c.path("Results")) {
        int start = r.path("Start").asInt();
        int end = r.path("End").asInt() + 1;
        String text = r.path("Text").asText();
        JsonNode res = r.path("Resolution");
        String raw = res.path("value").isNull() || res.path("value").isMissingNode() ? null
            : res.path("value").asText();
        if (raw != null && raw.equals("null")) {
          raw = null;
        }
        String unit = type == Type.CURRENCY || type == Type.DIMENSION
            ? res.has("isoCurrency") ? res.path("isoCurrency").asText() : res.path("unit").asText(null)
            : null;
        if (type == Type.RANGE && raw != null) {
          exp.add(parseRange(start, end, text, raw));
          continue;
        }
        BigDecimal v = null;
        if (raw != null) {
          String num = type == Type.PERCENT ? raw.replace("%", "").trim() : raw;
          v = new BigDecimal(num);
          v = v.multiply(subunitFactor(unit));
        }
        exp.add(new Expected(start, end, text, v, v, v, true, true, false,
            mapUnit(unit, type), v != null));
      }
      cases.add(new Case(input, exp, nsJava));
    }
    return cases;
  }

  static Expected parseRange(int start, int end, String text, String raw) {
    String s = raw.trim();
    boolean li = s.charAt(0) == '[';
    boolean hi = s.charAt(s.length() - 1) == ']';
    String[] parts = s.substring(1, s.length() - 1).split(",", -1);
    BigDecimal lo = parts[0].isBlank() ? null : new BigDecimal(parts[0].trim());
    BigDecimal up = parts[1].isBlank() ? null : new BigDecimal(parts[1].trim());
    return new Expected(start, end, text, null, lo, up, li, hi, true, null, true);
  }

  static List<Case> quantulum(Path file) {
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : read(file)) {
      String input = c.path("req").asText();
      List<Expected> exp = new ArrayList<>();
      int from = 0;
      for (JsonNode r : c.path("res")) {
        String surface = r.path("surface").asText();
        int at = input.indexOf(surface, from);
        if (at < 0) {
          at = input.indexOf(surface);
        }
        if (at < 0) {
          throw new IllegalStateException("surface '" + surface + "' not in '" + input + "'");
        }
        from = at + surface.length();
        String unit = r.path("unit").asText();
        BigDecimal v = r.path("value").isNumber() ? r.path("value").decimalValue()
            : new BigDecimal(r.path("value").asText());
        BigDecimal f = subunitFactor(unit);
        v = v.multiply(f);
        JsonNode u = r.path("uncertainty");
        if (u.isNumber() && u.doubleValue() != 0) {
          // quantulum3 states a range as its midpoint and half-width
          BigDecimal d = u.decimalValue().multiply(f);
          exp.add(new Expected(at, at + surface.length(), surface, null, v.subtract(d), v.add(d),
              true, true, true, mapUnit(unit, Type.QUANTULUM), true));
        } else {
          exp.add(new Expected(at, at + surface.length(), surface, v, v, v, true, true, false,
              mapUnit(unit, Type.QUANTULUM), true));
        }
      }
      cases.add(new Case(input, exp, false));
    }
    return cases;
  }

  /** Factor from a sub-unit or a counted unit to the base unit the recognizer reports. */
  static BigDecimal subunitFactor(String unit) {
    if (unit == null) {
      return BigDecimal.ONE;
    }
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "cent", "pence", "penny", "sen" -> new BigDecimal("0.01");
      case "dime" -> new BigDecimal("0.1");
      case "satoshi" -> new BigDecimal("0.00000001");
      case "dozen" -> BigDecimal.valueOf(12);
      case "gross" -> BigDecimal.valueOf(144);
      case "baker's dozen" -> BigDecimal.valueOf(13);
      default -> BigDecimal.ONE;
    };
  }

  /** The expected unit in our vocabulary, or null for a plain number. */
  static String mapUnit(String unit, Type type) {
    if (unit == null || unit.isEmpty()) {
      return null;
    }
    String u = unit.toLowerCase(Locale.ROOT);
    if (unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT))) {
      return unit;
    }
    return switch (u) {
      case "dimensionless", "dozen", "gross", "baker's dozen" -> null;
      case "dollar", "cent", "dime", "united states dollar" -> "USD";
      case "pound sterling", "british pound", "pence", "penny" -> "GBP";
      case "euro" -> "EUR";
      case "franc", "swiss franc" -> "CHF";
      case "finnish markka" -> "FIM";
      case "peseta" -> "ESP";
      case "netherlands guilder" -> "NLG";
      case "rupee" -> "INR";
      case "bitcoin", "satoshi" -> "BTC";
      case "percentage" -> "percent";
      case "pound" -> type == Type.CURRENCY ? "GBP" : "pound-mass";
      case "metric ton" -> "tonne";
      case "cubic centimetre" -> "millilitre";
      default -> u.replace("meter", "metre").replace("liter", "litre")
          .replace("degree celsius", "degree Celsius");
    };
  }

  // ------------------------------------------------------------------------------------------
  // Skipping, by category

  private static final Pattern DATE = Pattern.compile(
      "\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}");
  private static final Pattern IP = Pattern.compile("\\d+(?:\\.\\d+){3,}");
  private static final Pattern PHONE = Pattern.compile("\\+\\d+(?:[-/. ]\\d+){2,}");
  private static final Pattern DOTTED = Pattern.compile("\\d+(?:\\.\\d+){2,}");
  private static final Pattern INDIAN = Pattern.compile("\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?");
  private static final Pattern TIME = Pattern.compile(
      "(?i)\\d{1,2}(?::\\d\\d)? ?(?:am|pm|a\\.m\\.|p\\.m\\.)");
  private static final Pattern ORDINAL_WORD = Pattern.compile(
      "(?i)\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
          + "|twelfth|\\w+teenth|\\w+tieth|hundredth|thousandth|millionth|billionth|trillionth)\\b");
  private static final Pattern NUMBER_WORD = Pattern.compile(
      "(?i)\\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen"
          + "|\\w+ty|hundred|thousand|million|billion|trillion|dozen|half|quarter)\\b");

  static Skip skip(Case c, Expected e, Type type) {
    if (!e.hasValue()) {
      return Skip.NO_VALUE;
    }
    String in = c.input();
    if (within(IP, in, e)) {
      return Skip.IP_OR_VERSION;
    }
    if (within(DATE, in, e)) {
      return Skip.DATE_PART;
    }
    if (within(PHONE, in, e)) {
      return Skip.PHONE;
    }
    if (within(DOTTED, in, e)) {
      return Skip.IP_OR_VERSION;
    }
    String text = in.substring(e.start(), Math.min(in.length(), e.end()));
    if (INDIAN.matcher(text).find()) {
      return Skip.INDIAN_GROUPING;
    }
    if (TIME.matcher(text).matches() && !text.contains(".") ) {
      int h = Integer.parseInt(text.replaceAll("\\D.*", ""));
      if (h >= 1 && h <= 12) {
        return Skip.TIME_OF_DAY;
      }
    }
    if (designation(in, e)) {
      return Skip.DESIGNATION;
    }
    if (year(in, e, type)) {
      return Skip.YEAR;
    }
    if (ordinal(in, e, text)) {
      return Skip.ORDINAL;
    }
    if (in.substring(Math.min(in.length(), e.end())).matches("(?is)[\\s-]*years?[\\s-]+old\\b.*")) {
      return Skip.AGE;
    }
    if (type == Type.QUANTULUM && articleAsOne(text)) {
      return Skip.ARTICLE_AS_ONE;
    }
    return null;
  }

  private static boolean within(Pattern p, String in, Expected e) {
    Matcher m = p.matcher(in);
    while (m.find()) {
      if (m.start() <= e.start() && e.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A plain integer right after letters ("G7"), after letters and a hyphen ("SCP-173") or after a
   * capitalized word that does not start a sentence ("Voyager 2").
   */
  private static boolean designation(String in, Expected e) {
    int s = e.start();
    if (!in.substring(s, Math.min(in.length(), e.end())).matches("\\d+")) {
      return false;
    }
    if (s > 0 && Character.isLetter(in.charAt(s - 1))) {
      return true;
    }
    if (s > 1 && in.charAt(s - 1) == '-' && Character.isLetter(in.charAt(s - 2))) {
      return true;
    }
    if (s > 1 && in.charAt(s - 1) == ' ') {
      int w = s - 1;
      int ws = w;
      while (ws > 0 && Character.isLetter(in.charAt(ws - 1))) {
        ws--;
      }
      if (ws == w || !Character.isUpperCase(in.charAt(ws))) {
        return false;
      }
      int p = ws - 1;
      while (p >= 0 && Character.isWhitespace(in.charAt(p))) {
        p--;
      }
      return p >= 0 && ".!?:;\"“”(".indexOf(in.charAt(p)) < 0;
    }
    return false;
  }

  private static boolean year(String in, Expected e, Type type) {
    if (e.range() || e.unit() != null) {
      return false;
    }
    String text = in.substring(e.start(), Math.min(in.length(), e.end()));
    if (!text.matches("\\d{4}")) {
      return false;
    }
    int y = Integer.parseInt(text);
    if (y < 1000 || y > 2100) {
      return false;
    }
    boolean decade = e.end() < in.length() && in.charAt(e.end()) == 's';
    return decade || in.substring(0, e.start())
        .matches("(?is).*\\b(?:in|since|by|during|until|from|of)\\s+$");
  }

  private static boolean ordinal(String in, Expected e, String text) {
    if (text.matches("(?is).*\\bthe\\s+" + ORDINAL_WORD.pattern().substring(4) + ".*")) {
      return true;
    }
    // "two millionth": a cardinal word and a scale ordinal form one rank
    String after = in.substring(Math.min(in.length(), e.end()));
    return NUMBER_WORD.matcher(text).matches()
        && after.matches("(?is)\\s+(?:hundredth|thousandth|millionth|billionth|trillionth)\\b.*");
  }

  private static boolean articleAsOne(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (!(t.startsWith("a ") || t.startsWith("an "))) {
      return false;
    }
    String rest = t.substring(t.indexOf(' ') + 1);
    return !rest.matches(".*\\d.*") && !NUMBER_WORD.matcher(rest).find();
  }

  // ------------------------------------------------------------------------------------------
  // Scoring

  private static final class Counts {
    int expected;
    int supported;
    int correct;
    int unitTotal;
    int unitCorrect;
    int inclTotal;
    int inclAgree;
    int predicted;
    int predictedMatched;
    int nsJavaSupported;
    int nsJavaCorrect;
    final Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);
    final List<String> misses = new ArrayList<>();
  }

  static Counts count(Type type, List<Case> cases) {
    NumberRecognizer rec = NumberRecognizer.standard();
    Counts n = new Counts();
    for (Case c : cases) {
      List<NumberExpression> found = rec.find(c.input());
      List<NumberExpression> quantities = new ArrayList<>();
      for (NumberExpression x : found) {
        if (x.isQuantity()) {
          quantities.add(x);
        }
      }
      Set<NumberExpression> matched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      List<Expected> skippedExp = new ArrayList<>();
      for (Expected e : c.expected()) {
        n.expected++;
        Skip s = skip(c, e, type);
        if (s != null) {
          n.skipped.merge(s, 1, Integer::sum);
          skippedExp.add(e);
          n.misses.add("skipped " + s + ": '" + e.text() + "' in '" + c.input() + "'");
          continue;
        }
        n.supported++;
        if (c.notSupportedJava()) {
          n.nsJavaSupported++;
        }
        NumberExpression hit = null;
        for (NumberExpression x : quantities) {
          if (overlaps(x, e) && valueMatches(x, e)) {
            hit = x;
            break;
          }
        }
        if (hit == null) {
          n.misses.add("'" + c.input() + "' expected '" + e.text() + "' "
              + (e.range() ? "[" + e.low() + ", " + e.high() + "]" : String.valueOf(e.value()))
              + " got " + describe(c.input(), found));
          continue;
        }
        n.correct++;
        if (c.notSupportedJava()) {
          n.nsJavaCorrect++;
        }
        matched.add(hit);
        if (e.unit() != null) {
          n.unitTotal++;
          if (unitMatches(hit.unit(), e.unit())) {
            n.unitCorrect++;
          } else {
            n.misses.add("unit: '" + e.text() + "' expected " + e.unit() + " got " + hit.unit()
                + " in '" + c.input() + "'");
          }
        }
        if (type == Type.RANGE) {
          boolean agree = true;
          if (e.low() != null) {
            agree &= hit.qualifier().lowInclusive() == e.lowIncl();
          }
          if (e.high() != null) {
            agree &= hit.qualifier().highInclusive() == e.highIncl();
          }
          n.inclTotal++;
          if (agree) {
            n.inclAgree++;
          }
        }
      }
      for (NumberExpression x : quantities) {
        if (!inPrecisionSet(x, type)) {
          continue;
        }
        boolean onSkipped = false;
        for (Expected e : skippedExp) {
          onSkipped |= overlaps(x, e);
        }
        if (onSkipped && !matched.contains(x)) {
          continue;
        }
        n.predicted++;
        if (matched.contains(x)) {
          n.predictedMatched++;
        } else {
          n.misses.add("extra: '" + x.span().of(c.input()) + "' " + x.qualifier() + " ["
              + x.low() + ", " + x.high() + "] " + x.unit() + " in '" + c.input() + "'");
        }
      }
    }
    return n;
  }

  private static String describe(String input, List<NumberExpression> found) {
    StringBuilder sb = new StringBuilder("[");
    for (NumberExpression x : found) {
      if (sb.length() > 1) {
        sb.append("; ");
      }
      sb.append('\'').append(x.span().of(input)).append("' ").append(x.kind()).append(' ')
          .append(x.qualifier()).append(" [").append(x.low()).append(", ").append(x.high())
          .append("] ").append(x.unit());
    }
    return sb.append(']').toString();
  }

  private static boolean overlaps(NumberExpression x, Expected e) {
    return x.span().start() < e.end() && e.start() < x.span().end();
  }

  static boolean valueMatches(NumberExpression x, Expected e) {
    if (!e.range()) {
      if (x.qualifier() == Qualifier.RANGE) {
        return false;
      }
      BigDecimal s = x.low() != null ? x.low() : x.high();
      return close(s, e.value());
    }
    return closeOrBothNull(x.low(), e.low()) && closeOrBothNull(x.high(), e.high());
  }

  private static boolean closeOrBothNull(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && close(a, b);
  }

  static boolean close(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return false;
    }
    double x = a.doubleValue();
    double y = b.doubleValue();
    return Math.abs(x - y) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
  }

  private static boolean unitMatches(String ours, String expected) {
    if (ours == null) {
      return false;
    }
    String o = ours.toLowerCase(Locale.ROOT);
    String e = expected.toLowerCase(Locale.ROOT);
    return o.equals(e) || o.equals("pound-mass") && e.equals("pound")
        || o.equals("millilitre") && e.equals("cubic centimetre");
  }

  private static final Set<String> TIME_UNITS = new HashSet<>(List.of("millisecond", "second",
      "minute", "hour", "day", "week", "month", "year", "decade", "century"));

  private static boolean inPrecisionSet(NumberExpression x, Type type) {
    String u = x.unit();
    boolean currency = u != null && u.length() == 3 && u.equals(u.toUpperCase(Locale.ROOT));
    boolean percent = "percent".equals(u) || "percentage points".equals(u);
    return switch (type) {
      case NUMBER -> u == null;
      case RANGE -> x.qualifier() != Qualifier.EXACT && x.qualifier() != Qualifier.APPROXIMATELY;
      case PERCENT -> "percent".equals(u);
      case CURRENCY -> currency || u != null && u.matches("[A-Z]{3} per .*");
      case DIMENSION -> u != null && !currency && !percent && !TIME_UNITS.contains(u)
          && !u.matches("[A-Z]{3} per .*");
      case QUANTULUM -> true;
    };
  }

  private static List<EvalRow> rows(String suite, Type type, Counts n, double floor) {
    List<EvalRow> rows = new ArrayList<>();
    int skippedTotal = n.expected - n.supported;
    StringBuilder note = new StringBuilder();
    note.append(n.expected).append(" expected results, ").append(skippedTotal).append(" skipped");
    if (!n.skipped.isEmpty()) {
      note.append(" (");
      boolean first = true;
      for (Map.Entry<Skip, Integer> s : n.skipped.entrySet()) {
        if (!first) {
          note.append("; ");
        }
        first = false;
        note.append(s.getKey().name().toLowerCase(Locale.ROOT)).append(' ').append(s.getValue())
            .append(": ").append(s.getKey().description);
      }
      note.append(')');
    }
    if (n.nsJavaSupported > 0) {
      note.append("; includes ").append(n.nsJavaSupported)
          .append(" results of cases marked NotSupported for java, ").append(n.nsJavaCorrect)
          .append(" right");
    }
    rows.add(EvalRow.accuracy(suite, "value accuracy", n.correct, n.supported, floor,
        note.toString()));
    if (type == Type.RANGE) {
      rows.add(EvalRow.accuracy(suite, "bound inclusiveness agreement", n.inclAgree, n.inclTotal,
          Double.NaN, "among value-correct ranges: our qualifier's inclusiveness vs the expected"
              + " brackets (we make RANGE closed, MORE_THAN/LESS_THAN open)"));
    }
    if (n.unitTotal > 0) {
      rows.add(EvalRow.accuracy(suite, "unit accuracy", n.unitCorrect, n.unitTotal, Double.NaN,
          "among value-correct results with a unit: same currency (ISO code) or unit of measure"));
    }
    rows.add(EvalRow.accuracy(suite, "precision", n.predictedMatched, n.predicted, Double.NaN,
        "our " + precisionSetName(type) + " that match an expected result"));
    return rows;
  }

  private static String precisionSetName(Type type) {
    return switch (type) {
      case NUMBER -> "quantities without unit";
      case RANGE -> "quantities qualified other than EXACT/APPROXIMATELY";
      case PERCENT -> "percentages";
      case CURRENCY -> "money amounts";
      case DIMENSION -> "measures (units other than time, money, percent)";
      case QUANTULUM -> "quantities";
    };
  }

  /**
   * For looking at failures: one line per expected result the recognizer misses, per quantity it
   * returns that matches nothing ("extra:"), per value-correct result with another unit ("unit:")
   * and per expected result skipped ("skipped CATEGORY:").
   */
  public static List<String> misses(Path evalDir) {
    List<String> out = new ArrayList<>();
    for (Suite s : suites(evalDir)) {
      for (String m : count(s.type(), s.cases()).misses) {
        out.add(s.name() + ": " + m);
      }
    }
    return out;
  }
}
