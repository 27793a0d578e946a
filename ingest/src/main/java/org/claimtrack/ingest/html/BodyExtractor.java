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
 *   <li>Elements that never hold article text (scripts, styles, forms' controls, media, pop-ups
 *       inside paragraphs) are not read.
 *   <li>The page becomes a list of text blocks ({@link PageText}).
 *   <li>Each block is worth its non-link text when it reads like running text (long enough, few
 *       links) and costs its link text (and a little when it is a short fragment).
 *   <li>Each element scores the worth of the blocks under it, discounted by the hints of the
 *       elements in between ({@link Hints}: a share bar's text is worth nothing, an
 *       {@code articleBody}'s is worth more), minus their cost. Page furniture thus lowers the
 *       score of any container that takes it in, while the article's own paragraphs raise it:
 *       the best element is the smallest one holding the article, sibling paragraphs included.
 *       A furniture hint on an element holding most of the page's running text is ignored
 *       (a "has-sidebar" class on the page wrapper). When one child of the best element scores
 *       nearly as much as it, the child is taken: the rest is teasers around the article.
 *   <li>The blocks of the best element are kept, less those under furniture, link lists,
 *       boilerplate lines ("Advertisement", "Read more: ..."), bylines and datelines, a repeat
 *       of the title, and the sections that headings such as "Related stories" open.
 *   <li>When no element holds enough running text, every running-text block of the page is
 *       harvested instead.
 * </ol>
 *
 * One pass to read the text, a few linear passes over the element table: linear in page size.
 */
final class BodyExtractor {
  private BodyExtractor() {}

  /** Elements not read: they hold no article text. */
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
      "embed", "applet", "svg", "canvas", "math", "video", "audio", "picture", "source", "track", "img", "input",
      "select", "option", "optgroup", "textarea", "button", "link", "meta", "head", "map", "area", "label",
      "datalist", "output", "progress", "meter");

  /** True for an element whose text is not read: see {@link #SKIPPED} and {@link #POPUP_CLASS}. */
  static boolean skipped(Element e) {
    String tag = e.normalName();
    if (SKIPPED.contains(tag)) return true;
    return !PageText.BLOCK_TAGS.contains(tag) && e.hasAttr("class") && POPUP_CLASS.matcher(e.className()).find();
  }

  /** Inline pop-ups and screen-reader labels inside paragraphs: never read as part of them. */
  private static final Pattern POPUP_CLASS = Pattern.compile(
      "(?i)tooltip|popover|hovercard|rollover|(?:^|[\\s_-])sr-only|screen-?reader|visually-?hidden");

  /** Tags whose elements are furniture whatever their class. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "figure", "figcaption", "dialog");

  static final int MIN_RUNNING_TEXT = 20;
  static final double LINK_DENSITY_MAX = 0.5;
  static final double SHORT_BLOCK_COST = 10;
  static final double MASS_GUARD = 0.8;
  static final int MIN_ROOT_WORTH = 120;
  /** A child element scoring this share of its parent's score is chosen instead of the parent. */
  static final double TIGHTER = 0.9;

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
    // elements naming a list of other articles, self or above, below the root
    boolean[] related = new boolean[n];
    for (int i = 0; i < n; i++) {
      int p = page.parent[i];
      related[i] = (p >= 0 && related[p]) || Hints.related(page.elements[i]);
    }
    List<Candidate> chosen = new ArrayList<>();
    boolean harvested = best < 0 || sc.raw()[best] < MIN_ROOT_WORTH;
    if (!harvested) {
      int rootDepth = page.depth[best];
      boolean rootRelated = related[best];
      int first = page.blockStart[best];
      for (int b = first; b < page.blockEnd[best]; b++) {
        int o = blocks.get(b).owner();
        // the section a heading opens: its parent element, or the rest of the chosen one
        int section = o == best || page.parent[o] < 0 || page.depth[page.parent[o]] <= rootDepth ? best : page.parent[o];
        chosen.add(new Candidate(blocks.get(b), furnitureDepth[o] > rootDepth, related[o] && !rootRelated,
            page.blockEnd[section] - first, section == best));
      }
    } else {
      for (int b = 0; b < blocks.size(); b++) {
        if (furnitureDepth[blocks.get(b).owner()] >= 0 || sc.worth()[b] <= 0) continue;
        chosen.add(new Candidate(blocks.get(b), false, false, chosen.size() + 1, false));
      }
    }
    return new Body(clean(chosen, title), harvested);
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

  /** Reads the document's text, less non-text elements, and scores its elements; null when there is no text. */
  static Scoring score(Document doc) {
    Element top = doc.body() != null ? doc.body() : doc;
    PageText page = PageText.of(top, BodyExtractor::skipped);
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
    // a child holding nearly all of the best element's score is the article, the rest teasers
    while (best >= 0 && score[best] > 0) {
      int child = -1;
      for (int i = best + 1; i < page.subtreeEnd[best]; i = page.subtreeEnd[i]) {
        if (page.blockOwner[i] == i && (child < 0 || score[i] > score[child])) child = i;
      }
      if (child < 0 || score[child] < TIGHTER * score[best]) break;
      best = child;
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
    if (text < MIN_RUNNING_TEXT || linkList(b) || blob(b.text())) return 0;
    return sentence(b.text()) ? text : text * 0.5;
  }

  /**
   * A long run of characters with hardly a space, in a script that separates words with spaces:
   * encoded data or filler, not prose. Chinese, Japanese and Thai do not count.
   */
  static boolean blob(String t) {
    int n = t.length();
    if (n < 200) return false;
    int spaces = 0;
    int unspaced = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\n') {
        spaces++;
      } else if (c >= '\u0E00' && c <= '\u0EFF' || c >= '\u3000' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF'
          || c >= '\u1000' && c <= '\u109F' || c >= '\u1780' && c <= '\u17FF') {
        unspaced++;
      }
    }
    return spaces * 40 < n && unspaced * 3 < n;
  }

  /**
   * Mostly link text: a list of links, a teaser headline. A sentence with a long link in it
   * ("He was <a>sentenced to life last Thursday</a>.") is not one.
   */
  static boolean linkList(Block b) {
    double ld = b.linkDensity();
    if (ld <= LINK_DENSITY_MAX) return false;
    return ld > 0.8 || b.kind() == PageText.HEADING || b.length() - b.linkChars() < 25 || !endsSentence(b.text());
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
      "advertisement", "advertisements", "advertising", "advert", "adverts", "ad", "ads", "sponsored",
      "sponsored content", "this slideshow requires javascript", "javascript is disabled", "loading comments",
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
      "topics", "see also", "also read", "read also", "don't miss", "dont miss", "more", "view comments", "show comments", "getty images",
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

  /**
   * A block of the chosen element.
   *
   * @param furniture under a furniture element (below the chosen one)
   * @param related under an element naming a list of other articles
   * @param sectionEnd where the section this block opens when it is a heading ends (an index
   *     into the candidates)
   * @param lastSection the section is the rest of the chosen element
   */
  record Candidate(Block block, boolean furniture, boolean related, int sectionEnd, boolean lastSection) {}

  /** Kept text enough for a "Related stories" heading to mean the article is over. */
  static final int ARTICLE_OVER = 150;

  static List<String> clean(List<Candidate> chosen, String title) {
    String normTitle = title == null ? "" : norm(title);
    List<String> out = new ArrayList<>();
    List<Boolean> heading = new ArrayList<>();
    String previous = null;
    int kept = 0;
    for (int k = 0; k < chosen.size(); k++) {
      Candidate c = chosen.get(k);
      Block bl = c.block();
      String t = bl.text();
      if (relatedHeading(c) && (!c.lastSection() || kept >= ARTICLE_OVER)) {
        // "Related stories": the section it heads is a list of other articles
        k = Math.max(k, c.sectionEnd() - 1);
        continue;
      }
      if (c.furniture()) continue;
      if (linkList(bl)) continue;
      if (boilerplate(t)) continue;
      boolean isHeading = bl.kind() == PageText.HEADING;
      if (!normTitle.isEmpty() && out.size() < 3 && isHeading && similar(norm(t), normTitle)) continue;
      if (previous != null && previous.equals(t)) continue;
      previous = t;
      out.add(t);
      heading.add(isHeading);
      if (!isHeading) kept += t.length();
    }
    // headings with nothing after them ("Related", "Comments") go
    while (!out.isEmpty() && heading.get(heading.size() - 1)) {
      out.remove(out.size() - 1);
      heading.remove(heading.size() - 1);
    }
    return out;
  }

  private static final Pattern RELATED_LINE = Pattern.compile(
      "(?i)^(?:related|related (?:articles?|stories|posts|news|content|coverage|links|reading|topics)|"
          + "(?:you )?(?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|news|articles|from .{1,40})|"
          + "recommended(?: for you| stories| articles| reading)?|read next|what to read next|trending(?: now| stories)?|"
          + "most (?:read|popular|viewed|shared)|popular (?:posts|stories|articles)|latest (?:news|stories|articles|posts)|"
          + "also (?:read|see|on .{1,40})|see also|don't miss|top stories|"
          + "você (?:pode|também pode) gostar|veja também|leia também|mais lidas|notícias relacionadas|"
          + "artigos relacionados|posts relacionados|matérias relacionadas|también te puede interesar|te puede interesar|"
          + "noticias relacionadas|artículos relacionados|lo más leído|ti potrebbe interessare|potrebbe interessarti|"
          + "articoli correlati|leggi anche|vous aimerez aussi|à lire aussi|lire aussi|sur le même sujet|"
          + "das könnte sie auch interessieren|mehr zum thema|weitere artikel|lees ook|baca juga|artikel terkait|"
          + "berita terkait)\\W*$");

  /** A heading that opens a list of other articles: "Related stories", "You may also like", "Leia também". */
  static boolean relatedHeading(Candidate c) {
    Block b = c.block();
    if (b.length() > 60) return false;
    if (b.kind() != PageText.HEADING && !c.related()) return false;
    return RELATED_LINE.matcher(b.text()).matches() || (c.related() && b.kind() == PageText.HEADING && !c.lastSection());
  }

  /** Cues of a promotion or a note about the author, not article text. */
  private static final Pattern PROMO_CUE = Pattern.compile(
      "(?i)\\b(?:newsletters?|subscribe|subscription|sign up|signup|inbox|follow (?:us|him|her|them|me)\\b|"
          + "download (?:our|the) app|have a (?:news )?tip|tips? to|reached at|contact (?:the )?(?:author|reporter|writer)|"
          + "click here|all rights reserved|copyright|this (?:article|story|post) (?:was|is|has been) "
          + "(?:originally |first )?(?:published|updated|produced)|terms of (?:use|service)|privacy policy|"
          + "cookies?|advertisement)\\b");

  /** An image caption's credit at the end of a line: "(Image: Getty)", "| Getty Images". */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)(?:\\((?:image|images|photo|photos|picture|pic|foto|fotos|imagem|credit|crédito|source|fonte|video)s?"
          + "\\s*:[^()]{1,80}\\)|(?:^|[|/©]\\s*)(?:getty images|ap photo|afp|reuters|epa|shutterstock|istock"
          + "|bloomberg|pa images|pa wire|alamy)(?:\\s*/[^|]{0,40})?)\\s*$");

  /** Credits of the people behind a wire story: "Reporting by ...; Editing by ...". */
  private static final Pattern CREDITS = Pattern.compile(
      "(?i)^\\(?(?:additional )?(?:reporting|editing|writing|compiled|produced|graphics|research) by\\b.*");

  /** An unrendered WordPress shortcode: "[button link=...]Send us[/button]". */
  private static final Pattern SHORTCODE = Pattern.compile("^\\[\\w[\\w-]*(?:\\s[^\\]]*)?\\].*\\[/\\w[\\w-]*\\]$", Pattern.DOTALL);

  private static final Pattern URL_TOKEN = Pattern.compile("(?:https?://|www\\.)\\S+");

  static boolean boilerplate(String t) {
    int len = t.length();
    if (len <= 60) {
      String key = t.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s…“”’‘«»·|•]+$", "")
          .replaceAll("^[\\p{Punct}\\s…“”’‘«»·|•]+", "").strip();
      if (FURNITURE_LINES.contains(key)) return true;
    }
    if (len <= 120 && FURNITURE_PREFIX.matcher(t).find()) return true;
    if (len <= 80 && BYLINE.matcher(t).matches() && !endsSentence(t)) return true;
    if (len <= 100 && dateLine(t)) return true;
    if (len <= 400 && CAPTION.matcher(t).find()) return true;
    if (len <= 400 && CREDITS.matcher(t).matches()) return true;
    if (SHORTCODE.matcher(t).matches()) return true;
    if (t.indexOf("://") >= 0 || t.contains("www.")) {
      int urls = 0;
      var m = URL_TOKEN.matcher(t);
      while (m.find()) urls += m.end() - m.start();
      if (urls * 2 > len) return true;
    }
    if (len <= 300) {
      int cues = 0;
      var m = PROMO_CUE.matcher(t);
      while (m.find() && cues < 2) cues++;
      if (cues >= 2) return true;
    }
    return false;
  }

  private static final Set<String> DATE_WORDS = Set.of(
      "updated", "published", "posted", "last", "first", "on", "at", "am", "pm", "a", "m", "p", "et", "est", "edt",
      "ct", "cst", "cdt", "pt", "pst", "pdt", "mt", "gmt", "utc", "bst", "cet", "cest", "ist", "aest", "date",
      "time", "of", "the", "de", "do", "da", "del", "le", "il", "um", "uhr", "h", "hrs", "ago", "à",
      "publicado", "atualizado", "actualizado", "pubblicato", "aggiornato", "publié", "veröffentlicht",
      "aktualisiert", "diterbitkan", "diperbarui", "wib", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "st", "nd",
      "rd", "th", "by", "and");

  /** A line that is only a date, with perhaps a time and "Published"/"Updated": a dateline. */
  static boolean dateLine(String t) {
    if (DateParsing.parseText(t) == null) return false;
    if (t.startsWith("—") || t.startsWith("– ") || t.startsWith("- ")) return false;
    int other = 0;
    for (String w : norm(t).split(" ")) {
      if (w.isEmpty() || Character.isDigit(w.charAt(0)) || DATE_WORDS.contains(w)) continue;
      if (DateParsing.isMonth(w)) continue;
      other++;
    }
    return other <= 1;
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
