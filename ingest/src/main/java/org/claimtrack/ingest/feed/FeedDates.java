package org.claimtrack.ingest.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed dates as the publisher wrote them. A date-time is taken on the calendar day it states, in its
 * own zone: "Fri, 22 Nov 2024 23:30:00 -0500" is 22 November (Rome's {@code java.util.Date} makes
 * it the 23rd, in UTC). Reads RFC 822 dates as RSS uses them (with or without weekday and
 * seconds, 2- or 4-digit years, numeric offsets or US zone names) and ISO 8601 / RFC 3339 as Atom
 * and Dublin Core use them.
 */
final class FeedDates {
  private FeedDates() {}

  /** "[Fri,] 22 Nov 2024 [23:30[:00]] [zone]". */
  private static final Pattern RFC822 = Pattern.compile(
      "(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2}|\\d{4})"
          + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?(?:\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}))?"
          + "(?:\\s*\\(.*\\))?\\s*");

  private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("MMM").toFormatter(Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_LONG = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("MMMM").toFormatter(Locale.ENGLISH);

  /** The publisher's calendar day, or null when the text is not a date this reads. */
  static LocalDate parse(String raw) {
    if (raw == null) return null;
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 80) return null;
    LocalDate iso = iso(s);
    if (iso != null) return iso;
    return rfc822(s);
  }

  private static LocalDate iso(String s) {
    if (s.length() < 10 || !Character.isDigit(s.charAt(0))) return null;
    String t = s.replace(' ', 'T');
    // "+0900" to "+09:00", which java.time wants
    t = t.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
    try {
      return OffsetDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      // no offset, or date only
    }
    try {
      return LocalDateTime.parse(t).toLocalDate();
    } catch (DateTimeParseException e) {
      // date only
    }
    try {
      return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDate rfc822(String s) {
    Matcher m = RFC822.matcher(s);
    if (!m.matches()) return null;
    try {
      int day = Integer.parseInt(m.group(1));
      int month = month(m.group(2));
      int year = Integer.parseInt(m.group(3));
      if (m.group(3).length() == 2) year += year < 70 ? 2000 : 1900;
      // the day as written is the publisher's day, whatever the zone
      return LocalDate.of(year, month, day);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static int month(String name) {
    try {
      return MONTH.parse(name).get(ChronoField.MONTH_OF_YEAR);
    } catch (DateTimeParseException e) {
      String n = name.equalsIgnoreCase("sept") ? "Sep" : name;
      try {
        return MONTH.parse(n).get(ChronoField.MONTH_OF_YEAR);
      } catch (DateTimeParseException e2) {
        return MONTH_LONG.parse(name).get(ChronoField.MONTH_OF_YEAR);
      }
    }
  }
}
