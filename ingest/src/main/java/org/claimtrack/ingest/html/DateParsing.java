package org.claimtrack.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them: ISO 8601 and its relatives in metadata ("2019-11-19T05:00:00Z",
 * "20191119", "2019/11/19"), epoch seconds, and written dates in visible text ("November 19,
 * 2019", "19 Nov 2019", "19 de novembro de 2019", "19.11.2019"). A date with a time keeps the
 * calendar date as written (the page's own time zone), without conversion. Years outside
 * 1990-2100 are refused, and so are slashed dates whose day and month cannot be told apart
 * ("03/04/2019"). Never consults the clock, so results do not depend on when they are computed.
 */
final class DateParsing {
  private DateParsing() {}

  static final int MIN_YEAR = 1990;
  static final int MAX_YEAR = 2100;

  /** Year first, with "-", "/" or "." between the parts: the start of an ISO timestamp. */
  private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

  /** Eight digits, "20191119", alone or followed by a time ("20191119T0500"). */
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T ]\\d)");

  /** Epoch seconds or milliseconds, alone. */
  private static final Pattern EPOCH = Pattern.compile("^(\\d{10}|\\d{13})$");

  /** Day first, with "." (German, Russian...) or "/" and "-" (most of the world but the US). */
  private static final Pattern DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)");

  /** Month names (and their usual short forms) in English and some other Latin-script languages. */
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      // en
      {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
      {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
      {"november", "nov"}, {"december", "dec"},
      // fr
      {"janvier", "janv"}, {"février", "fevrier", "févr", "fevr"}, {"mars"}, {"avril", "avr"}, {"mai"},
      {"juin"}, {"juillet", "juil"}, {"août", "aout"}, {"septembre"}, {"octobre"}, {"novembre"},
      {"décembre", "decembre", "déc"},
      // de
      {"januar", "jänner"}, {"februar"}, {"märz", "maerz"}, {}, {}, {"juni"}, {"juli"}, {}, {}, {"oktober", "okt"},
      {}, {"dezember", "dez"},
      // es
      {"enero", "ene"}, {"febrero"}, {"marzo"}, {"abril", "abr"}, {"mayo"}, {"junio"}, {"julio"}, {"agosto", "ago"},
      {"septiembre", "setiembre", "set"}, {"octubre"}, {"noviembre"}, {"diciembre", "dic"},
      // pt
      {"janeiro"}, {"fevereiro", "fev"}, {"março", "marco"}, {}, {"maio"}, {"junho"}, {"julho"}, {},
      {"setembro"}, {"outubro", "out"}, {"novembro"}, {"dezembro"},
      // it
      {"gennaio", "gen"}, {"febbraio"}, {}, {"aprile"}, {"maggio", "mag"}, {"giugno", "giu"}, {"luglio", "lug"},
      {}, {"settembre"}, {"ottobre", "ott"}, {}, {"dicembre"},
      // nl, id
      {"januari"}, {"februari", "pebruari"}, {"maart", "maret"}, {}, {"mei"}, {"juni"}, {"juli"}, {"agustus", "agu", "agt"},
      {}, {"oktober"}, {"nopember"}, {"desember", "des"},
    };
    for (int i = 0; i < names.length; i++) {
      int month = i % 12 + 1;
      for (String n : names[i]) MONTHS.putIfAbsent(n, month);
    }
  }

  private static final String MONTH_WORD = "(\\p{L}{3,10})\\.?";

  /** "November 19, 2019", "Nov. 19th 2019". */
  private static final Pattern MDY_WORDS = Pattern.compile(
      "(?<!\\p{L})" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

  /** "19 November 2019", "19. November 2019", "19 de novembro de 2019", "Tue, 19 Nov 2019". */
  private static final Pattern DMY_WORDS = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?" + MONTH_WORD + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");

  /**
   * A date from a metadata value (a timestamp, usually ISO 8601), or null. Written dates are
   * accepted too, since some sites put them in their meta tags.
   */
  static LocalDate parseMeta(String s) {
    if (s == null) return null;
    String t = s.strip();
    if (t.isEmpty() || t.length() > 200) return null;
    Matcher m = COMPACT.matcher(t);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = EPOCH.matcher(t);
    if (m.matches()) {
      long v = Long.parseLong(t);
      if (t.length() == 13) v /= 1000;
      try {
        LocalDate d = Instant.ofEpochSecond(v).atOffset(ZoneOffset.UTC).toLocalDate();
        return plausible(d) ? d : null;
      } catch (DateTimeException e) {
        return null;
      }
    }
    m = YMD.matcher(t);
    if (m.find() && m.start() <= 12) return date(m.group(1), m.group(3), m.group(4));
    return parseText(t);
  }

  /** The first written date in a piece of visible text ("Published Nov. 19, 2019 at 5:00 a.m."), or null. */
  static LocalDate parseText(String s) {
    return parseText(s, null);
  }

  /**
   * The first written date in a piece of visible text, or null.
   *
   * @param dayFirst how to read a slashed date whose parts could both be the month ("05/10/2018"):
   *     day first, month first, or null to refuse it
   */
  static LocalDate parseText(String s, Boolean dayFirst) {
    if (s == null || s.isEmpty()) return null;
    String t = s.length() > 400 ? s.substring(0, 400) : s;
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = MDY_WORDS.matcher(t);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month == null) continue;
      LocalDate d = date(m.group(3), month, m.group(2));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    m = DMY_WORDS.matcher(t);
    while (m.find() && m.start() < bestAt) {
      Integer month = month(m.group(2));
      if (month == null) continue;
      LocalDate d = date(m.group(3), month, m.group(1));
      if (d != null) {
        best = d;
        bestAt = m.start();
        break;
      }
    }
    m = YMD.matcher(t);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = date(m.group(1), m.group(3), m.group(4));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DMY.matcher(t);
    if (m.find() && m.start() < bestAt) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      LocalDate d = null;
      if (m.group(2).equals(".") || (a > 12 && b <= 12) || (a <= 12 && b <= 12 && Boolean.TRUE.equals(dayFirst))) {
        d = date(m.group(4), b, m.group(1));
      } else if ((b > 12 && a <= 12) || (a <= 12 && b <= 12 && Boolean.FALSE.equals(dayFirst))) {
        d = date(m.group(4), a, m.group(3));
      }
      if (d != null) best = d;
    }
    return best;
  }

  /** True for a month name or its short form in one of the known languages ("nov", "novembro"). */
  static boolean isMonth(String word) {
    return month(word) != null;
  }

  /**
   * How a page in this language writes ambiguous slashed dates: US English month first, other
   * languages day first, English elsewhere or unknown: null (refuse).
   */
  static Boolean dayFirst(String language) {
    if (language == null) return null;
    String l = language.toLowerCase(Locale.ROOT);
    if (l.equals("en-us")) return Boolean.FALSE;
    if (l.startsWith("en")) return null;
    return Boolean.TRUE;
  }

  private static Integer month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT));
  }

  private static LocalDate date(String y, String m, String d) {
    return date(y, Integer.parseInt(m), d);
  }

  private static LocalDate date(String y, int month, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), month, Integer.parseInt(d));
      return plausible(date) ? date : null;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static boolean plausible(LocalDate d) {
    return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
  }
}
