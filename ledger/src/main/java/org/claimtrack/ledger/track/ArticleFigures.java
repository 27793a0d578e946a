package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.FigureKind;
import org.claimtrack.domain.Place;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;

/**
 * The tracked figures of one article: every quantity whose typed figure counts a thing, with why
 * (read from the figure's fields and their evidence), and the place the article gives its other
 * figures of the same thing for a figure that names none. Depends on the article's claims only,
 * so the ledger computes it once per article.
 */
final class ArticleFigures {
  private ArticleFigures() {}

  static List<FigureRef> of(List<LedgerClaim> claims, Map<String, ClaimNode> nodeOfClaim) {
    List<FigureRef> out = new ArrayList<>();
    for (LedgerClaim c : claims) {
      List<Quantity> qs = c.claim().quantities();
      ClaimNode n = nodeOfClaim.get(c.claimId());
      for (int i = 0; i < qs.size(); i++) {
        Quantity q = qs.get(i);
        if (q.figure() == null || !q.figure().tracked()) continue;
        out.add(ref(c, n, q, i));
      }
    }
    out.sort(Comparator.comparingInt(FigureRef::at).thenComparing(FigureRef::claimId).thenComparingInt(FigureRef::quantityIndex));
    return inheritPlaces(out);
  }

  private static FigureRef ref(LedgerClaim c, ClaimNode n, Quantity q, int index) {
    Figure f = q.figure();
    TrackerKind kind = TrackerKind.valueOf(f.kind().value().name());
    String base = base(f);
    String unit = q.unit();
    String family = base + "|" + (unit == null ? "" : Ids.slug(unit));
    List<String> why = new ArrayList<>();
    String counted = q.counted() == null || q.surface().contains(q.counted()) ? q.surface() : q.surface() + " " + q.counted();
    why.add("counts " + f.label() + " (\"" + counted + "\")");
    String thingRule = f.thing().rule();
    if (thingRule.endsWith("total-of-previous")) {
      why.add("the total of what the article last counted: " + f.label() + words(c, f.thing().span()));
    } else if (thingRule.endsWith("elided")) {
      why.add("its noun left out: the figure before it counts " + f.thing().value() + words(c, f.thing().span()));
    } else if (!f.thing().value().equals(q.counted()) && f.thing().span() != null) {
      why.add("\"" + text(c, f.thing().span(), f.thing().value()) + "\" counted as " + f.thing().value());
    }
    if (f.whose() != null) why.add("whose: " + f.whose().value() + words(c, f.whose().span()));
    if (f.outcome() != null) why.add("what happened to them: " + f.outcome().value().words() + words(c, f.outcome().span()));
    Place p = f.place();
    if (p != null) why.add("place " + display(p.name(), p.country(), p.level()) + words(c, p.span()));
    if (f.kind().value() != FigureKind.COUNT) {
      why.add("a " + f.kind().value().name().toLowerCase(Locale.ROOT) + words(c, f.kind().span()));
    }
    if (f.reading() != null) {
      why.add((f.reading().value() == Figure.Reading.JUST_BELOW ? "just below " : "just above ")
          + FigureText.number(q.low() != null ? q.low() : q.high()) + words(c, f.reading().span()));
    }
    return new FigureRef(c.claimId(), index, c.articleId(), c.articleHash(), c.file(), c.published(),
        c.claim().reportedOn(), q.span().start(), q.low(), q.high(), q.qualifier(),
        f.reading() == null ? null : f.reading().value(), c.claim().hedged(), q.surface(), family, base, f.label(), kind,
        unit, p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.level(), false,
        n.node(), n.originNode(), n.via().isEmpty() ? null : String.join(" → ", n.via()), String.join("; ", why),
        p == null ? null : p.resolved());
  }

  /** "north-korea-soldiers-killed": whose, the thing and what happened to it, as a tracker id says them. */
  static String base(Figure f) {
    StringBuilder b = new StringBuilder();
    if (f.whose() != null) b.append(Ids.slug(f.whose().value())).append('-');
    b.append(Ids.slug(f.thing().value()));
    if (f.outcome() != null) b.append('-').append(Ids.slug(f.outcome().value().words()));
    return b.toString();
  }

  /** "Russia's Kursk region", "Russia", "Gaza". */
  static String display(String place, String country, Place.Level level) {
    if (place == null) return null;
    return level == Place.Level.REGION && country != null ? country + "'s " + place : place;
  }

  /** The words at a span as " (\"...\")" when the claim's text holds them, else "". */
  private static String words(LedgerClaim c, Span s) {
    String t = text(c, s, null);
    return t == null ? "" : " (\"" + t + "\")";
  }

  private static String text(LedgerClaim c, Span s, String fallback) {
    if (s == null || !c.claim().span().contains(s)) return fallback;
    int from = s.start() - c.claim().span().start();
    String text = c.claim().text();
    if (from < 0 || from + s.length() > text.length()) return fallback;
    return text.substring(from, from + s.length());
  }

  /**
   * A figure with no place of its own takes the place the article gives most often to its other
   * figures of the same thing (counts, plans and projections alike; the first such figure on a tie).
   */
  private static List<FigureRef> inheritPlaces(List<FigureRef> refs) {
    List<FigureRef> out = new ArrayList<>(refs.size());
    for (FigureRef r : refs) {
      if (r.place() != null) {
        out.add(r);
        continue;
      }
      Map<String, Integer> counts = new LinkedHashMap<>();
      Map<String, FigureRef> example = new LinkedHashMap<>();
      for (FigureRef o : refs) {
        if (o == r || o.place() == null || !o.family().equals(r.family())) continue;
        counts.merge(o.placeKey(), 1, Integer::sum);
        example.putIfAbsent(o.placeKey(), o);
      }
      String best = null;
      for (var e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
      if (best == null) {
        out.add(r);
        continue;
      }
      FigureRef o = example.get(best);
      out.add(r.withPlace(o.place(), o.placeCountry(), o.placeLevel(), o.resolved(), "place from the article's other figures of "
          + r.label() + ": " + display(o.place(), o.placeCountry(), o.placeLevel()) + " (\"" + o.surface() + "\")"));
    }
    return out;
  }
}
