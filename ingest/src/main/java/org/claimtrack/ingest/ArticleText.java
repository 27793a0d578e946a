package org.claimtrack.ingest;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Article;

/**
 * What every reader's article text goes through before it is passed on, so that every database
 * stores the same thing: NUL and the other C0 control characters but tab, newline and carriage return
 * (which PostgreSQL refuses, or terminals act on) become spaces, and unpaired UTF-16 surrogates
 * (which cannot be encoded) become U+FFFD. One character for one, so every offset into the text stays
 * where it was.
 */
final class ArticleText {
  private ArticleText() {}

  /** The article with clean text and fields; the same object when nothing needed cleaning. */
  static Article clean(Article a) {
    String text = clean(a.text());
    String id = clean(a.id());
    String file = clean(a.file());
    String title = clean(a.title());
    String publisher = clean(a.publisher());
    String url = clean(a.url());
    if (text == a.text() && id == a.id() && file == a.file() && title == a.title() && publisher == a.publisher()
        && url == a.url()) {
      return a;
    }
    String hash = text == a.text() ? a.hash() : ArticleHash.of(a.body().of(text));
    return new Article(id, file, text, a.body(), title, publisher, a.published(), url, hash);
  }

  static List<String> clean(List<String> strings) {
    List<String> out = new ArrayList<>(strings.size());
    boolean changed = false;
    for (String s : strings) {
      String c = clean(s);
      changed |= c != s;
      out.add(c);
    }
    return changed ? out : strings;
  }

  /** The string with controls as spaces and lone surrogates as U+FFFD; the same string when clean. */
  static String clean(String s) {
    if (s == null) return null;
    int i = 0;
    while (i < s.length() && ok(s, i)) i++;
    if (i == s.length()) return s;
    char[] c = s.toCharArray();
    for (; i < c.length; i++) {
      if (!ok(s, i)) c[i] = Character.isSurrogate(c[i]) ? '\uFFFD' : ' ';
    }
    return new String(c);
  }

  private static boolean ok(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    return true;
  }
}
