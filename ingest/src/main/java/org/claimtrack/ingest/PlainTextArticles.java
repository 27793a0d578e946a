package org.claimtrack.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;

/**
 * Reads a plain text article laid out as news sites print it: an optional dateline ("Friday,
 * November 22, 2024"), a title line (a "| CNN" suffix names the publisher), page furniture
 * ("Must read"), a publisher marker ("CNN —", "WASHINGTON (Reuters) -"), then the body, maybe
 * followed by more furniture ("Latest article"). Any of these may be missing; a file that starts
 * with a sentence is all body.
 */
public final class PlainTextArticles {
  private PlainTextArticles() {}

  /** Lines that are page furniture, not article text (compared lower-cased, trimmed). */
  static final Set<String> FURNITURE = Set.of(
      "must read", "latest article", "latest articles", "read more", "related", "related articles",
      "advertisement", "ad", "share", "share this", "share this article", "watch", "video",
      "sign up", "subscribe", "most read", "trending", "more from cnn", "recommended",
      "skip to content", "listen", "listen to this article", "copy link", "print", "comments",
      "top stories", "see all", "menu", "close", "more", "follow");

  private static final String MONTHS =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAYS =
      "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?";

  /** A line that is only a date, perhaps with a weekday, a time and "Updated"/"Published". */
  private static final Pattern DATELINE = Pattern.compile(
      "(?i)^\\s*(?:(?:updated|published|posted|last updated|first published)\\s*:?\\s*)?"
          + "(?:\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4})?\\s*,?\\s*)?"
          + "(?:" + WEEKDAYS + ",?\\s+)?"
          + "(?<date>" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{1,2}\\s+" + MONTHS + ",?\\s+\\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2})"
          + "(?:\\s*,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4})?)?\\s*$");

  /** "CNN", "(CNN)", "Example Wire" alone on a line (the dash follows on the next line). */
  private static final Pattern MARKER_NAME = Pattern.compile("^\\s*\\(?([A-Z][A-Za-z0-9.&' ]{0,40}?)\\)?\\s*$");

  /** A line that is just a dash. */
  private static final Pattern DASH_LINE = Pattern.compile("^\\s*[—–-]{1,2}\\s*$");

  /** A publisher marker alone on a line: "Example Wire —", "(CNN) —". */
  private static final Pattern MARKER_LINE =
      Pattern.compile("^\\(?(?<pub>[A-Z][A-Za-z0-9.&' ]{0,40}?)\\)?\\s*[—–-]{1,2}\\s*$");

  /** "WASHINGTON (Reuters) -", "KYIV, Ukraine (AP) —" at the start of the body. */
  private static final Pattern CITY_MARKER = Pattern.compile(
      "^(?:[A-Z][A-Z .'-]{1,30}(?:,\\s*[A-Z][A-Za-z .']{1,30})?(?:,\\s*[A-Z][a-z]{2,4}\\.?\\s+\\d{1,2})?)\\s*"
          + "\\((?<pub>[A-Z][^)]{0,30})\\)\\s*[—–-]{1,2}\\s*");

  /** "(CNN) —" at the start of the body. */
  private static final Pattern PAREN_MARKER =
      Pattern.compile("^\\((?<pub>[A-Z][^)]{0,30})\\)\\s*[—–-]{1,2}\\s*");

  /** "CNN — " at the start of the body: taken only for a known publisher or a short acronym. */
  private static final Pattern BARE_MARKER =
      Pattern.compile("^(?<pub>[A-Z][A-Za-z0-9.&']*(?: [A-Z][A-Za-z0-9.&']*){0,2})\\s*[—–]\\s+");

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      fmt("MMMM d uuuu"), fmt("MMM d uuuu"), fmt("d MMMM uuuu"), fmt("d MMM uuuu"), fmt("uuuu-MM-dd"));

  private static DateTimeFormatter fmt(String p) {
    return DateTimeFormatter.ofPattern(p, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Reads one article.
   *
   * @param file the file name as given (no folders)
   * @param text the decoded text
   * @param publishedOverride a date that wins over the dateline, or null
   */
  public static Result<Article> parse(String file, String text, LocalDate publishedOverride) {
    List<Line> lines = lines(text);
    LocalDate published = null;
    String title = null;
    String publisher = null;
    int bodyStart = -1;
    int i = 0;
    int headerLines = 0;
    for (; i < lines.size(); i++) {
      Line l = lines.get(i);
      String t = l.trimmed();
      if (t.isEmpty()) continue;
      if (headerLines++ > 12) break;
      if (published == null) {
        LocalDate d = dateline(t);
        if (d != null) {
          published = d;
          continue;
        }
      }
      if (isFurniture(t)) continue;
      // "CNN" on its own line followed by a dash line, or "Example Wire —" alone
      Matcher mn = MARKER_NAME.matcher(t);
      int next = nextNonEmpty(lines, i + 1);
      if (mn.matches() && next >= 0 && DASH_LINE.matcher(lines.get(next).trimmed()).matches()) {
        if (publisher == null) publisher = mn.group(1).trim();
        i = next;
        continue;
      }
      Matcher ml = MARKER_LINE.matcher(t);
      if (ml.matches() && t.length() <= 45) {
        if (publisher == null) publisher = ml.group("pub").trim();
        continue;
      }
      if (title == null && looksLikeTitle(t, lines, i)) {
        int bar = t.lastIndexOf(" | ");
        if (bar > 0 && t.length() - bar < 40) {
          title = t.substring(0, bar).trim();
          if (publisher == null) publisher = t.substring(bar + 3).trim();
        } else {
          title = t;
        }
        continue;
      }
      bodyStart = l.start() + leadingSpace(l.text());
      String body = l.text().substring(leadingSpace(l.text()));
      Matcher m = CITY_MARKER.matcher(body);
      if (!m.find()) m = PAREN_MARKER.matcher(body);
      if (!m.find(0)) {
        m = BARE_MARKER.matcher(body);
        if (m.find()) {
          String pub = m.group("pub");
          boolean known = publisher != null && publisher.equalsIgnoreCase(pub);
          if (!known && !pub.matches("[A-Z]{2,6}")) m = null;
        } else {
          m = null;
        }
      }
      if (m != null && m.end() < body.length()) {
        if (publisher == null) publisher = m.group("pub").trim();
        bodyStart += m.end();
      }
      break;
    }
    if (bodyStart < 0) {
      // nothing but header: a one-line file is body, not a title
      Line first = firstNonEmpty(lines);
      if (first == null) {
        return Result.failed(file, Problem.Code.EMPTY, "empty: the input holds only whitespace");
      }
      if (title != null && title.equals(first.trimmed())) {
        title = null;
        bodyStart = first.start() + leadingSpace(first.text());
      } else {
        return Result.failed(file, Problem.Code.NO_SENTENCES,
            "no article body: only a header (date, title or furniture) was found");
      }
    }
    // trailing furniture
    int bodyEnd = text.length();
    for (int k = lines.size() - 1; k >= 0; k--) {
      Line l = lines.get(k);
      if (l.start() + l.text().length() <= bodyStart) break;
      String t = l.trimmed();
      if (t.isEmpty() || isFurniture(t)) {
        bodyEnd = l.start();
        continue;
      }
      int e = l.text().length();
      while (e > 0 && isSpace(l.text().charAt(e - 1))) e--;
      bodyEnd = l.start() + e;
      break;
    }
    if (bodyEnd <= bodyStart) {
      return Result.failed(file, Problem.Code.NO_SENTENCES, "no article body after the header");
    }
    LocalDate date = publishedOverride != null ? publishedOverride : published;
    String id = file;
    return Result.ok(new Article(id, file, text, new Span(bodyStart, bodyEnd), title, publisher, date, null,
        ArticleHash.of(text.substring(bodyStart, bodyEnd))));
  }

  /** The date of a dateline, or null when the line is not one. */
  static LocalDate dateline(String line) {
    if (line.length() > 80) return null;
    Matcher m = DATELINE.matcher(line);
    if (!m.matches()) return null;
    return parseDate(m.group("date"));
  }

  static LocalDate parseDate(String s) {
    String norm = s.replace(",", " ").replace(".", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1")
        .replaceAll("\\s+", " ").trim();
    norm = normalizeMonth(norm);
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(norm, f);
      } catch (DateTimeParseException e) {
        // try the next layout
      }
    }
    return null;
  }

  /** "Sept" and "Sep" → "Sep", so that java.time's short month names match. */
  private static String normalizeMonth(String s) {
    return s.replaceAll("\\bSept\\b", "Sep");
  }

  static boolean isFurniture(String trimmed) {
    return trimmed.length() <= 40 && FURNITURE.contains(trimmed.toLowerCase(Locale.ROOT));
  }

  /**
   * A title is a single line, not too long, that does not end like a sentence, followed by more
   * text; or any line with a "| Publisher" suffix.
   */
  private static boolean looksLikeTitle(String t, List<Line> lines, int i) {
    if (t.length() > 250) return false;
    if (nextNonEmpty(lines, i + 1) < 0) return false;
    int bar = t.lastIndexOf(" | ");
    if (bar > 0 && t.length() - bar < 40) return true;
    // a title stands alone: the next line is blank
    if (i + 1 < lines.size() && !lines.get(i + 1).trimmed().isEmpty()) return false;
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == ':' || last == ';' || last == ',') return false;
    // a sentence-long first line ending with a quote is body ("... ,” he said.")
    return t.split("\\s+").length <= 30;
  }

  private static int nextNonEmpty(List<Line> lines, int from) {
    for (int k = from; k < lines.size(); k++) {
      if (!lines.get(k).trimmed().isEmpty()) return k;
    }
    return -1;
  }

  private static Line firstNonEmpty(List<Line> lines) {
    int k = nextNonEmpty(lines, 0);
    return k < 0 ? null : lines.get(k);
  }

  private static int leadingSpace(String s) {
    int k = 0;
    while (k < s.length() && isSpace(s.charAt(k))) k++;
    return k;
  }

  record Line(int start, String text) {
    /** The line without spaces at either end, non-breaking spaces and a BOM included. */
    String trimmed() {
      return strip(text);
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  static String strip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) b++;
    while (e > b && isSpace(s.charAt(e - 1))) e--;
    return s.substring(b, e);
  }

  static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        out.add(new Line(start, text.substring(start, k)));
        if (c == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n') k++;
        start = k + 1;
      }
    }
    if (start <= text.length()) out.add(new Line(start, text.substring(start)));
    return out;
  }
}
