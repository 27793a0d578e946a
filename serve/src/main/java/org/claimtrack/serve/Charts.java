package org.claimtrack.serve;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.FigureText;
import org.claimtrack.ledger.track.Revision;

/**
 * The charts, drawn on the server as SVG: readable without JavaScript, printable, and inside the
 * Content-Security-Policy (colours are SVG attributes, not inline styles). Every text is escaped.
 */
final class Charts {
  private Charts() {}

  /** Okabe–Ito: told apart by people with the common colour-vision deficiencies. */
  static final List<String> PALETTE =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#8C6D1F");

  static String color(int i) {
    return PALETTE.get(Math.floorMod(i, PALETTE.size()));
  }

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') b.append(' ');
          else b.append(c);
        }
      }
    }
    return b.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A small swatch for a legend or a table row. */
  static String swatch(String color, boolean hollow) {
    return "<svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\""
        + " width=\"10\" height=\"10\" rx=\"2\" fill=\"" + (hollow ? "#fff" : color) + "\" stroke=\"" + color
        + "\" stroke-width=\"2\"/></svg>";
  }

  /** The value a figure is drawn at when one point is needed: the middle, or the bound it has. */
  static Double mid(Estimate e) {
    if (e.low() != null && e.high() != null) return (e.low().doubleValue() + e.high().doubleValue()) / 2;
    if (e.low() != null) return e.low().doubleValue();
    if (e.high() != null) return e.high().doubleValue();
    return null;
  }

  /** The tracker's headline chart. */
  static String tracker(TrackerData d) {
    final int w = 860;
    final int h = 360;
    final int left = 76;
    final int right = 24;
    final int top = 28;
    final int bottom = 44;
    List<Estimate> dated = d.tracker().estimates().stream().filter(e -> e.reportedOn() != null && mid(e) != null).toList();
    Map<String, Integer> sourceIndex = new HashMap<>();
    for (String s : d.sourceOrder()) sourceIndex.put(s, sourceIndex.size());
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"tracker-chart\" class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
    svg.append("<title id=\"chart-title\">").append(esc(d.tracker().what())).append("</title>");
    svg.append("<desc id=\"chart-desc\">Each figure by the day its source gave it: bars are ranges, dots exact figures,"
        + " arrows open-ended ones; hollow marks are hedged, faded ones repeat an earlier figure; lines join a source's"
        + " revisions; red rings mark figures in conflict.</desc>");
    if (dated.isEmpty()) {
      svg.append("<text x=\"").append(w / 2).append("\" y=\"").append(h / 2)
          .append("\" text-anchor=\"middle\" class=\"empty\">No dated figures to draw.</text></svg>");
      return svg.toString();
    }
    LocalDate min = dated.stream().map(Estimate::reportedOn).min(LocalDate::compareTo).orElseThrow();
    LocalDate max = dated.stream().map(Estimate::reportedOn).max(LocalDate::compareTo).orElseThrow();
    long span = Math.max(6, ChronoUnit.DAYS.between(min, max));
    LocalDate x0 = min.minusDays(Math.max(2, span / 12));
    LocalDate x1 = max.plusDays(Math.max(2, span / 12));
    double days = ChronoUnit.DAYS.between(x0, x1);
    double vmax = 0;
    for (Estimate e : dated) {
      if (e.low() != null) vmax = Math.max(vmax, e.low().doubleValue());
      if (e.high() != null) vmax = Math.max(vmax, e.high().doubleValue());
    }
    double step = niceStep(vmax / 5);
    double ymax = Math.max(step, Math.ceil(vmax * 1.15 / step) * step);
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    java.util.function.DoubleUnaryOperator y = v -> top + plotH - v / ymax * plotH;
    java.util.function.Function<LocalDate, Double> x = dt -> left + ChronoUnit.DAYS.between(x0, dt) / days * plotW;

    // axes and grid
    svg.append("<g class=\"axis\">");
    for (double v = 0; v <= ymax + 1e-9; v += step) {
      double yy = y.applyAsDouble(v);
      svg.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"")
          .append(f(yy)).append("\" y2=\"").append(f(yy)).append("\" stroke=\"#e3e3e3\"/>");
      svg.append("<text x=\"").append(left - 8).append("\" y=\"").append(f(yy + 4)).append("\" text-anchor=\"end\">")
          .append(esc(FigureText.number(BigDecimal.valueOf(v)))).append("</text>");
    }
    DateTimeFormatter fmt = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    int ticks = (int) Math.min(7, days);
    for (int i = 0; i <= ticks; i++) {
      LocalDate dt = x0.plusDays(Math.round(days * i / ticks));
      double xx = x.apply(dt);
      svg.append("<line x1=\"").append(f(xx)).append("\" x2=\"").append(f(xx)).append("\" y1=\"").append(top + plotH)
          .append("\" y2=\"").append(top + plotH + 5).append("\" stroke=\"#888\"/>");
      svg.append("<text x=\"").append(f(xx)).append("\" y=\"").append(top + plotH + 20).append("\" text-anchor=\"middle\">")
          .append(esc(dt.format(fmt))).append("</text>");
    }
    svg.append("<line x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(top + plotH)
        .append("\" y2=\"").append(top + plotH).append("\" stroke=\"#888\"/>");
    svg.append("<text x=\"").append(left + plotW / 2).append("\" y=\"").append(h - 6)
        .append("\" text-anchor=\"middle\" class=\"label\">date the source gave the figure</text>");
    svg.append("</g>");

    // where each estimate is drawn: same-day figures side by side
    Map<LocalDate, List<Estimate>> byDay = new LinkedHashMap<>();
    for (Estimate e : dated) byDay.computeIfAbsent(e.reportedOn(), k -> new ArrayList<>()).add(e);
    Map<String, double[]> at = new HashMap<>(); // claimId -> {x, y}
    Map<Estimate, Double> xs = new HashMap<>();
    for (List<Estimate> same : byDay.values()) {
      for (int i = 0; i < same.size(); i++) {
        Estimate e = same.get(i);
        double xx = x.apply(e.reportedOn()) + (i - (same.size() - 1) / 2.0) * 14;
        xs.put(e, xx);
        at.putIfAbsent(e.claimId(), new double[] {xx, y.applyAsDouble(mid(e))});
      }
    }
    Set<String> inConflict = new HashSet<>();
    for (Conflict c : d.tracker().conflicts()) {
      inConflict.add(c.a());
      inConflict.add(c.b());
    }

    // revisions under the marks
    svg.append("<g class=\"revisions\">");
    for (Revision r : d.tracker().revisions()) {
      double[] a = at.get(r.from());
      double[] b = at.get(r.to());
      if (a == null || b == null) continue;
      String col = color(sourceIndex.getOrDefault(r.sourceId(), 0));
      svg.append("<line class=\"revision\" data-from=\"").append(esc(r.from())).append("\" data-to=\"").append(esc(r.to()))
          .append("\" x1=\"").append(f(a[0])).append("\" y1=\"").append(f(a[1])).append("\" x2=\"").append(f(b[0]))
          .append("\" y2=\"").append(f(b[1])).append("\" stroke=\"").append(col)
          .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"><title>")
          .append(esc(d.sourceName(r.sourceId()) + " revised its figure " + r.direction().name().toLowerCase(Locale.ROOT)))
          .append("</title></line>");
    }
    svg.append("</g>");
    // conflicts: a thin red link between the two figures
    svg.append("<g class=\"conflicts\">");
    for (Conflict c : d.tracker().conflicts()) {
      double[] a = at.get(c.a());
      double[] b = at.get(c.b());
      if (a == null || b == null) continue;
      svg.append("<line class=\"conflict-link\" x1=\"").append(f(a[0])).append("\" y1=\"").append(f(a[1])).append("\" x2=\"")
          .append(f(b[0])).append("\" y2=\"").append(f(b[1])).append("\" stroke=\"#c00\" stroke-width=\"1\" stroke-dasharray=\"2 3\">")
          .append("<title>").append(esc("conflict: " + (c.why() == null ? "these figures cannot both be right" : c.why())))
          .append("</title></line>");
    }
    svg.append("</g>");

    svg.append("<g class=\"marks\">");
    for (Estimate e : dated) {
      int si = sourceIndex.getOrDefault(e.sourceId(), 0);
      String col = color(si);
      String fill = e.hedged() ? "#fff" : col;
      double xx = xs.get(e);
      String figure = FigureText.of(e.low(), e.high(), e.qualifier());
      String sentence = d.sentence(e.claimId());
      String label = d.sourceName(e.sourceId()) + ": " + figure + " (" + e.reportedOn() + ")"
          + (e.hedged() ? ", hedged" : "") + (e.repeatOf() != null ? ", repeats an earlier figure" : "")
          + (inConflict.contains(e.claimId()) ? ", in conflict" : "");
      svg.append("<a class=\"est").append(e.repeatOf() != null ? " repeat" : "").append(e.hedged() ? " hedged" : "")
          .append(inConflict.contains(e.claimId()) ? " conflict" : "").append("\" href=\"")
          .append(esc(Urls.claim(e.articleHash(), e.claimId()))).append("\" data-claim=\"").append(esc(e.claimId()))
          .append("\" data-label=\"").append(esc(label)).append("\" data-sentence=\"").append(esc(sentence))
          .append("\" aria-label=\"").append(esc(label)).append("\"")
          .append(e.repeatOf() != null ? " opacity=\"0.35\"" : "").append(">");
      svg.append("<title>").append(esc(label + " — \u201c" + sentence + "\u201d")).append("</title>");
      double top0 = top + 4;
      double base = top + plotH;
      if (e.low() != null && e.high() != null && e.low().compareTo(e.high()) == 0) {
        svg.append("<circle cx=\"").append(f(xx)).append("\" cy=\"").append(f(y.applyAsDouble(e.low().doubleValue())))
            .append("\" r=\"6\" fill=\"").append(fill).append("\" stroke=\"").append(col).append("\" stroke-width=\"2.5\"/>");
      } else if (e.low() != null && e.high() != null) {
        double y1 = y.applyAsDouble(e.high().doubleValue());
        double y2 = y.applyAsDouble(e.low().doubleValue());
        svg.append("<rect x=\"").append(f(xx - 5)).append("\" y=\"").append(f(y1)).append("\" width=\"10\" height=\"")
            .append(f(Math.max(3, y2 - y1))).append("\" rx=\"2\" fill=\"").append(fill).append("\" stroke=\"").append(col)
            .append("\" stroke-width=\"2.5\"/>");
      } else if (e.low() != null) { // at least: from the bound up, an arrow
        double yl = y.applyAsDouble(e.low().doubleValue());
        svg.append(arrow(xx, yl, top0, col, fill));
      } else { // at most: from the bound down
        double yh = y.applyAsDouble(e.high().doubleValue());
        svg.append(arrow(xx, yh, base - 2, col, fill));
      }
      // a wide transparent target, easier to point at and click
      svg.append("<rect x=\"").append(f(xx - 8)).append("\" y=\"").append(f(at.get(e.claimId())[1] - 10))
          .append("\" width=\"16\" height=\"20\" fill=\"transparent\"/>");
      if (inConflict.contains(e.claimId())) {
        svg.append("<circle class=\"conflict-mark\" cx=\"").append(f(xx)).append("\" cy=\"").append(f(at.get(e.claimId())[1]))
            .append("\" r=\"11\" fill=\"none\" stroke=\"#c00\" stroke-width=\"2\"/>");
      }
      svg.append("</a>");
    }
    svg.append("</g></svg>");
    return svg.toString();
  }

  /** An open-ended figure: a base tick at the bound, a shaft towards {@code toY}, an arrow head there. */
  private static String arrow(double x, double fromY, double toY, String col, String fill) {
    double dir = toY < fromY ? -1 : 1;
    double headBase = toY - dir * 9;
    return "<line x1=\"" + f(x - 6) + "\" x2=\"" + f(x + 6) + "\" y1=\"" + f(fromY) + "\" y2=\"" + f(fromY) + "\" stroke=\""
        + col + "\" stroke-width=\"3\"/>"
        + "<line x1=\"" + f(x) + "\" x2=\"" + f(x) + "\" y1=\"" + f(fromY) + "\" y2=\"" + f(headBase) + "\" stroke=\"" + col
        + "\" stroke-width=\"3\"/>"
        + "<polygon points=\"" + f(x - 6) + "," + f(headBase) + " " + f(x + 6) + "," + f(headBase) + " " + f(x) + "," + f(toY)
        + "\" fill=\"" + fill + "\" stroke=\"" + col + "\" stroke-width=\"2\"/>";
  }

  static double niceStep(double raw) {
    if (raw <= 0) return 1;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double n = raw / p;
    return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
  }

  /** A sparkline of a tracker's own (not repeated) dated figures. */
  static String sparkline(List<Estimate> estimates, boolean conflicted) {
    List<Estimate> pts = estimates.stream().filter(e -> e.repeatOf() == null && e.reportedOn() != null && mid(e) != null)
        .toList();
    int w = 120;
    int h = 28;
    StringBuilder s = new StringBuilder("<svg class=\"spark\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w
        + " " + h + "\" aria-hidden=\"true\">");
    if (pts.isEmpty()) return s.append("</svg>").toString();
    LocalDate min = pts.get(0).reportedOn();
    LocalDate max = pts.get(0).reportedOn();
    double vmin = Double.MAX_VALUE;
    double vmax = 0;
    for (Estimate e : pts) {
      if (e.reportedOn().isBefore(min)) min = e.reportedOn();
      if (e.reportedOn().isAfter(max)) max = e.reportedOn();
      vmin = Math.min(vmin, mid(e));
      vmax = Math.max(vmax, mid(e));
    }
    double days = Math.max(1, ChronoUnit.DAYS.between(min, max));
    double lo = Math.min(0, vmin);
    double range = Math.max(1e-9, vmax - lo);
    StringBuilder poly = new StringBuilder();
    double lx = 0;
    double ly = 0;
    List<Estimate> sorted = new ArrayList<>(pts);
    sorted.sort(java.util.Comparator.comparing(Estimate::reportedOn));
    for (Estimate e : sorted) {
      lx = 4 + ChronoUnit.DAYS.between(min, e.reportedOn()) / days * (w - 8);
      ly = h - 4 - (mid(e) - lo) / range * (h - 8);
      poly.append(f(lx)).append(',').append(f(ly)).append(' ');
    }
    s.append("<polyline points=\"").append(poly.toString().strip())
        .append("\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"1.5\"/>");
    s.append("<circle cx=\"").append(f(lx)).append("\" cy=\"").append(f(ly)).append("\" r=\"2.5\" fill=\"")
        .append(conflicted ? "#c00" : "#0072B2").append("\"/>");
    return s.append("</svg>").toString();
  }
}
