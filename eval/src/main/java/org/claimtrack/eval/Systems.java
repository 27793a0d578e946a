package org.claimtrack.eval;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.attribution.AttributionSystem;
import org.claimtrack.eval.attribution.PredictedAttribution;
import org.claimtrack.eval.timex.PredictedTimex;
import org.claimtrack.eval.timex.TimexSystem;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.TemporalExpression;
import org.claimtrack.extract.TimeTagger;
import org.claimtrack.ingest.ArticleHash;

/** claimtrack's stages as the systems the suites measure. */
public final class Systems {
  private Systems() {}

  /**
   * The claim extractor as an attribution system: every claim that is not authorial is an
   * attribution with its source mention, cue and content spans. The whole text is the body.
   */
  public static AttributionSystem attribution(ClaimExtractor extractor) {
    return (id, text, published) -> {
      Article a = new Article(id, id, text, new Span(0, text.length()), null, null, published, null, ArticleHash.of(text));
      Result<ArticleClaims> r = extractor.extract(a);
      List<PredictedAttribution> out = new ArrayList<>();
      if (r instanceof Result.Ok<ArticleClaims> ok) {
        for (List<Claim> group : attributionGroups(ok.value().claims())) {
          Claim first = group.get(0);
          Span content = first.span();
          for (Claim c : group) content = content.union(c.span());
          out.add(new PredictedAttribution(first.sourceSpan(), first.cueSpan(), content));
        }
      }
      return out;
    };
  }

  /**
   * The claims of an article grouped as PolNeAR counts attributions: one group per source mention
   * and cue, the first claim of a group being the one that carries them. Claims that share a source
   * mention and a cue are one attribution whose content the extractor split ("the rest of the
   * sentence" of a cue); a claim with no cue of its own that goes on with the account of the cued
   * claim right before it, of the same source (the next paragraph of a quote: "“...,” he said.
   * “...”"), belongs to that claim's cue. PolNeAR writes such a content as one discontinuous span,
   * so a group is scored as one attribution over the covering span. Authorial claims are left out.
   */
  public static List<List<Claim>> attributionGroups(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>();
    for (Claim c : claims) {
      if (c.kind() != ClaimKind.AUTHORIAL) sorted.add(c);
    }
    sorted.sort(java.util.Comparator.comparing(Claim::span));
    java.util.Map<List<Span>, List<Claim>> groups = new java.util.LinkedHashMap<>();
    List<List<Claim>> out = new ArrayList<>();
    for (Claim c : sorted) {
      Claim carrier = c;
      if (c.cueSpan() == null) {
        Claim before = null;
        for (Claim b : sorted) {
          if (b.cueSpan() != null && b.sourceSpan() != null && b.span().end() <= c.span().start()
              && (before == null || b.span().end() > before.span().end())) {
            before = b;
          }
        }
        if (before != null && before.source().equals(c.source())) carrier = before;
      }
      if (carrier.sourceSpan() == null || carrier.cueSpan() == null) {
        out.add(new ArrayList<>(List.of(c)));
        continue;
      }
      List<Span> key = java.util.Arrays.asList(carrier.sourceSpan(), carrier.cueSpan());
      List<Claim> g = groups.get(key);
      if (g == null) {
        g = new ArrayList<>();
        groups.put(key, g);
        out.add(g);
      }
      if (carrier != c && !g.contains(carrier)) g.add(0, carrier);
      if (!g.contains(c)) g.add(c);
    }
    return out;
  }

  /** The places stage over tags-only annotation (tokens, POS, 3-class NER), as a geo system. */
  public static org.claimtrack.eval.geo.GeoSystem places(org.claimtrack.nlp.NlpPipeline nlp, org.claimtrack.places.PlaceFinder finder) {
    return (id, text, published) -> {
      org.claimtrack.nlp.NlpDocument doc =
          nlp.annotate(text, new Span(0, text.length()), published, org.claimtrack.nlp.AnnotationPlan.tagsOnly());
      List<org.claimtrack.eval.geo.GeoSystem.Predicted> out = new ArrayList<>();
      for (org.claimtrack.places.Place p : finder.find(doc).places()) {
        out.add(new org.claimtrack.eval.geo.GeoSystem.Predicted(p.span().start(), p.span().end(), p.lat(), p.lon(), p.geonameid()));
      }
      return out;
    };
  }

  /** The date stage as a timex system. */
  public static TimexSystem time(TimeTagger tagger) {
    return (text, date) -> {
      List<PredictedTimex> out = new ArrayList<>();
      for (TemporalExpression t : tagger.find(text, new Span(0, text.length()), date)) {
        out.add(new PredictedTimex(t.span(), t.type(), t.value()));
      }
      return out;
    };
  }
}
