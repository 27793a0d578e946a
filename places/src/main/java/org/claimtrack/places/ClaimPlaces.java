package org.claimtrack.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimPlace;
import org.claimtrack.domain.PlaceKind;
import org.claimtrack.domain.PlaceRole;
import org.claimtrack.domain.Provenance;
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
      out.add(c.withPlaces(ps, new Provenance(p.article(), p.sentence(), stages, p.version())));
    }
    return out;
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
