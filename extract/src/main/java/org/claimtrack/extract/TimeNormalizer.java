package org.claimtrack.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Timex;
import org.claimtrack.nlp.Token;

/**
 * Stage {@code time.v1}: SUTime's temporal expressions, re-normalized where news conventions
 * differ from SUTime's. A weekday ("Thursday", "on Monday morning") resolves to the latest such
 * day on or before the article's date, unless the words around it speak of the future ("will
 * meet on Monday"), when it is the next such day; "last Monday" is the latest before the
 * article's date, "next Monday" the first after it. Everything else keeps SUTime's value.
 */
final class TimeNormalizer {
  static final String STAGE = org.claimtrack.extract.words.StageVersion.of("time", 2, java.util.List.of(TimeNormalizer.class),
      java.util.List.of(), java.util.List.of());

  private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
      Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
      Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
      Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
      Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

  /** "[on|last|next|this|past|coming] <weekday>[.] [morning|afternoon|evening|night]". */
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(?:(on|last|next|this|past|coming|early|late)\\s+)?(?:(last|next|this|past|coming)\\s+)?"
          + "(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?"
          + "(?:\\s*,?\\s*(morning|afternoon|evening|night|overnight))?$");

  private static final Map<String, String> PART_OF_DAY =
      Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI", "overnight", "TNI");

  /** Words before a date that put it in the future. */
  private static final Pattern FUTURE =
      Pattern.compile("(?i)^(will|'ll|’ll|shall|going|scheduled|upcoming|next|until)$");

  /** One temporal expression after normalization. */
  record Normalized(Timex timex, String value) {}

  private TimeNormalizer() {}

  static List<Normalized> normalize(Sentence s, String text, LocalDate documentDate) {
    List<Normalized> out = new ArrayList<>();
    for (Timex t : s.timexesOrEmpty()) {
      if (isNounModifier(s, t) || isVagueReference(s, t, text) || isAge(s, t, text)) continue;
      Matcher years = YEAR_RANGE.matcher(t.span().of(text));
      if (years.matches()) {
        // "2009-2010": two years, as TimeML marks them, not one duration
        int b = t.span().start();
        Span first = new Span(b + years.start(1), b + years.end(1));
        Span second = new Span(b + years.start(2), b + years.end(2));
        out.add(new Normalized(new Timex(first, t.firstToken(), t.endToken(), "DATE", years.group(1)), years.group(1)));
        out.add(new Normalized(new Timex(second, t.firstToken(), t.endToken(), "DATE", years.group(2)), years.group(2)));
        continue;
      }
      out.add(new Normalized(t, value(s, t, text, documentDate)));
    }
    return out;
  }

  static String value(Sentence s, Timex t, String text, LocalDate documentDate) {
    String surface = t.span().of(text).trim();
    String v = t.value();
    if (documentDate != null) {
      Matcher m = WEEKDAY.matcher(surface);
      if (m.matches()) {
        String mod = m.group(2) != null ? m.group(2) : m.group(1);
        mod = mod == null ? "" : mod.toLowerCase(Locale.ROOT);
        DayOfWeek day = DAYS.get(m.group(3).toLowerCase(Locale.ROOT));
        LocalDate d;
        switch (mod) {
          case "last", "past" -> d = documentDate.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
          case "next", "coming" -> d = documentDate.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
          default -> d = futureContext(s, t)
              ? documentDate.with(TemporalAdjusters.nextOrSame(day))
              : documentDate.with(TemporalAdjusters.previousOrSame(day));
        }
        String pod = m.group(4) == null ? "" : PART_OF_DAY.get(m.group(4).toLowerCase(Locale.ROOT));
        return d + pod;
      }
      // "N years ago": as precise as the unit ("four years ago" is a year, not a day)
      Matcher ago = AGO.matcher(surface);
      if (ago.find() && v != null && v.length() >= 4) {
        String unit = ago.group(1).toLowerCase(Locale.ROOT);
        if (unit.startsWith("year") && v.matches("\\d{4}.*")) return v.substring(0, 4);
        if (unit.startsWith("month") && v.matches("\\d{4}-\\d{2}.*")) return v.substring(0, 7);
      }
      // "the last week", "the previous year", "this week": relative to the article's date
      Matcher rel = RELATIVE_UNIT.matcher(surface);
      if (rel.matches()) {
        int back = rel.group(1).equalsIgnoreCase("this") ? 0 : 1;
        String unit = rel.group(2).toLowerCase(Locale.ROOT);
        switch (unit) {
          case "week" -> {
            LocalDate d = documentDate.minusWeeks(back);
            return String.format("%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
          }
          case "month" -> {
            return java.time.YearMonth.from(documentDate).minusMonths(back).toString();
          }
          case "year" -> {
            return String.valueOf(documentDate.getYear() - back);
          }
          default -> {
            LocalDate d = documentDate.minusMonths(3L * back);
            return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
          }
        }
      }
      // "about a month earlier": the amount of time is the expression; TimeML gives its duration
      Matcher shift = SHIFTED_DURATION.matcher(surface);
      if (shift.matches()) {
        String d = durationOf(shift.group(1), shift.group(2));
        if (d != null) return d;
      }
      // "the past several months", "the next three years", "the past decade": a stretch of time
      Matcher stretch = STRETCH.matcher(surface);
      if (stretch.matches()) {
        String n = stretch.group(1) == null ? "1" : stretch.group(1).toLowerCase(Locale.ROOT);
        String u = (stretch.group(2) != null ? stretch.group(2) : stretch.group(4)).toLowerCase(Locale.ROOT);
        String amount = VAGUE_AMOUNTS.contains(n) ? "X" : null;
        if (amount == null) {
          String d = durationOf(n, u.replaceAll("s$", ""));
          if (d != null) return u.startsWith("decade") ? "P" + Integer.parseInt(d.substring(1, d.length() - 2)) * 10 + "Y" : d;
        } else {
          return "P" + amount + switch (u.replaceAll("s$", "")) {
            case "day" -> "D";
            case "week" -> "W";
            case "month" -> "M";
            case "year" -> "Y";
            default -> "DE";
          };
        }
      }
      // a month named without a year, resolved into the future though nothing speaks of it:
      // news reports what happened, so it is the last such month ("in August" read in March)
      if (v != null && MONTH_VALUE.matcher(v).matches() && !surface.matches(".*\\d{4}.*")) {
        java.time.YearMonth ym = java.time.YearMonth.parse(v.substring(0, 7));
        // a month or day just ahead is more likely the coming one; far ahead, the last one
        int ahead = (ym.getYear() - documentDate.getYear()) * 12 + ym.getMonthValue() - documentDate.getMonthValue();
        if (ahead > (v.length() > 7 ? 1 : 2) && !futureClause(s, t)) {
          return ym.minusYears(1) + v.substring(7);
        }
      }
    }
    if (v == null) return null;
    // "the 20th century" is "19" in TIMEX3, not "19XX"
    Matcher century = CENTURY.matcher(v);
    if (century.matches() && surface.toLowerCase(Locale.ROOT).contains("century")) return century.group(1);
    // a time zone offset is not part of a TIMEX3 value
    Matcher zone = ZONE.matcher(v);
    if (zone.matches()) return zone.group(1);
    // "every morning": a set of days
    if (v.startsWith("T") && v.length() == 3 && "SET".equals(t.type())) return "XXXX-XX-XX" + v;
    return v;
  }

  private static final Pattern YEAR_RANGE = Pattern.compile("^((?:1[89]|20)\\d{2})\\s*[-\u2013\u2014]\\s*((?:1[89]|20)\\d{2})$");
  private static final Pattern AGO = Pattern.compile("(?i)\\b(years?|months?)\\s+ago\\b");
  private static final Pattern RELATIVE_UNIT =
      Pattern.compile("(?i)^(?:the\\s+)?(last|past|previous|this)\\s+(week|month|year|quarter)$");
  private static final Pattern SHIFTED_DURATION = Pattern.compile(
      "(?i)^(?:about|around|nearly|almost|some|roughly|more than|less than|over|just)?\\s*"
          + "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(day|week|month|year|decade)s?"
          + "\\s+(?:earlier|later|before|after|from now)$");
  private static final Pattern STRETCH = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:past|last|next|coming|previous|following)\\s+"
          + "(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|few|many)\\s+(days?|weeks?|months?|years?|decades?)"
          + "|()(decade))$");
  private static final java.util.Set<String> VAGUE_AMOUNTS = java.util.Set.of("several", "few", "many");
  private static final Pattern MONTH_VALUE = Pattern.compile("^\\d{4}-\\d{2}(?:-\\d{2})?$");
  private static final Pattern CENTURY = Pattern.compile("^(\\d{2})XX$");
  private static final Pattern ZONE = Pattern.compile("^(.*T\\d{2}:\\d{2}(?::\\d{2})?)[+-]\\d{4}$");
  private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

  private static String durationOf(String n, String unit) {
    Integer k = SMALL.get(n.toLowerCase(Locale.ROOT));
    if (k == null) {
      try {
        k = Integer.parseInt(n);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day" -> "P" + k + "D";
      case "week" -> "P" + k + "W";
      case "month" -> "P" + k + "M";
      case "year" -> "P" + k + "Y";
      case "decade" -> "P" + k + "DE";
      default -> null;
    };
  }

  /**
   * The clause before a month name speaks of what is to come: "is due to be published in May",
   * "to run through June", "will meet in August".
   */
  private static boolean futureClause(Sentence s, Timex t) {
    for (int i = Math.max(0, t.firstToken() - 10); i < t.firstToken(); i++) {
      Token tok = s.token(i);
      String w = tok.text().toLowerCase(Locale.ROOT);
      if (FUTURE.matcher(tok.text()).matches() || FUTURE_CLAUSE.contains(w)) return true;
      if (w.equals("to") && i + 1 < s.size() && s.token(i + 1).pos().equals("VB")) return true;
    }
    return false;
  }

  private static final java.util.Set<String> FUTURE_CLAUSE = java.util.Set.of(
      "due", "expected", "expects", "plans", "planned", "planning", "scheduled", "set", "through", "by", "would",
      "should", "could", "may", "might", "intends", "aims", "hopes");

  /** "once", "recently", "current": SUTime's PAST_REF/PRESENT_REF for words that do not date anything. */
  private static boolean isVagueReference(Sentence s, Timex t, String text) {
    if (t.value() == null || !t.value().endsWith("_REF")) return false;
    String w = t.span().of(text).trim().toLowerCase(Locale.ROOT);
    return VAGUE.contains(w);
  }

  private static final java.util.Set<String> VAGUE = java.util.Set.of(
      "once", "recently", "previously", "current", "time", "formerly", "lately", "former", "recent");

  /** "a 22-year-old man": an age, not a time. */
  private static boolean isAge(Sentence s, Timex t, String text) {
    int end = t.span().end();
    String surface = t.span().of(text).toLowerCase(Locale.ROOT);
    return surface.endsWith("-old") || text.startsWith("-old", end) || text.startsWith(" old", end) && "DURATION".equals(t.type());
  }

  /** "winter clothing", "spring offensive"? A lone season or part-of-day word before a noun names a kind of thing. */
  private static boolean isNounModifier(Sentence s, Timex t) {
    if (t.endToken() - t.firstToken() != 1 || t.endToken() >= s.size()) return false;
    String w = s.token(t.firstToken()).text().toLowerCase(Locale.ROOT);
    if (!SEASONS.contains(w)) return false;
    Token next = s.token(t.endToken());
    return next.isNoun() && !next.text().equalsIgnoreCase("season");
  }

  private static final java.util.Set<String> SEASONS =
      java.util.Set.of("winter", "summer", "spring", "autumn", "fall", "morning", "evening", "night", "afternoon", "weekend");

  /** True when a future marker is among the few tokens before the expression. */
  private static boolean futureContext(Sentence s, Timex t) {
    int from = Math.max(0, t.firstToken() - 4);
    for (int i = from; i < t.firstToken(); i++) {
      Token tok = s.token(i);
      if (FUTURE.matcher(tok.text()).matches() || tok.pos().equals("MD") && tok.lemma().equals("will")) {
        return true;
      }
    }
    return false;
  }

  /** A calendar date of day precision in a TIMEX3 value ("2024-11-21", "2024-11-21TAF"), or null. */
  static LocalDate day(String value) {
    if (value == null || value.length() < 10) return null;
    String d = value.substring(0, 10);
    if (!d.matches("\\d{4}-\\d{2}-\\d{2}")) return null;
    if (value.length() > 10 && value.charAt(10) != 'T') return null;
    try {
      return LocalDate.parse(d);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A calendar value a claim can be about: a day, week, month, quarter, season or year
   * ("2024-11-20", "2024-W47", "2024-11", "2024-Q4", "2024-SU", "2024"), without time of day;
   * null for references like "PRESENT_REF", durations and unresolved values.
   */
  static String calendar(String value) {
    if (value == null) return null;
    Matcher m = CALENDAR.matcher(value);
    return m.find() ? m.group(1) : null;
  }

  private static final Pattern CALENDAR =
      Pattern.compile("^(\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|W\\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?)(?:T.*)?$");
}
