package org.claimtrack.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What a page says about its article, each field from the most trusted signal that states it:
 * JSON-LD, then Open Graph, then other meta tags ({@code citation_*}, {@code parsely-*},
 * {@code sailthru.*}, Dublin Core...), then {@code <time datetime>}, then the visible byline,
 * then the URL.
 *
 * @param url canonical URL ({@code <link rel=canonical>}, og:url, JSON-LD url) or the base URL, or null
 * @param title headline, or "" when none
 * @param published publication date, or null
 * @param dateSource the signal that gave {@code published}, or null
 * @param authors author names, maybe empty
 * @param publisher publisher or site name, or null
 * @param language page language, or null
 */
record Metadata(String url, String title, LocalDate published, String dateSource, List<String> authors,
    String publisher, String language) {

  Metadata {
    authors = List.copyOf(authors);
  }

  /** Open Graph (and its article: namespace) date properties. */
  private static final List<String> OG_DATES = List.of(
      "article:published_time", "og:article:published_time", "og:published_time", "article:published",
      "og:pubdate", "article:published_date");

  /** Other meta tags that state the publication date, most specific first. */
  private static final List<String> META_DATES = List.of(
      "datepublished", "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date",
      "citation_online_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
      "dcterms.created", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
      "publication-date", "article.published", "article_date_original", "originalpublicationdate",
      "original-publish-date", "date", "release_date", "displaydate", "cxenseparse:recs:publishtime",
      "eomportal-lastupdate", "sort_date", "article:post_date", "datecreated");

  private static final List<String> META_AUTHORS = List.of(
      "author", "article:author", "parsely-author", "sailthru.author", "citation_author", "dc.creator",
      "dcterms.creator", "byl", "byline", "author_name", "twitter:data1");

  private static final List<String> META_TITLES = List.of(
      "og:title", "twitter:title", "citation_title", "parsely-title", "sailthru.title", "dc.title", "title",
      "headline");

  private static final List<String> META_PUBLISHERS = List.of(
      "og:site_name", "publisher", "citation_publisher", "citation_journal_title", "dc.publisher",
      "dcterms.publisher", "application-name", "apple-mobile-web-app-title");

  private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");
  private static final Pattern BY = Pattern.compile(
      "(?i)^\\s*(?:(?:written|posted|story|words|analysis|opinion|commentary|review|reviewed|reporting|text|texto)"
          + "\\s+)?(?:by|von|por|par|di|oleh|door)\\s*:?\\s+");
  private static final Pattern AGENCY_SUFFIX = Pattern.compile(
      "(?i),?\\s+(?:the\\s+)?(?:associated press|ap|reuters|afp|bloomberg|cnn)$");
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\be\\b|\\by\\b|\\bdan\\b)\\s*");
  private static final Pattern BYLINE_CUT = Pattern.compile(
      "(?i)\\s*(?:\\||\\n|—|–| - |·|•|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\\bat\\s+\\d|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d).*$",
      Pattern.DOTALL);
  private static final Pattern URL_YMD = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?=/|$|[^\\d])");
  private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?=[/_.-]|$)");

  static Metadata read(Document doc, String baseUrl) {
    JsonLd ld = JsonLd.of(doc);
    JsonNode art = ld.article();
    Map<String, List<String>> meta = metaTags(doc);

    // publisher first: titles lose a " | Publisher" suffix
    String publisher = null;
    if (art != null) {
      List<String> p = ld.names(art.get("publisher"));
      if (!p.isEmpty()) publisher = clean(p.get(0));
    }
    if (publisher == null) publisher = first(meta, META_PUBLISHERS);

    String url = canonical(doc, meta, art, baseUrl);

    String title = null;
    if (art != null) {
      title = clean(JsonLd.text(art.get("headline")));
      if (title == null && !JsonLd.hasType(art, java.util.Set.of("webpage"))) title = clean(JsonLd.text(art.get("name")));
    }
    if (title == null) title = withoutSiteName(first(meta, META_TITLES), publisher, url);
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      if (h1 != null) title = clean(h1.text());
    }
    if (title == null) title = withoutSiteName(clean(doc.title()), publisher, url);
    if (title == null) title = "";
    // a "publisher" that is the page's own title (an app name set to the headline) names nothing
    if (publisher != null && !title.isEmpty() && BodyExtractor.norm(publisher).equals(BodyExtractor.norm(title))) publisher = null;
    if (publisher == null) publisher = siteName(doc, url);

    String language = language(doc, meta, art);
    LocalDate published = null;
    String source = null;
    if (art != null) {
      published = DateParsing.parseMeta(JsonLd.text(art.get("datePublished")));
      if (published == null) published = DateParsing.parseMeta(JsonLd.text(art.get("dateCreated")));
      if (published != null) source = "json-ld";
    }
    if (published == null) {
      published = firstDate(meta, OG_DATES);
      if (published != null) source = "opengraph";
    }
    if (published == null) {
      published = firstDate(meta, META_DATES);
      if (published == null) published = parselyPage(meta);
      if (published != null) source = "meta";
    }
    if (published == null) {
      published = timeElement(doc);
      if (published != null) source = "time";
    }
    if (published == null) {
      published = bylineDate(doc, title, DateParsing.dayFirst(language));
      if (published != null) source = "byline";
    }
    if (published == null) {
      published = urlDate(url);
      if (published == null && baseUrl != null) published = urlDate(baseUrl);
      if (published != null) source = "url";
    }

    List<String> authors = new ArrayList<>();
    if (art != null) {
      for (String a : ld.names(art.get("author"))) addAuthors(authors, a);
      if (authors.isEmpty()) for (String a : ld.names(art.get("creator"))) addAuthors(authors, a);
    }
    if (authors.isEmpty()) {
      for (String key : META_AUTHORS) {
        for (String a : meta.getOrDefault(key, List.of())) addAuthors(authors, a);
        if (!authors.isEmpty()) break;
      }
    }
    if (authors.isEmpty()) bylineAuthors(doc, authors);

    return new Metadata(url, title, published, source, authors, publisher, language);
  }

  /** Meta tags by lower-cased name, property, itemprop or http-equiv: every content, in page order. */
  static Map<String, List<String>> metaTags(Document doc) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Element m : doc.select("meta[content], meta[value], [itemprop][content], [itemprop][datetime]")) {
      String content = m.hasAttr("content") ? m.attr("content") : m.hasAttr("datetime") ? m.attr("datetime") : m.attr("value");
      if (content.isBlank()) continue;
      for (String attr : List.of("name", "property", "itemprop", "http-equiv")) {
        String k = m.attr(attr);
        if (k.isEmpty()) continue;
        for (String key : k.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
          out.computeIfAbsent(key, x -> new ArrayList<>()).add(content.strip());
        }
      }
    }
    return out;
  }

  private static String first(Map<String, List<String>> meta, List<String> keys) {
    for (String k : keys) {
      for (String v : meta.getOrDefault(k, List.of())) {
        String c = clean(v);
        if (c != null) return c;
      }
    }
    return null;
  }

  private static LocalDate firstDate(Map<String, List<String>> meta, List<String> keys) {
    for (String k : keys) {
      for (String v : meta.getOrDefault(k, List.of())) {
        LocalDate d = DateParsing.parseMeta(v);
        if (d != null) return d;
      }
    }
    return null;
  }

  private static final Pattern PARSELY_PUB = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]{4,40})\"");

  private static LocalDate parselyPage(Map<String, List<String>> meta) {
    for (String v : meta.getOrDefault("parsely-page", List.of())) {
      Matcher m = PARSELY_PUB.matcher(v);
      if (m.find()) {
        LocalDate d = DateParsing.parseMeta(m.group(1));
        if (d != null) return d;
      }
    }
    return null;
  }

  /**
   * The date of a {@code <time datetime>}: one marked as the publication date (itemprop,
   * pubdate, a "publish"/"posted"/"created" class) if any, else the first in an article or main
   * element, else the first on the page.
   */
  static LocalDate timeElement(Document doc) {
    LocalDate first = null;
    LocalDate firstInArticle = null;
    for (Element t : doc.select("time[datetime]")) {
      LocalDate d = DateParsing.parseMeta(t.attr("datetime"));
      if (d == null) continue;
      String marks = (t.attr("itemprop") + " " + t.className() + " " + t.id() + " "
          + (t.parent() == null ? "" : t.parent().className())).toLowerCase(Locale.ROOT);
      if (t.hasAttr("pubdate") || marks.contains("publish") || marks.contains("posted") || marks.contains("created")) {
        return d;
      }
      if (marks.contains("modif") || marks.contains("update")) continue;
      if (first == null) first = d;
      if (firstInArticle == null && t.closest("article, main, [itemprop=articleBody]") != null) firstInArticle = d;
    }
    return firstInArticle != null ? firstInArticle : first;
  }

  /**
   * A written date in a short byline or dateline element ("Published Nov. 19, 2019"), else in a
   * short piece of text just after the headline (the first {@code <h1>}, else the first text that
   * reads like the title).
   */
  static LocalDate bylineDate(Document doc, String title, Boolean dayFirst) {
    for (Element e : doc.select("[class], [id]")) {
      String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (!(marks.contains("date") || marks.contains("byline") || marks.contains("publish") || marks.contains("posted")
          || marks.contains("time") || marks.contains("meta") || marks.contains("stamp"))) {
        continue;
      }
      if (marks.contains("update") || marks.contains("modif")) continue;
      String text = shortText(e, 200);
      if (text == null || text.isEmpty()) continue;
      LocalDate d = DateParsing.parseText(text, dayFirst);
      if (d != null) return d;
    }
    Element h1 = doc.selectFirst("body h1");
    return dateAfter(doc, h1, h1 == null ? BodyExtractor.norm(title) : null, dayFirst);
  }

  /** Text nodes read after the headline when looking for its dateline. */
  static final int DATELINE_REACH = 30;

  /**
   * The first date in a short text node among the few that follow the headline: {@code start},
   * or when null the first text node that reads {@code title} (normalized).
   */
  private static LocalDate dateAfter(Document doc, Element start, String title, Boolean dayFirst) {
    if (start == null && (title == null || title.isEmpty())) return null;
    LocalDate[] found = {null};
    int[] seen = {0};
    boolean[] after = {false};
    Element body = doc.body();
    if (body == null) return null;
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!after[0] && (start != null ? node == start
            : node instanceof TextNode t && t.getWholeText().length() < 4 * title.length() + 40
                && BodyExtractor.norm(t.getWholeText()).equals(title))) {
          after[0] = true;
          return FilterResult.SKIP_CHILDREN;
        }
        if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))) {
          return FilterResult.SKIP_CHILDREN;
        }
        if (!after[0] || !(node instanceof TextNode t) || t.isBlank()) return FilterResult.CONTINUE;
        if (++seen[0] > DATELINE_REACH) return FilterResult.STOP;
        String s = t.text().strip();
        if (s.length() <= 100) {
          LocalDate d = DateParsing.parseText(s, dayFirst);
          if (d != null) {
            found[0] = d;
            return FilterResult.STOP;
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    return found[0];
  }

  /** A date in the path of a URL: /2024/11/22/, /2024-11-22-, /20241122/. */
  static LocalDate urlDate(String url) {
    if (url == null) return null;
    String path;
    try {
      path = URI.create(url.strip().replace(" ", "%20")).getRawPath();
    } catch (IllegalArgumentException e) {
      path = url;
    }
    if (path == null) return null;
    Matcher m = URL_YMD.matcher(path);
    if (!m.find()) {
      m = URL_COMPACT.matcher(path);
      if (!m.find()) return null;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return d.getYear() >= DateParsing.MIN_YEAR && d.getYear() <= DateParsing.MAX_YEAR ? d : null;
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String canonical(Document doc, Map<String, List<String>> meta, JsonNode art, String baseUrl) {
    for (Element l : doc.select("link[rel][href]")) {
      if (!l.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) continue;
      String u = absolute(l.attr("abs:href"), l.attr("href"), baseUrl);
      if (u != null) return u;
    }
    for (String v : meta.getOrDefault("og:url", List.of())) {
      String u = absolute(v, v, baseUrl);
      if (u != null) return u;
    }
    if (art != null) {
      for (String f : List.of("url", "mainEntityOfPage")) {
        String v = JsonLd.url(art.get(f));
        if (v != null) {
          String u = absolute(v, v, baseUrl);
          if (u != null) return u;
        }
      }
    }
    return baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
  }

  private static String absolute(String abs, String raw, String baseUrl) {
    String u = abs == null || abs.isBlank() ? raw : abs;
    if (u == null) return null;
    u = u.strip();
    if (!u.startsWith("http://") && !u.startsWith("https://")) {
      if (baseUrl == null) return null;
      try {
        u = URI.create(baseUrl.strip()).resolve(u.replace(" ", "%20")).toString();
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (!u.startsWith("http://") && !u.startsWith("https://")) return null;
    }
    return u.length() > 2000 || u.indexOf('\n') >= 0 ? null : u;
  }

  private static String language(Document doc, Map<String, List<String>> meta, JsonNode art) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank() && html != null) lang = html.attr("xml:lang");
    if (lang.isBlank()) lang = first(meta, List.of("og:locale", "content-language", "language", "dc.language"));
    if ((lang == null || lang.isBlank()) && art != null) lang = JsonLd.text(art.get("inLanguage"));
    if (lang == null) return null;
    lang = lang.strip().replace('_', '-');
    return lang.matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*") ? lang : null;
  }

  // ---------------------------------------------------------------- text clean-up

  /** Entities decoded, tags dropped, whitespace collapsed; null when nothing is left. */
  static String clean(String s) {
    if (s == null) return null;
    String t = s;
    if (t.indexOf('&') >= 0) t = Parser.unescapeEntities(t, false);
    if (t.indexOf('<') >= 0) t = TAG.matcher(t).replaceAll(" ");
    return collapse(t);
  }

  /** Whitespace collapsed and trimmed, invisible chars dropped; null when nothing is left. */
  static String collapse(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (PageText.isInvisible(c)) continue;
      if (PageText.isBlank(c) || Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) sb.append(' ');
      space = false;
      sb.append(c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|/|»)\\s+");

  /**
   * The site's name when no metadata gives one: the part of the page's {@code <title>} whose
   * letters spell the host, else "The X" for a host "theX" ("The Guardian" for www.theguardian.com),
   * else the host itself ("msnbc.com"); null without a URL.
   */
  static String siteName(Document doc, String url) {
    String label = domain(url);
    if (label == null) return null;
    String squashed = host(url).replaceAll("[^a-z0-9]", "");
    String title = doc.title();
    if (title != null) {
      for (String part : title.split("\\s+[|\u2013\u2014-]\\s+")) {
        String p = clean(part);
        if (p != null && p.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "").equals(squashed)) return p;
      }
    }
    // news sites named "The X" often spell it in the host: theguardian.com, thehill.com
    if (squashed.startsWith("the") && squashed.length() >= 6 && squashed.chars().allMatch(Character::isLetter)) {
      return "The " + Character.toUpperCase(squashed.charAt(3)) + squashed.substring(4);
    }
    return label;
  }



  /** The URL's host without "www." ("msnbc.com"), or null. */
  private static String domain(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (h == null || h.isBlank()) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "Headline | Site" → "Headline", when the last part names the publisher or the host. */
  static String withoutSiteName(String title, String publisher, String url) {
    if (title == null) return null;
    Matcher m = SITE_SEPARATOR.matcher(title);
    int last = -1;
    int lastEnd = -1;
    while (m.find()) {
      last = m.start();
      lastEnd = m.end();
    }
    if (last <= 0) return title;
    String tail = BodyExtractor.norm(title.substring(lastEnd)).replace(" ", "");
    String pub = publisher == null ? "" : BodyExtractor.norm(publisher).replace(" ", "");
    String host = host(url);
    boolean site = tail.length() >= 3 && (tail.equals(pub) || (!host.isEmpty() && (host.contains(tail) || tail.contains(host))));
    return site ? title.substring(0, last).strip() : title;
  }

  private static String host(String url) {
    if (url == null) return "";
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (h == null) return "";
      h = h.toLowerCase(Locale.ROOT);
      if (h.startsWith("www.")) h = h.substring(4);
      int dot = h.indexOf('.');
      return dot > 0 ? h.substring(0, dot) : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Adds the names in one author string ("By Jane Doe and John Roe"), skipping URLs and repeats. */
  static void addAuthors(List<String> out, String raw) {
    String s = clean(raw);
    if (s == null) return;
    if (s.contains("://") || s.startsWith("www.")) return;
    s = BY.matcher(s).replaceFirst("");
    String[] parts = NAME_SPLIT.split(s);
    for (int i = 0; i < parts.length; i++) {
      String name = parts[i].strip();
      String person = AGENCY_SUFFIX.matcher(name).replaceFirst("");
      if (!person.equals(name) && person.strip().split("\\s+").length >= 2) name = person.strip();
      if (!plausibleName(name)) continue;
      // "Jane Doe, AP Auto Writer", "Amy Lee, NJ Advance Media": a role or an employer, not a second author
      if (i > 0 && ROLE.matcher(name).find()) continue;
      boolean dup = false;
      for (String o : out) dup |= o.equalsIgnoreCase(name);
      if (!dup) out.add(name);
    }
  }

  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|media|news|press|wire|"
          + "times|post|journal|magazine|bureau|agency|for|the)\\b|\\.com\\b");

  private static boolean plausibleName(String name) {
    if (name.length() < 2 || name.length() > 60) return false;
    if (name.split("\\s+").length > 6) return false;
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isDigit(c) || c == '@' || c == '/' || c == '=' || c == '{' || c == '<') return false;
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /**
   * The text of an element when it has at most {@code max} chars (whitespace collapsed), else
   * null; stops reading as soon as it knows (or after a few hundred nodes), so that asking big
   * elements stays cheap.
   */
  static String shortText(Element e, int max) {
    StringBuilder sb = new StringBuilder();
    boolean[] tooLong = {false};
    int[] nodes = {0};
    int budget = 4 * max + 64;
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (++nodes[0] > budget) {
          tooLong[0] = true;
          return FilterResult.STOP;
        }
        if (node instanceof TextNode t) {
          sb.append(t.getWholeText()).append(' ');
          if (sb.length() > budget) {
            tooLong[0] = true;
            return FilterResult.STOP;
          }
        } else if (node instanceof Element el && PageText.BLOCK_TAGS.contains(el.normalName())) {
          sb.append(' ');
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, e);
    if (tooLong[0]) return null;
    String t = collapse(sb.toString());
    if (t == null) return "";
    return t.length() > max ? null : t;
  }

  /** Names from the visible byline: rel=author, itemprop=author, or a "byline"/"author" element. */
  static void bylineAuthors(Document doc, List<String> out) {
    for (Element e : doc.select("[itemprop=author], [rel=author], [class*=byline], [class*=author], [id*=byline]")) {
      if (e.closest("form, [class*=comment], [id*=comment]") != null) continue;
      Element named = e.selectFirst("[itemprop=name]");
      String text = shortText(named != null ? named : e, 150);
      if (text == null || text.isEmpty()) continue;
      String cut = BYLINE_CUT.matcher(BY.matcher(text).replaceFirst("")).replaceFirst("");
      addAuthors(out, cut);
      if (!out.isEmpty()) return;
    }
    for (Element e : doc.select("p, div, span, address")) {
      String own = e.ownText();
      if (own.length() < 4 || own.length() > 100 || !BY.matcher(own).find()) continue;
      String text = shortText(e, 120);
      if (text == null || !text.matches("(?i)^\\s*by\\s+\\p{Lu}.*")) continue;
      addAuthors(out, BYLINE_CUT.matcher(BY.matcher(text).replaceFirst("")).replaceFirst(""));
      if (!out.isEmpty()) return;
    }
  }
}
