package org.claimtrack.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Hedge;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;

/**
 * An article's text as HTML with every claim's parts marked: content, source mention, cue, numbers
 * and hedges, each its own class. Spans may overlap (a source mention inside another claim's
 * content), so the text is cut at every span boundary and each piece is one escaped {@code <span>}
 * naming its roles and claims: always well nested, never raw text.
 */
final class ArticleHtml {
  private ArticleHtml() {}

  private record Mark(int start, int end, String role, String claimId) {}

  static String render(String text, List<Claim> claims) {
    List<Mark> marks = new ArrayList<>();
    for (Claim c : claims) {
      add(marks, text, c.span(), "content", c.id());
      add(marks, text, c.sourceSpan(), "source", c.id());
      add(marks, text, c.cueSpan(), "cue", c.id());
      for (Quantity q : c.quantities()) add(marks, text, q.span(), "number", c.id());
      for (Hedge h : c.hedges()) add(marks, text, h.span(), "hedge", c.id());
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Mark m : marks) {
      cuts.add(m.start());
      cuts.add(m.end());
    }
    StringBuilder out = new StringBuilder(text.length() * 2);
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) piece(out, text, prev, cut, marks);
      prev = cut;
    }
    return out.toString();
  }

  private static void add(List<Mark> marks, String text, Span s, String role, String claimId) {
    if (s == null || !s.fits(text.length()) || s.end() <= s.start()) return;
    marks.add(new Mark(s.start(), s.end(), role, claimId));
  }

  private static void piece(StringBuilder out, String text, int from, int to, List<Mark> marks) {
    TreeSet<String> roles = new TreeSet<>();
    TreeSet<String> ids = new TreeSet<>();
    for (Mark m : marks) {
      if (m.start() <= from && m.end() >= to) {
        roles.add(m.role());
        ids.add(m.claimId());
      }
    }
    String words = Charts.esc(text.substring(from, to));
    if (roles.isEmpty()) {
      out.append(words);
      return;
    }
    out.append("<span class=\"hl");
    for (String r : roles) out.append(" hl-").append(r);
    out.append("\" data-claims=\"").append(Charts.esc(String.join(" ", ids))).append("\">").append(words).append("</span>");
  }
}
