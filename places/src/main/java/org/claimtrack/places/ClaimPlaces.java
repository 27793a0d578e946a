package org.claimtrack.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimPlace;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.PlaceKind;
import org.claimtrack.domain.PlaceRole;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.Sentence;

/**
 * The places stage of claim extraction: each claim gets the resolved places of its sentences (the
 * sentences its content, cue and source mention are in), each with its role. A place inside the
 * content is where it happened ({@link PlaceRole#EVENT}); one elsewhere in those sentences goes with
 * the source or the cue, so it is where the source is ({@link PlaceRole#SOURCE}); a demonym is an
 * {@link PlaceRole#ORIGIN}. Places the finder could not resolve are left out. A pure function of
 * the claims, the annotated text and what the finder found in it (no second NLP run).
 */
public final class ClaimPlaces {
  private ClaimPlaces() {}

  /**
   * The claims with their places; a claim that gets any also gets {@code stage} in its
   * provenance. Claims keep their order.
   */
  public static List<Claim> place(List<Claim> claims, NlpDocument doc, ArticlePlaces found, String stage) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      List<ClaimPlace> ps = of(c, doc, found);
      if (ps.isEmpty()) {
        out.add(c);
        continue;
      }
      Provenance p = c.provenance();
      List<String> stages = new ArrayList<>(p.stages());
      if (!stages.contains(stage)) stages.add(stage);
      Provenance prov = new Provenance(p.article(), p.sentence(), stages, p.version());
      List<Quantity> qs = resolveFigures(c.quantities(), ps, found);
      out.add(new Claim(c.id(), c.kind(), c.source(), c.sourceSpan(), c.cue(), c.cueSpan(), c.text(), c.span(),
          c.reportedOn(), c.about(), c.hedged(), c.hedges(), qs, c.origin(), ps, prov));
    }
    return out;
  }

  /**
   * The quantities with their figures' places resolved: a figure's place whose words overlap one
   * of the claim's places where it happened ({@link PlaceRole#EVENT}) takes that entry's codes,
   * point and containment path. A figure's place no such place overlaps stays as the figure stage
   * found it.
   */
  static List<Quantity> resolveFigures(List<Quantity> qs, List<ClaimPlace> claimPlaces, ArticlePlaces found) {
    List<Quantity> out = new ArrayList<>(qs.size());
    for (Quantity q : qs) {
      org.claimtrack.domain.Place fp = q.figure() == null ? null : q.figure().place();
      Place hit = fp == null || fp.span() == null ? null : eventPlaceOver(fp.span(), claimPlaces, found);
      if (hit == null) {
        out.add(q);
        continue;
      }
      Figure f = q.figure();
      org.claimtrack.domain.Place resolved = fp.withResolved(new org.claimtrack.domain.Place.Resolved(hit.geonameid(),
          hit.country(), hit.admin1(), hit.kind(), hit.lat(), hit.lon(), hit.path()));
      out.add(q.withFigure(new Figure(f.thing(), f.whose(), f.outcome(), resolved, f.kind(), f.reading(), f.label(),
          f.notTracked())));
    }
    return out;
  }

  /**
   * The deepest found place, resolved and one of the claim's EVENT places, whose span overlaps
   * {@code span} ("in Russia's Kursk region" overlaps Russia and Kursk Oblast: Kursk Oblast, the
   * longer path; at equal depth the later words, the head of the phrase); or null.
   */
  private static Place eventPlaceOver(Span span, List<ClaimPlace> claimPlaces, ArticlePlaces found) {
    Place best = null;
    for (ClaimPlace cp : claimPlaces) {
      if (cp.role() != PlaceRole.EVENT || !cp.span().overlaps(span) || cp.country() == null) continue;
      for (Place p : found.places()) {
        if (!p.span().equals(cp.span()) || !p.isResolved()) continue;
        if (best == null || p.path().size() > best.path().size()
            || p.path().size() == best.path().size() && p.span().start() > best.span().start()) best = p;
      }
    }
    return best;
  }

  /** The places of one claim, in text order. */
  static List<ClaimPlace> of(Claim c, NlpDocument doc, ArticlePlaces found) {
    List<Span> region = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      Span sp = s.span();
      if (sp.overlaps(c.span()) || c.cueSpan() != null && sp.overlaps(c.cueSpan())
          || c.sourceSpan() != null && sp.overlaps(c.sourceSpan())) {
        region.add(sp);
      }
    }
    List<ClaimPlace> out = new ArrayList<>();
    if (region.isEmpty()) return out;
    for (Place p : found.places()) {
      if (!p.isResolved() || !inside(region, p.span())) continue;
      PlaceRole role = c.span().overlaps(p.span()) ? PlaceRole.EVENT : PlaceRole.SOURCE;
      out.add(new ClaimPlace(p.span(), p.name(), p.geonameid(), p.lat(), p.lon(), p.country(), p.admin1(), p.kind(),
          role, p.why()));
    }
    for (Origin o : found.origins()) {
      if (!inside(region, o.span())) continue;
      out.add(new ClaimPlace(o.span(), o.text(), null, null, null, o.country(), null, PlaceKind.COUNTRY,
          PlaceRole.ORIGIN, "demonym of " + o.countryName() + ": where they come from, not a location"));
    }
    out.sort(Comparator.comparing(ClaimPlace::span));
    return out;
  }

  private static boolean inside(List<Span> region, Span s) {
    for (Span r : region) if (r.contains(s)) return true;
    return false;
  }
}
