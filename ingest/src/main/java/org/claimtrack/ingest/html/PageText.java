package org.claimtrack.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page as a flat list of text blocks (runs of inline text between block boundaries, as a
 * browser would lay them out) plus a table of its elements in document order, built in one
 * iterative pass (no recursion, so deep nesting is safe). A block records its text (whitespace
 * collapsed except inside {@code <pre>}; {@code <br>} as a newline, two of them end the block),
 * how much of it is link text, and the element that holds it. An element's blocks are the
 * contiguous range {@code [blockStart, blockEnd)}.
 */
final class PageText {

  /** Tags that start and end a block of text. */
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
      "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend", "frameset",
      "noscript", "option", "optgroup", "select", "textarea", "button", "iframe", "object", "video", "audio",
      "picture", "svg", "canvas", "map", "listing", "plaintext", "xmp");

  /** What a block is, from the element that holds it and its ancestors: running text, ... */
  static final int P = 0;
  /** ... text in a heading ({@code h1}-{@code h6}), ... */
  static final int HEADING = 1;
  /** ... or text in a table cell. */
  static final int CELL = 2;

  /**
   * One run of text.
   *
   * @param text the text, trimmed, never empty
   * @param linkChars how many of its chars are link text
   * @param owner the element holding it: the nearest block-level element (an index into the table)
   * @param kind {@link #P}, {@link #HEADING} or {@link #CELL}
   */
  record Block(String text, int linkChars, int owner, int kind) {
    Block {
      if (text.isEmpty()) throw new IllegalArgumentException("a block has text");
      if (linkChars < 0 || linkChars > text.length()) {
        throw new IllegalArgumentException("link chars " + linkChars + " outside [0, " + text.length() + "]");
      }
    }

    int length() {
      return text.length();
    }

    double linkDensity() {
      return (double) linkChars / text.length();
    }
  }

  final List<Block> blocks = new ArrayList<>();
  /** Elements in document order (pre-order); index 0 is the root the text was read from. */
  Element[] elements = new Element[256];
  int[] parent = new int[256];
  int[] depth = new int[256];
  int[] blockStart = new int[256];
  int[] blockEnd = new int[256];
  /** End (exclusive) of each element's subtree in the element table: its descendants are {@code (i, subtreeEnd[i])}. */
  int[] subtreeEnd = new int[256];
  /** Nearest block-level element, self included. */
  int[] blockOwner = new int[256];
  int size;

  private PageText() {}

  /** Reads the text of {@code root} and everything under it, but for the elements {@code skip} says. */
  static PageText of(Element root, Predicate<Element> skip) {
    PageText t = new PageText();
    t.read(root, skip);
    return t;
  }

  private void read(Element root, Predicate<Element> skip) {
    Reader r = new Reader();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && node != root && skip.test(e)) return FilterResult.SKIP_ENTIRELY;
        r.head(node, depth);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        r.tail(node, depth);
        return FilterResult.CONTINUE;
      }
    }, root);
    r.flush();
    if (size > 0) {
      blockEnd[0] = blocks.size();
      subtreeEnd[0] = size;
    }
  }

  private int add(Element e, int parentIdx) {
    if (size == elements.length) {
      int n = size * 2;
      elements = Arrays.copyOf(elements, n);
      parent = Arrays.copyOf(parent, n);
      depth = Arrays.copyOf(depth, n);
      blockStart = Arrays.copyOf(blockStart, n);
      blockEnd = Arrays.copyOf(blockEnd, n);
      subtreeEnd = Arrays.copyOf(subtreeEnd, n);
      blockOwner = Arrays.copyOf(blockOwner, n);
    }
    int i = size++;
    elements[i] = e;
    parent[i] = parentIdx;
    depth[i] = parentIdx < 0 ? 0 : depth[parentIdx] + 1;
    blockStart[i] = blocks.size();
    blockEnd[i] = blocks.size();
    boolean isBlock = BLOCK_TAGS.contains(e.normalName());
    blockOwner[i] = isBlock || parentIdx < 0 ? i : blockOwner[parentIdx];
    return i;
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2028'
        || c == '\u2029' || c == '\u3000' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A');
  }

  /** Chars that take no room: zero-width space, BOM, soft hyphen, NUL. */
  static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == 0 || c == '\u2060';
  }

  private final class Reader implements NodeVisitor {
    private final StringBuilder sb = new StringBuilder();
    private int linkChars;
    private boolean space;
    private int[] stack = new int[64];
    private int top = -1;
    private int linkDepth;
    private int preDepth;
    private int headingDepth;
    private int cellDepth;

    @Override
    public void head(Node node, int d) {
      if (node instanceof TextNode tn) {
        text(tn.getWholeText());
        return;
      }
      if (!(node instanceof Element e)) return;
      String tag = e.normalName();
      boolean block = BLOCK_TAGS.contains(tag);
      if (block) flush();
      if (tag.equals("br")) {
        lineBreak();
      }
      int idx = add(e, top < 0 ? -1 : stack[top]);
      if (++top == stack.length) stack = Arrays.copyOf(stack, stack.length * 2);
      stack[top] = idx;
      switch (tag) {
        case "a" -> linkDepth++;
        case "pre", "listing", "plaintext", "xmp" -> preDepth++;
        case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
        case "td", "th" -> cellDepth++;
        default -> { }
      }
    }

    @Override
    public void tail(Node node, int d) {
      if (!(node instanceof Element e)) return;
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) flush();
      int idx = stack[top];
      blockEnd[idx] = blocks.size();
      subtreeEnd[idx] = size;
      top--;
      switch (tag) {
        case "a" -> linkDepth--;
        case "pre", "listing", "plaintext", "xmp" -> preDepth--;
        case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
        case "td", "th" -> cellDepth--;
        default -> { }
      }
    }

    private void text(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (isInvisible(c)) continue;
        if (isBlank(c)) {
          if (preDepth > 0 && c == '\n') {
            sb.append('\n');
            space = false;
          } else {
            space = true;
          }
          continue;
        }
        if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
          sb.append(' ');
          if (linkDepth > 0) linkChars++;
        }
        space = false;
        sb.append(c);
        if (linkDepth > 0) linkChars++;
      }
    }

    private void lineBreak() {
      // trailing spaces on a line are dropped; two breaks in a row end the block
      int n = sb.length();
      while (n > 0 && sb.charAt(n - 1) == ' ') n--;
      sb.setLength(n);
      space = false;
      if (n == 0) return;
      if (sb.charAt(n - 1) == '\n') {
        flush();
      } else {
        sb.append('\n');
      }
    }

    void flush() {
      space = false;
      if (sb.length() == 0) return;
      String t = trim(sb);
      int links = Math.min(linkChars, t.length());
      sb.setLength(0);
      linkChars = 0;
      if (t.isEmpty()) return;
      int owner = top < 0 ? 0 : blockOwner[stack[top]];
      int kind = headingDepth > 0 ? HEADING : cellDepth > 0 ? CELL : P;
      blocks.add(new Block(t, links, owner, kind));
    }
  }

  /** Trims blanks and newlines at both ends, and the spaces before each newline. */
  private static String trim(StringBuilder sb) {
    int a = 0;
    int b = sb.length();
    while (a < b && (sb.charAt(a) == ' ' || sb.charAt(a) == '\n')) a++;
    while (b > a && (sb.charAt(b - 1) == ' ' || sb.charAt(b - 1) == '\n')) b--;
    String s = sb.substring(a, b);
    if (s.indexOf('\n') >= 0) {
      s = s.replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n");
    }
    return s;
  }
}
