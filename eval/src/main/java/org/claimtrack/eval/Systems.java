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
      // claims that share a source mention and a cue are one attribution whose content the
      // extractor split ("the rest of the sentence" of a cue): PolNeAR writes such a content as
      // one discontinuous span, so they are scored as one attribution over the covering span
      java.util.Map<List<Span>, Span> merged = new java.util.LinkedHashMap<>();
      List<PredictedAttribution> out = new ArrayList<>();
      if (r instanceof Result.Ok<ArticleClaims> ok) {
        for (Claim c : ok.value().claims()) {
          if (c.kind() == ClaimKind.AUTHORIAL) continue;
          if (c.sourceSpan() == null || c.cueSpan() == null) {
            out.add(new PredictedAttribution(c.sourceSpan(), c.cueSpan(), c.span()));
            continue;
          }
          merged.merge(java.util.Arrays.asList(c.sourceSpan(), c.cueSpan()), c.span(), Span::union);
        }
      }
      merged.forEach((k, content) -> out.add(new PredictedAttribution(k.get(0), k.get(1), content)));
      return out;
    };
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
