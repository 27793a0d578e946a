package org.claimtrack.eval.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.Score;

/**
 * Scores one document's predicted attributions against its gold ones.
 *
 * <p>Per span type (source, cue, content) the spans are scored as a set over the document: every
 * gold attribution contributes its span once (so the same "he" in two attributions is two gold
 * sources) and every prediction its span once; null sources or cues contribute nothing.
 * <ul>
 *   <li><b>Exact</b>: gold and predicted spans are both {@linkplain SpanTrim trimmed}; a
 *       discontinuous gold span is compared through its {@linkplain Extent#cover() covering span}.
 *       Matches are one-to-one (multiset intersection).</li>
 *   <li><b>Overlap</b>: weight of a pair = chars of the trimmed prediction inside the trimmed gold
 *       fragments; one-to-one, greedy ({@link SpanMatching#greedy}): pairs that are also exact
 *       matches first, then by largest weight.</li>
 *   <li><b>Attribution</b>: a pair is a candidate when the prediction's content overlaps the gold
 *       content and its cue overlaps the gold cue (when the gold has no cue, content overlap alone
 *       suffices); weight = content overlap + cue overlap; one-to-one greedy, pairs whose content
 *       is an exact match first. P = matched / predicted attributions, R = matched / gold
 *       attributions.</li>
 * </ul>
 * Predictions are first put in a canonical order (content, cue, source), so the result does not
 * depend on the order a system returns them in.
 */
public final class AttributionScorer {

  private static final Comparator<Span> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<PredictedAttribution> CANONICAL =
      Comparator.comparing(PredictedAttribution::content, NULLS_FIRST)
          .thenComparing(PredictedAttribution::cue, NULLS_FIRST)
          .thenComparing(PredictedAttribution::source, NULLS_FIRST);

  private AttributionScorer() {}

  /**
   * Scores one document.
   *
   * @param text the document text the spans index into
   * @throws IllegalArgumentException when a predicted span does not fit the text
   */
  public static AttributionScores score(String text, List<GoldAttribution> gold, List<PredictedAttribution> predicted) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    List<PredictedAttribution> pred = new ArrayList<>(predicted);
    for (PredictedAttribution p : pred) {
      Objects.requireNonNull(p, "predicted attribution");
      for (Span s : new Span[] {p.source(), p.cue(), p.content()}) {
        if (s != null && !s.fits(text.length())) {
          throw new IllegalArgumentException("predicted span " + s + " exceeds text of length " + text.length());
        }
      }
    }
    pred.sort(CANONICAL);
    return new AttributionScores(
        exact(text, gold, pred, GoldAttribution::source, PredictedAttribution::source),
        overlap(text, gold, pred, GoldAttribution::source, PredictedAttribution::source),
        exact(text, gold, pred, GoldAttribution::cue, PredictedAttribution::cue),
        overlap(text, gold, pred, GoldAttribution::cue, PredictedAttribution::cue),
        exact(text, gold, pred, GoldAttribution::content, PredictedAttribution::content),
        overlap(text, gold, pred, GoldAttribution::content, PredictedAttribution::content),
        attributions(text, gold, pred));
  }

  private static Score exact(String text, List<GoldAttribution> gold, List<PredictedAttribution> pred,
      Function<GoldAttribution, Extent> goldRole, Function<PredictedAttribution, Span> predRole) {
    List<Span> g = new ArrayList<>();
    for (GoldAttribution a : gold) {
      Extent e = goldRole.apply(a);
      if (e != null) {
        g.add(SpanTrim.trim(e.cover(), text));
      }
    }
    List<Span> p = new ArrayList<>();
    for (PredictedAttribution a : pred) {
      Span s = predRole.apply(a);
      if (s != null) {
        p.add(SpanTrim.trim(s, text));
      }
    }
    return new Score(SpanMatching.exactMatches(g, p), p.size(), g.size());
  }

  private static Score overlap(String text, List<GoldAttribution> gold, List<PredictedAttribution> pred,
      Function<GoldAttribution, Extent> goldRole, Function<PredictedAttribution, Span> predRole) {
    List<List<Span>> g = new ArrayList<>();
    List<Span> gExact = new ArrayList<>();
    for (GoldAttribution a : gold) {
      Extent e = goldRole.apply(a);
      if (e != null) {
        g.add(e.trimmedFragments(text));
        gExact.add(SpanTrim.trim(e.cover(), text));
      }
    }
    List<Span> p = new ArrayList<>();
    for (PredictedAttribution a : pred) {
      Span s = predRole.apply(a);
      if (s != null) {
        p.add(SpanTrim.trim(s, text));
      }
    }
    int tp = SpanMatching.greedy(g.size(), p.size(), (gi, pi) -> overlap(g.get(gi), p.get(pi)),
        (gi, pi) -> gExact.get(gi).equals(p.get(pi))).size();
    return new Score(tp, p.size(), g.size());
  }

  private static Score attributions(String text, List<GoldAttribution> gold, List<PredictedAttribution> pred) {
    List<List<Span>> gContent = new ArrayList<>();
    List<Span> gContentExact = new ArrayList<>();
    List<List<Span>> gCue = new ArrayList<>();
    for (GoldAttribution a : gold) {
      gContent.add(a.content().trimmedFragments(text));
      gContentExact.add(SpanTrim.trim(a.content().cover(), text));
      gCue.add(a.cue() == null ? null : a.cue().trimmedFragments(text));
    }
    List<Span> pContent = new ArrayList<>();
    List<Span> pCue = new ArrayList<>();
    for (PredictedAttribution a : pred) {
      pContent.add(SpanTrim.trim(a.content(), text));
      pCue.add(a.cue() == null ? null : SpanTrim.trim(a.cue(), text));
    }
    int tp = SpanMatching.greedy(gold.size(), pred.size(), (gi, pi) -> {
      int content = overlap(gContent.get(gi), pContent.get(pi));
      if (content == 0) {
        return 0;
      }
      if (gCue.get(gi) == null) {
        return content;
      }
      if (pCue.get(pi) == null) {
        return 0;
      }
      int cue = overlap(gCue.get(gi), pCue.get(pi));
      return cue == 0 ? 0 : content + cue;
    }, (gi, pi) -> gContentExact.get(gi).equals(pContent.get(pi))).size();
    return new Score(tp, pred.size(), gold.size());
  }

  private static int overlap(List<Span> fragments, Span span) {
    int n = 0;
    for (Span f : fragments) {
      n += f.overlap(span);
    }
    return n;
  }
}
