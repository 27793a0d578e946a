package org.claimtrack.cli;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Hedge;
import org.claimtrack.domain.Printable;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Source;

/** The readable form of an article's claims, for {@code --format text}. */
final class TextTable {
  private TextTable() {}

  /** The table, with every control character from the input escaped (tabs and the table's own lines kept). */
  static String render(ArticleClaims ac) {
    return Printable.block(table(ac));
  }

  private static String table(ArticleClaims ac) {
    StringBuilder sb = new StringBuilder();
    var a = ac.article();
    sb.append("== ").append(Printable.line(a.title() != null ? a.title() : a.id())).append('\n');
    sb.append("   ").append(Printable.line(a.file() != null ? a.file() : a.id()));
    if (a.publisher() != null) sb.append(" · ").append(Printable.line(a.publisher()));
    if (a.published() != null) sb.append(" · ").append(a.published());
    sb.append(" · ").append(ac.claims().size()).append(ac.claims().size() == 1 ? " claim" : " claims").append('\n');
    int n = 0;
    for (Claim c : ac.claims()) {
      n++;
      sb.append(String.format("%n%3d. %-12s %s", n, c.kind(), Printable.line(source(c.source()))));
      if (c.cue() != null) sb.append("  cue: ").append('"').append(Printable.line(c.cue())).append('"');
      if (c.reportedOn() != null) sb.append("  on ").append(c.reportedOn());
      if (c.about() != null) sb.append("  about ").append(c.about());
      if (c.hedged()) {
        sb.append("  hedged:");
        for (Hedge h : c.hedges()) sb.append(" \"").append(h.text()).append('"');
      }
      sb.append('\n');
      sb.append("     ").append(c.text().replaceAll("\\s+", " ")).append('\n');
      sb.append("     (sentence ").append(c.provenance().sentence()).append(", via ")
          .append(String.join(" ", c.provenance().stages().subList(1, c.provenance().stages().size()))).append(")\n");
      for (Quantity q : c.quantities()) {
        sb.append("     # ").append(q.surface()).append(" = ").append(interval(q)).append(' ').append(q.qualifier());
        if (q.unit() != null) sb.append(' ').append(q.unit());
        if (q.counted() != null) sb.append("  counting: ").append(q.counted());
        sb.append('\n');
      }
    }
    sb.append('\n');
    return sb.toString();
  }

  private static String source(Source s) {
    StringBuilder sb = new StringBuilder(s.name() == null ? "(unknown author)" : s.name());
    sb.append(" (").append(s.type());
    if (s.title() != null) sb.append("; ").append(s.title());
    if (s.affiliation() != null) sb.append("; ").append(s.affiliation());
    return sb.append(')').toString();
  }

  static String interval(Quantity q) {
    return "[" + num(q.low()) + ", " + num(q.high()) + "]";
  }

  private static String num(BigDecimal d) {
    if (d == null) return "-";
    DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(d);
  }
}
