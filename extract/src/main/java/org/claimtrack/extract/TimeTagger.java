package org.claimtrack.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.AnnotationPlan;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.NlpPipeline;
import org.claimtrack.nlp.NlpPipelines;
import org.claimtrack.nlp.Sentence;

/**
 * The date stage on its own: the temporal expressions of a text (SUTime around every time word,
 * then {@code time.v1}). The claim extractor runs SUTime around fewer words, those that can date a
 * claim ({@link DefaultClaimExtractor#isClaimTimeWord}). Thread-safe.
 */
public final class TimeTagger {
  private final NlpPipeline nlp;
  private final AnnotationPlan plan;

  private TimeTagger(NlpPipeline nlp) {
    this.nlp = nlp;
    this.plan = AnnotationPlan.timesAround(s -> false, DefaultClaimExtractor::isTimeWord);
  }

  public static TimeTagger standard() {
    return new TimeTagger(NlpPipelines.shared());
  }

  public static TimeTagger create(NlpPipeline nlp) {
    return new TimeTagger(nlp);
  }

  public List<TemporalExpression> find(String text, Span region, LocalDate documentDate) {
    NlpDocument doc = nlp.annotate(text, region, documentDate, plan);
    List<TemporalExpression> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (TimeNormalizer.Normalized n : TimeNormalizer.normalize(s, text, documentDate)) {
        out.add(new TemporalExpression(n.timex().span(), n.timex().type(), n.value()));
      }
    }
    return out;
  }
}
