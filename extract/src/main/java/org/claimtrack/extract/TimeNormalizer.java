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
  static final String STAGE = "time.v1";

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
      Pattern.compile("(?i)^(will|'ll|’ll|shall|going|scheduled|set|due|expected|plans?|planned|planning|upcoming|next|until|by|to)$");

  /** One temporal expression after normalization. */
  record Normalized(Timex timex, String value) {}

  private TimeNormalizer() {}

  static List<Normalized> normalize(Sentence s, String text, LocalDate documentDate) {
    List<Normalized> out = new ArrayList<>();
    for (Timex t : s.timexesOrEmpty()) {
      if (isNounModifier(s, t)) continue;
      out.add(new Normalized(t, value(s, t, text, documentDate)));
    }
    return out;
  }

  static String value(Sentence s, Timex t, String text, LocalDate documentDate) {
    String surface = t.span().of(text).trim();
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
    }
    return t.value();
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
