package org.claimtrack.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;
import org.claimtrack.ingest.ArticleHash;
import org.claimtrack.ingest.sniff.InputKind;
import org.claimtrack.ingest.sniff.InputSniffer;
import org.claimtrack.ingest.sniff.Sniffed;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;

/** Parses one feed's bytes into entries. One instance per feed, used once. */
final class FeedParse {
  private static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
  private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
  private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");

  /** A DOCTYPE that only names an external DTD: "<!DOCTYPE rss PUBLIC "..." "...">". */
  private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile(
      "<!DOCTYPE\\s+[\\w:.-]+(?:\\s+(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s+(?:\"[^\"]*\"|'[^']*')"
          + "|PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')|SYSTEM\\s+(?:\"[^\"]*\"|'[^']*')))?\\s*>",
      Pattern.CASE_INSENSITIVE);
  /** "bob@example.com (Bob Roe)" */
  private static final Pattern EMAIL_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)\\s*$");

  private final String input;
  private final String fileName;
  private final long maxBytes;
  private final Consumer<Result<FeedEntry>> sink;

  FeedParse(String input, String fileName, long maxBytes, Consumer<Result<FeedEntry>> sink) {
    this.input = input;
    this.fileName = fileName;
    this.maxBytes = maxBytes;
    this.sink = sink;
  }

  static FeedStats oneProblem(String input, Problem.Code code, String message, Consumer<Result<FeedEntry>> sink) {
    sink.accept(Result.failed(input, code, message));
    return new FeedStats(input, null, null, 0, 0, 1);
  }

  private FeedStats problem(Problem.Code code, String message) {
    return oneProblem(input, code, message, sink);
  }

  FeedStats parse(byte[] raw) {
    if (raw.length > maxBytes) {
      return problem(Problem.Code.TOO_LARGE, "too large: over the limit of " + maxBytes + " bytes for a feed");
    }
    Sniffed sniffed = InputSniffer.sniff(raw, fileName);
    byte[] bytes = raw;
    if (sniffed.gzip()) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
        bytes = in.readNBytes((int) maxBytes + 1);
      } catch (IOException | RuntimeException e) {
        return problem(Problem.Code.UNREADABLE, "a gzip'd feed that cannot be decompressed: " + oneLine(e.getMessage()));
      }
      if (bytes.length > maxBytes) {
        return problem(Problem.Code.TOO_LARGE, "too large: decompressed, over the limit of " + maxBytes + " bytes");
      }
    }
    if (sniffed.kind() == InputKind.EMPTY) {
      return problem(Problem.Code.EMPTY, "empty: no feed here");
    }
    if (sniffed.kind() == InputKind.BINARY) {
      return problem(Problem.Code.BINARY, "not an RSS or Atom feed: it holds " + sniffed.describe());
    }
    // anything else goes to the parser, which says precisely where it is not XML
    Document doc;
    try {
      doc = xml(bytes);
      if (doc == null) {
        return problem(Problem.Code.UNSUPPORTED_FORMAT, "refused: nested deeper than " + XmlDepth.MAX_DEPTH
            + " elements (a feed needs a handful), which would take the parser very long");
      }
    } catch (JDOMException e) {
      String why = oneLine(e.getMessage()).replaceFirst("^Error on line", "line");
      if (why.contains("DOCTYPE is disallowed")) {
        return problem(Problem.Code.UNSUPPORTED_FORMAT,
            "refused: the feed declares a DOCTYPE with its own entities, which are never expanded or fetched");
      }
      String kind = sniffed.kind() == InputKind.RSS || sniffed.kind() == InputKind.ATOM || sniffed.kind() == InputKind.XML
          ? "malformed XML" : "not an RSS or Atom feed: it holds " + sniffed.describe() + ", not XML";
      return problem(Problem.Code.UNSUPPORTED_FORMAT, kind + " (" + why + ")");
    } catch (IOException | RuntimeException e) {
      return problem(Problem.Code.ENCODING, "cannot decode the feed's text: " + oneLine(e.getMessage()));
    }
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(doc);
    } catch (IllegalArgumentException e) {
      String root = doc.hasRootElement() ? doc.getRootElement().getQualifiedName() : "none";
      return problem(Problem.Code.UNSUPPORTED_FORMAT, "XML but not an RSS or Atom feed (root element <" + root + ">)");
    } catch (FeedException | RuntimeException e) {
      return problem(Problem.Code.UNSUPPORTED_FORMAT, "a feed Rome cannot read: " + oneLine(e.getMessage()));
    }
    return entries(feed, rawEntries(doc));
  }

  /** The parsed document, or null when elements nest deeper than {@link XmlDepth#MAX_DEPTH}. */
  private Document xml(byte[] bytes) throws IOException, JDOMException {
    String text;
    try (Reader r = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      StringBuilder sb = new StringBuilder(bytes.length);
      char[] buf = new char[8192];
      int n;
      while ((n = r.read(buf)) > 0) sb.append(buf, 0, n);
      text = sb.toString();
    }
    text = dropExternalDoctype(text);
    if (XmlDepth.deeperThan(text, XmlDepth.MAX_DEPTH)) return null;
    return new SecureFeedInput().builder().build(new XmlFixerReader(new StringReader(text)));
  }

  /** Removes a DOCTYPE that only points to an external DTD (which would never be fetched). */
  static String dropExternalDoctype(String text) {
    int at = text.indexOf("<!DOCTYPE");
    if (at < 0) at = text.indexOf("<!doctype");
    if (at < 0 || at > 4096) return text;
    // only in the prolog: before the root element
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '<' && i + 1 < text.length() && text.charAt(i + 1) != '?' && text.charAt(i + 1) != '!') {
        return text;
      }
    }
    Matcher m = EXTERNAL_DOCTYPE.matcher(text);
    if (m.find(at) && m.start() == at) return text.substring(0, at) + text.substring(m.end());
    return text;
  }

  /** The item/entry elements in document order, as Rome reads them, or null when unsure. */
  private static List<Element> rawEntries(Document doc) {
    Element root = doc.getRootElement();
    List<Element> out = new ArrayList<>();
    switch (root.getName()) {
      case "rss": {
        Element channel = root.getChild("channel", root.getNamespace());
        if (channel == null) return null;
        for (Element e : channel.getChildren()) {
          if (e.getName().equals("item")) out.add(e);
        }
        return out;
      }
      case "RDF": {
        for (Element e : root.getChildren()) {
          if (e.getName().equals("item")) out.add(e);
        }
        return out;
      }
      case "feed": {
        for (Element e : root.getChildren()) {
          if (e.getName().equals("entry")) out.add(e);
        }
        return out;
      }
      default:
        return null;
    }
  }

  private FeedStats entries(SyndFeed feed, List<Element> raw) {
    List<SyndEntry> entries = feed.getEntries();
    if (raw != null && raw.size() != entries.size()) raw = null;
    String feedTitle = clean(feed.getTitle());
    int articles = 0;
    int problems = 0;
    for (int i = 0; i < entries.size(); i++) {
      Result<FeedEntry> r = entry(i + 1, entries.get(i), raw == null ? null : raw.get(i), feedTitle);
      if (r.isOk()) articles++;
      else problems++;
      sink.accept(r);
    }
    return new FeedStats(input, feed.getFeedType(), feedTitle, entries.size(), articles, problems);
  }

  private Result<FeedEntry> entry(int n, SyndEntry e, Element raw, String feedTitle) {
    String where = input + "#" + n;
    String title = clean(e.getTitle());
    TextSource source = TextSource.CONTENT;
    String text = null;
    for (SyndContent c : e.getContents()) {
      text = text(c);
      if (text != null) break;
    }
    if (text == null) {
      source = TextSource.DESCRIPTION;
      text = e.getDescription() == null ? null : text(e.getDescription());
    }
    if (text == null) {
      return Result.failed(where, Problem.Code.EMPTY, "no text: the entry has neither content nor a description"
          + (title == null ? "" : " ('" + shorten(title) + "')"));
    }
    String link = clean(e.getLink());
    String uri = clean(e.getUri());
    String id = uri != null ? uri : link != null ? link : where;
    LocalDate published = date(e, raw);
    Article article = new Article(id, fileName, text, new Span(0, text.length()), title, feedTitle, published, link,
        ArticleHash.of(text));
    return Result.ok(new FeedEntry(article, authors(e), source));
  }

  /** Plain text of a content element, or null when it has none. */
  private static String text(SyndContent c) {
    String v = c.getValue();
    if (v == null || v.isBlank()) return null;
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    String t = type.contains("html") ? HtmlText.toText(v) : v.strip().replaceAll("[ \\t\\x0B\\f\\r]+", " ");
    return t.isBlank() ? null : t;
  }

  private static LocalDate date(SyndEntry e, Element raw) {
    if (raw != null) {
      for (String[] name : new String[][] {{"pubDate", ""}, {"published", "atom"}, {"issued", "atom"},
          {"date", "dc"}, {"updated", "atom"}, {"modified", "atom"}}) {
        LocalDate d = FeedDates.parse(child(raw, name[0], name[1]));
        if (d != null) return d;
      }
    }
    Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    return d == null ? null : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
  }

  private static String child(Element raw, String name, String ns) {
    Element c = switch (ns) {
      case "dc" -> raw.getChild(name, DC);
      case "atom" -> {
        Element a = raw.getChild(name, ATOM_10);
        if (a == null) a = raw.getChild(name, ATOM_03);
        yield a == null ? raw.getChild(name, raw.getNamespace()) : a;
      }
      default -> raw.getChild(name, raw.getNamespace());
    };
    return c == null ? null : c.getTextTrim();
  }

  private static List<String> authors(SyndEntry e) {
    Set<String> out = new LinkedHashSet<>();
    for (SyndPerson p : e.getAuthors()) {
      String name = clean(p.getName());
      if (name == null) name = clean(p.getEmail());
      if (name != null) out.add(name);
    }
    if (out.isEmpty()) {
      String a = clean(e.getAuthor());
      if (a != null) {
        Matcher m = EMAIL_NAME.matcher(a);
        out.add(m.matches() ? m.group(1).strip() : a);
      }
    }
    out.removeIf(String::isBlank);
    return List.copyOf(out);
  }

  private static String clean(String s) {
    if (s == null) return null;
    String t = s.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private static String oneLine(String s) {
    if (s == null) return "";
    String t = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return t.length() > 160 ? t.substring(0, 157) + "..." : t;
  }
}
