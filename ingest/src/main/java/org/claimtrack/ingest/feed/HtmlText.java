package org.claimtrack.ingest.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML fragment (a feed entry's content), with a blank line between blocks
 * (paragraphs, headings, list items, quotes...), a line break for {@code <br>}, and the spaces
 * inside a block collapsed. Scripts, styles and embedded frames are dropped.
 */
final class HtmlText {
  private HtmlText() {}

  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "aside", "figure",
      "figcaption", "hr", "dl", "dt", "dd", "address", "main", "nav", "form", "fieldset", "details", "summary");
  private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "noscript", "template", "svg",
      "object", "embed", "video", "audio", "canvas", "button", "select", "textarea");

  static String toText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      int dropped;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (DROPPED.contains(tag)) {
            dropped++;
          } else if (dropped == 0 && tag.equals("br")) {
            trimTrailingSpace(out);
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
          } else if (dropped == 0 && BLOCKS.contains(tag)) {
            paragraph(out);
          }
        } else if (node instanceof TextNode t && dropped == 0) {
          appendCollapsed(out, t.getWholeText());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (DROPPED.contains(tag)) {
            dropped--;
          } else if (dropped == 0 && BLOCKS.contains(tag)) {
            paragraph(out);
          }
        }
      }
    }, body);
    return out.toString().strip();
  }

  private static void paragraph(StringBuilder out) {
    trimTrailingSpace(out);
    if (out.length() == 0) return;
    int nl = 0;
    for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) nl++;
    for (; nl < 2; nl++) out.append('\n');
  }

  private static void trimTrailingSpace(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') n--;
    out.setLength(n);
  }

  private static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (space) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') out.append(' ');
      } else {
        out.append(c);
      }
    }
  }
}
