package org.claimtrack.ingest.feed;

/**
 * How deep elements nest in an XML text, found by one linear scan before any parser builds a tree:
 * a tree builder that checks each new element against its ancestors takes time quadratic in the
 * depth (200,000 nested elements took 53 s). Lexical only — tags, comments, CDATA, processing
 * instructions and declarations, quotes inside tags — so malformed XML is left for the parser to
 * report.
 */
final class XmlDepth {
  private XmlDepth() {}

  /** Deeper than any feed: rss, channel, item and a few levels of XHTML content. */
  static final int MAX_DEPTH = 256;

  /** Whether elements nest deeper than {@code max} anywhere in {@code t}. */
  static boolean deeperThan(String t, int max) {
    int depth = 0;
    int i = 0;
    int n = t.length();
    while (true) {
      int lt = t.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) return false;
      char c = t.charAt(lt + 1);
      int end;
      if (c == '!') {
        if (t.startsWith("<!--", lt)) {
          end = t.indexOf("-->", lt + 4);
          if (end >= 0) end += 2;
        } else if (t.startsWith("<![CDATA[", lt)) {
          end = t.indexOf("]]>", lt + 9);
          if (end >= 0) end += 2;
        } else {
          end = declarationEnd(t, lt + 2);
        }
      } else if (c == '?') {
        end = t.indexOf("?>", lt + 2);
        if (end >= 0) end += 1;
      } else if (c == '/') {
        depth = Math.max(0, depth - 1);
        end = t.indexOf('>', lt + 2);
      } else {
        end = tagEnd(t, lt + 1);
        if (end >= 0 && t.charAt(end - 1) != '/' && ++depth > max) return true;
      }
      if (end < 0) return false;
      i = end + 1;
    }
  }

  /** The '>' that ends a start tag, outside quoted attribute values; -1 when there is none. */
  private static int tagEnd(String t, int from) {
    char quote = 0;
    for (int k = from; k < t.length(); k++) {
      char c = t.charAt(k);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k;
      }
    }
    return -1;
  }

  /** The '>' that ends a declaration such as a DOCTYPE, past an internal subset in brackets. */
  private static int declarationEnd(String t, int from) {
    char quote = 0;
    int brackets = 0;
    for (int k = from; k < t.length(); k++) {
      char c = t.charAt(k);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        brackets++;
      } else if (c == ']') {
        brackets = Math.max(0, brackets - 1);
      } else if (c == '>' && brackets == 0) {
        return k;
      }
    }
    return -1;
  }
}
