package org.claimtrack.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it: part
 * of the article, page furniture, or nothing. Each class name and the id is split into words at
 * "-", "_", digits and camelCase ("c-articleBody__text" is c, article, body, text). Distinctive
 * stems ("comment", "newsletter", "related") also match inside words ("commentlist",
 * "jp-relatedposts"); short and ambiguous ones ("ad", "nav", "tags", "meta") only as whole words.
 */
final class Hints {
  private Hints() {}

  /** Furniture, surely: comments, share bars, ads, related links, newsletters, cookie banners, captions, chart axes... */
  static final int STRONG_NEGATIVE = -2;
  /** Probably furniture: headers, meta lines, pagination, hidden helpers. */
  static final int NEGATIVE = -1;
  static final int NEUTRAL = 0;
  /** Names the article: article, body, content, story, entry, post, text, main. */
  static final int POSITIVE = 1;
  /** Schema.org's articleBody: the page says this is the article text. */
  static final int ARTICLE_BODY = 2;

  private static final List<String> STRONG_STEMS = List.of(
      "comment", "disqus", "related", "relacionad", "correlat", "newsletter", "cookie", "consent", "gdpr",
      "advert", "sponsor", "promo", "social", "share", "sharing", "subscri", "signup", "breadcrumb",
      "taboola", "outbrain", "recommend", "recirc", "popup", "modal", "mostread", "mostpopular", "trending",
      "readmore", "morestories", "alsoread", "byline", "author", "caption", "credit", "widget", "sidebar",
      "footer", "navbar", "navigation", "toolbar", "login", "screenreader", "adsense", "adslot", "adunit",
      "newsfeed", "paginat", "dateline", "timestamp", "publishdate", "pubdate", "lightbox", "carousel",
      "slideshow", "gallery", "zergnet", "ribbon", "jump",
      // chart labels and layout probes: tick labels, axis years, legends, "0 : 0" breakpoint readouts
      // (a chart's headline and deck are sentences, and stay)
      "highcharts", "breakpoint");

  private static final Set<String> STRONG_WORDS = Set.of(
      "ad", "ads", "adv", "dfp", "gpt", "nav", "menu", "tags", "tag", "tagged", "bio", "skip", "sr", "print",
      "email", "rss", "follow", "sns", "masthead",
      "copyright", "hidden", "hide", "invisible", "banner", "outbrain", "toc", "more", "popular",
      "date", "time", "meta", "subnav", "search", "sticky", "overlay", "bottom",
      "axis", "legend", "tick", "ticks");

  private static final Set<String> WEAK_WORDS = Set.of(
      "header", "head", "top", "aside", "side", "extra", "info", "tools", "tool", "utility", "util", "aux",
      "secondary", "teaser", "card", "links", "list", "pager", "legal", "disclaimer", "note", "notice",
      "hero", "rail", "breaking", "ticker", "cta", "box", "module", "promo", "embed", "video", "media", "photo", "image", "img",
      "figure", "thumb", "thumbnail", "icon", "logo", "brand", "button", "btn", "form", "badge", "label");

  private static final List<String> POSITIVE_STEMS = List.of(
      "article", "content", "story", "entry", "body", "prose", "richtext", "bodytext", "texto", "conteudo",
      "contenido", "testo", "corpo", "artikel", "inhalt", "isi", "noticia", "materia");

  private static final Set<String> POSITIVE_WORDS = Set.of("post", "text", "main", "blog", "txt", "news", "detail", "single");

  /** The hint of one element, from its own attributes (not its ancestors'). */
  static int of(Element e) {
    String itemprop = e.attr("itemprop");
    if (!itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody")) return ARTICLE_BODY;
    String cls = e.attr("class");
    String id = e.id();
    String role = e.attr("role");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) return NEUTRAL;
    boolean strong = false;
    boolean weak = false;
    boolean positive = false;
    if (!role.isEmpty()) {
      String r = role.toLowerCase(Locale.ROOT);
      switch (r) {
        case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
            "alertdialog", "toolbar", "tablist" -> strong = true;
        case "main", "article" -> positive = true;
        default -> { }
      }
    }
    List<String> names = new ArrayList<>(4);
    for (String c : cls.split("\\s+")) {
      if (!c.isEmpty()) names.add(c);
    }
    if (!id.isEmpty()) names.add(id);
    for (String name : names) {
      if (name.length() > 80) continue;
      List<String> words = words(name);
      if (words.isEmpty() || modifier(words)) continue;
      String joined = String.join("", words);
      boolean s = false;
      boolean w = false;
      boolean p = false;
      for (String stem : STRONG_STEMS) {
        if (joined.contains(stem)) {
          s = true;
          break;
        }
      }
      for (String word : words) {
        if (STRONG_WORDS.contains(word)) s = true;
        else if (WEAK_WORDS.contains(word)) w = true;
        if (POSITIVE_WORDS.contains(word)) p = true;
      }
      for (String stem : POSITIVE_STEMS) {
        if (joined.contains(stem)) {
          p = true;
          break;
        }
      }
      // embedded posts are quoted material ("social-media-embed", "twitter-tweet")
      if (s && (words.contains("tweet") || (words.contains("embed") && joined.contains("social")))) s = false;
      // a name is what its furniture word says it is ("post-comments" is comments)
      if (s) strong = true;
      else if (w) weak = true;
      else if (p) positive = true;
    }
    // a class naming the article outweighs another naming furniture ("entry author-jane-doe")
    if (positive) return strong || weak ? NEUTRAL : POSITIVE;
    if (strong) return STRONG_NEGATIVE;
    if (weak) return NEGATIVE;
    return NEUTRAL;
  }

  /** Class names that state a state or a feature, not what the element is: "has-sidebar", "modal-enabled". */
  private static boolean modifier(List<String> words) {
    String first = words.get(0);
    String last = words.get(words.size() - 1);
    return (words.size() > 1 && MODIFIER_FIRST.contains(first)) || (words.size() > 1 && MODIFIER_LAST.contains(last));
  }

  private static final Set<String> MODIFIER_FIRST = Set.of("has", "with", "is", "no", "show", "enable", "enabled", "without", "hide", "js", "can");
  private static final Set<String> MODIFIER_LAST = Set.of("enabled", "disabled", "open", "closed", "active", "on", "off", "layout", "template", "visible", "loaded");

  private static final List<String> RELATED_STEMS = List.of(
      "related", "relacionad", "correlat", "recommend", "morestories", "morenews", "alsoread", "readnext",
      "mostread", "mostpopular", "popular", "trending", "youmay", "youmight", "recirc", "outbrain", "taboola");

  /** True when the element's class or id names a list of other articles ("related-posts", "more-stories"). */
  static boolean related(Element e) {
    String cls = e.attr("class");
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return false;
    String joined = String.join("", words(cls + " " + id));
    for (String stem : RELATED_STEMS) {
      if (joined.contains(stem)) return true;
    }
    return false;
  }

  /** "c-articleBody__text2" → [c, article, body, text]. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>(4);
    StringBuilder w = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetter(c)) {
        flush(w, out);
      } else {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) flush(w, out);
        w.append(Character.toLowerCase(c));
      }
      prev = c;
    }
    flush(w, out);
    return out;
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      out.add(w.toString());
      w.setLength(0);
    }
  }
}
