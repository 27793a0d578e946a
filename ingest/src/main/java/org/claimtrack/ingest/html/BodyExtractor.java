package org.claimtrack.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimtrack.ingest.html.PageText.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article text of a page.
 *
 * <ol>
 *   <li>Elements that never hold article text (scripts, styles, forms' controls, media) are removed.
 *   <li>The page becomes a list of text blocks ({@link PageText}).
 *   <li>Each block is worth its non-link text when it reads like running text (long enough, few
 *       links) and costs its link text (and a little when it is a short fragment).
 *   <li>Each element scores the worth of the blocks under it, discounted by the hints of the
 *       elements in between ({@link Hints}: a share bar's text is worth nothing, an
 *       {@code articleBody}'s is worth more), minus their cost. Page furniture thus lowers the
 *       score of any container that takes it in, while the article's own paragraphs raise it:
 *       the best element is the smallest one holding the article, sibling paragraphs included.
 *       A furniture hint on an element holding most of the page's running text is ignored
 *       (a "has-sidebar" class on the page wrapper).
 *   <li>The blocks of the best element are kept, less those under furniture, link lists,
 *       boilerplate lines ("Advertisement", "Read more: ..."), bylines and datelines, and a
 *       repeat of the title.
 *   <li>When no element holds enough running text, every running-text block of the page is
 *       harvested instead.
 * </ol>
 *
 * One pass to read the text, a few linear passes over the element table: linear in page size.
 */
final class BodyExtractor {
  private BodyExtractor() {}

  /** Elements removed before reading: they hold no article text. */
  private static final String REMOVED = "script, style, noscript, template, iframe, object, embed, applet, svg, "
      + "canvas, math, video, audio, picture, source, track, img, input, select, option, optgroup, textarea, "
      + "button, link, meta, head, map, area, label, datalist, output, progress, meter";

  /** Tags whose elements are furniture whatever their class. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "figure", "figcaption", "dialog");

  static final int MIN_RUNNING_TEXT = 20;
  static final double LINK_DENSITY_MAX = 0.5;
  static final double SHORT_BLOCK_COST = 10;
  static final double MASS_GUARD = 0.8;
  static final int MIN_ROOT_WORTH = 120;

  /** The extracted body: its blocks in order, or none when the page has no running text. */
  record Body(List<String> paragraphs, boolean harvested) {
    String text() {
      return String.join("\n\n", paragraphs);
    }
  }

  static Body extract(Document doc, String title) {
    Scoring sc = score(doc);
    if (sc == null) return new Body(List.of(), false);
    PageText page = sc.page();
    List<Block> blocks = page.blocks;
    int best = sc.best();
    int n = page.size;
    // deepest furniture element above each element (self included), by depth; -1 when none
    int[] furnitureDepth = new int[n];
    for (int i = 0; i < n; i++) {
      int p = page.parent[i];
      furnitureDepth[i] = sc.hint()[i] == Hints.STRONG_NEGATIVE ? page.depth[i] : p < 0 ? -1 : furnitureDepth[p];
    }
    List<Integer> chosen = new ArrayList<>();
    boolean harvested = best < 0 || sc.raw()[best] < MIN_ROOT_WORTH;
    if (!harvested) {
      int rootDepth = page.depth[best];
      for (int b = page.blockStart[best]; b < page.blockEnd[best]; b++) {
        if (furnitureDepth[blocks.get(b).owner()] > rootDepth) continue;
        chosen.add(b);
      }
    } else {
      for (int b = 0; b < blocks.size(); b++) {
        if (furnitureDepth[blocks.get(b).owner()] >= 0 || sc.worth()[b] <= 0) continue;
        chosen.add(b);
      }
    }
    return new Body(clean(blocks, chosen, title), harvested);
  }

  /**
   * The scores of a page's elements.
   *
   * @param page the page's text
   * @param hint each element's hint, furniture hints on elements holding most of the text dropped
   * @param worth each block's worth
   * @param raw each element's worth, undiscounted
   * @param score each element's score
   * @param best the best element, or -1
   */
  record Scoring(PageText page, int[] hint, double[] worth, double[] raw, double[] score, int best) {}

  /** Cleans the document of non-text elements and scores what is left; null when there is no text. */
  static Scoring score(Document doc) {
    Element top = doc.body() != null ? doc.body() : doc;
    for (Element e : top.select(REMOVED)) e.remove();
    PageText page = PageText.of(top);
    int n = page.size;
    if (n == 0 || page.blocks.isEmpty()) return null;

    int[] hint = new int[n];
    for (int i = 0; i < n; i++) hint[i] = hint(page.elements[i]);

    // worth (good) and cost (bad) of each block, summed into its owner and then up the tree
    double[] raw = new double[n];
    double[] cost = new double[n];
    List<Block> blocks = page.blocks;
    double[] worth = new double[blocks.size()];
    for (int b = 0; b < blocks.size(); b++) {
      Block bl = blocks.get(b);
      worth[b] = worth(bl);
      raw[bl.owner()] += worth[b];
      cost[bl.owner()] += cost(bl);
    }
    double[] ownWorth = raw.clone();
    for (int i = n - 1; i > 0; i--) {
      raw[page.parent[i]] += raw[i];
      cost[page.parent[i]] += cost[i];
    }
    double total = raw[0];
    for (int i = 0; i < n; i++) {
      if (hint[i] < 0 && raw[i] > MASS_GUARD * total) hint[i] = Hints.NEUTRAL;
    }
    // a block's worth counts discounted by the hints of all the elements above it
    double[] discount = new double[n];
    for (int i = 0; i < n; i++) {
      int p = page.parent[i];
      discount[i] = (p < 0 ? 1 : discount[p]) * factor(hint[i]);
    }
    double[] score = new double[n];
    for (int i = 0; i < n; i++) score[i] = ownWorth[i] * discount[i];
    for (int i = n - 1; i > 0; i--) score[page.parent[i]] += score[i];
    for (int i = 0; i < n; i++) score[i] -= cost[i];
    int best = -1;
    for (int i = 0; i < n; i++) {
      if (page.blockOwner[i] != i) continue;
      if (best < 0 || score[i] >= score[best]) best = i;
    }
    return new Scoring(page, hint, worth, raw, score, best);
  }

  private static int hint(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("#root")) return Hints.NEUTRAL;
    if (FURNITURE_TAGS.contains(tag)) return Hints.STRONG_NEGATIVE;
    if (e.hasAttr("hidden")) return Hints.STRONG_NEGATIVE;
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) return Hints.STRONG_NEGATIVE;
    }
    int h = Hints.of(e);
    if (h == Hints.NEUTRAL && (tag.equals("article") || tag.equals("main"))) return Hints.POSITIVE;
    if (h == Hints.NEUTRAL && tag.equals("header")) return Hints.NEGATIVE;
    return h;
  }

  private static double factor(int hint) {
    return switch (hint) {
      case Hints.STRONG_NEGATIVE -> 0.0;
      case Hints.NEGATIVE -> 0.6;
      case Hints.POSITIVE -> 1.1;
      case Hints.ARTICLE_BODY -> 1.5;
      default -> 1.0;
    };
  }

  /** What a block says for the element holding it: its non-link text, when it reads like running text. */
  static double worth(Block b) {
    if (b.kind() == PageText.HEADING) return 0;
    int text = b.length() - b.linkChars();
    if (text < MIN_RUNNING_TEXT || b.linkDensity() > LINK_DENSITY_MAX) return 0;
    return sentence(b.text()) ? text : text * 0.5;
  }

  /** What a block says against it: link text, and a little for a short fragment. */
  static double cost(Block b) {
    int text = b.length() - b.linkChars();
    return b.linkChars() + (text < MIN_RUNNING_TEXT && b.kind() != PageText.CELL ? SHORT_BLOCK_COST : 0);
  }

  /** Has the punctuation of running text. */
  static boolean sentence(String t) {
    char last = t.charAt(t.length() - 1);
    if (".!?。！？…\"”’»)".indexOf(last) >= 0) return true;
    for (int i = 0; i + 1 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == ',') && t.charAt(i + 1) == ' ') return true;
      if (c == '。' || c == '，' || c == '、') return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- the kept blocks, cleaned

  private static final Set<String> FURNITURE_LINES = Set.of(
      "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
      "read more", "read more below", "continue reading", "continue reading below", "keep reading",
      "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
      "share on twitter", "tweet", "email", "print", "comment", "comments", "leave a comment", "related",
      "related articles", "related stories", "related posts", "related content", "related news",
      "recommended", "recommended for you", "you may also like", "you might also like", "more stories",
      "sign up", "subscribe", "subscribe now", "click here", "skip to content", "skip to main content", "menu",
      "close", "loading", "follow us", "listen", "listen to this article", "watch", "video", "photo", "image",
      "copy link", "link copied", "back to top", "next", "previous", "trending", "most read", "most popular",
      "story continues below advertisement", "article continues below", "article continues below advertisement",
      "scroll to continue", "scroll to continue with content", "continue reading the main story",
      "publicidade", "publicidad", "pubblicità", "anzeige", "werbung", "iklan", "baca juga", "leia também",
      "leia mais", "lee también", "leggi anche", "lire aussi", "à lire aussi", "mehr zum thema", "tags",
      "topics", "see also", "also read", "read also", "more", "view comments", "show comments", "getty images",
      "ap photo", "reuters", "afp", "updated", "published", "newsletter", "all rights reserved");

  private static final Pattern FURNITURE_PREFIX = Pattern.compile(
      "(?i)^(?:read more|related|also read|read also|see also|recommended|more|click here|sign up|subscribe|"
          + "follow us|share on|share this|posted in|filed under|tags?|tagged|topics|categories|category|"
          + "image|images|photo|photos|photograph|picture|video|watch|listen|image credit|photo credit|"
          + "source|credit|copyright|©|\\(c\\)|baca juga|leia também|leia mais|lee también|leggi anche|"
          + "lire aussi|mehr zum thema|advertisement|published|updated|last updated|posted|first published)"
          + "\\s*[:|›»>\\-–—]");

  private static final Pattern BYLINE = Pattern.compile(
      "(?i)^(?:by|von|por|par|di|oleh|door|af|av|written by|words by|reporting by|story by)\\s*:?\\s+\\p{Lu}.*");

  private static final Pattern DATE_LEAD = Pattern.compile(
      "(?i)^(?:updated|published|posted|last updated|first published|created|date)\\b.*");

  static List<String> clean(List<Block> blocks, List<Integer> chosen, String title) {
    String normTitle = title == null ? "" : norm(title);
    List<String> out = new ArrayList<>();
    List<Boolean> heading = new ArrayList<>();
    String previous = null;
    for (int b : chosen) {
      Block bl = blocks.get(b);
      String t = bl.text();
      if (bl.linkDensity() > LINK_DENSITY_MAX) continue;
      if (boilerplate(t)) continue;
      boolean isHeading = bl.kind() == PageText.HEADING;
      if (!normTitle.isEmpty() && out.size() < 3 && isHeading && similar(norm(t), normTitle)) continue;
      if (previous != null && previous.equals(t)) continue;
      previous = t;
      out.add(t);
      heading.add(isHeading);
    }
    // headings with nothing after them ("Related", "Comments") go
    while (!out.isEmpty() && heading.get(heading.size() - 1)) {
      out.remove(out.size() - 1);
      heading.remove(heading.size() - 1);
    }
    return out;
  }

  static boolean boilerplate(String t) {
    int len = t.length();
    if (len <= 60) {
      String key = t.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s…“”’‘«»·|•]+$", "")
          .replaceAll("^[\\p{Punct}\\s…“”’‘«»·|•]+", "").strip();
      if (FURNITURE_LINES.contains(key)) return true;
    }
    if (len <= 120 && FURNITURE_PREFIX.matcher(t).find()) return true;
    if (len <= 80 && BYLINE.matcher(t).matches() && !endsSentence(t)) return true;
    if (len <= 80 && DateParsing.parseText(t) != null && (!endsSentence(t) || DATE_LEAD.matcher(t).matches())) {
      return true;
    }
    return false;
  }

  private static boolean endsSentence(String t) {
    char c = t.charAt(t.length() - 1);
    return (c == '.' || c == '!' || c == '?' || c == '"' || c == '”') && !t.endsWith("a.m.") && !t.endsWith("p.m.");
  }

  /** Lower case, letters and digits only, single spaces. */
  static String norm(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) sb.append(' ');
        space = false;
        sb.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return sb.toString();
  }

  /** The same headline, give or take a site name or a kicker. */
  static boolean similar(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    if (a.equals(b)) return true;
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return shorter.length() >= 0.6 * longer.length() && longer.contains(shorter);
  }
}
