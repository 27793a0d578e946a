package org.claimtrack.eval.attribution;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.claimtrack.eval.EvalRow;

/**
 * The {@code polnear-dev} suite: attribution source, cue and content spans in 84 political news
 * articles of 2016 (PolNeAR dev split, read in place from {@code <evalDir>/polnear-dev}).
 *
 * <p>Gold: one annotation file per article, see {@link PolnearReader}. Scoring: see
 * {@link AttributionScorer}. Rows: exact and overlap F1 for source, cue and content, and
 * attribution F1, and source exact precision; floors (issue 8): source exact F1 0.72, content overlap F1
 * 0.72, source exact precision 0.80, none elsewhere.
 */
public final class PolnearEval {

  /** Suite name used in the rows. */
  public static final String SUITE = "polnear-dev";
  /** Floor on source exact F1. */
  public static final double SOURCE_EXACT_FLOOR = 0.72;
  /** Floor on content overlap F1. */
  public static final double CONTENT_OVERLAP_FLOOR = 0.72;
  /** Floor on source exact precision. */
  public static final double SOURCE_PRECISION_FLOOR = 0.80;

  private PolnearEval() {}

  /** Runs the suite on the calling thread. */
  public static List<EvalRow> run(Path evalDir, AttributionSystem system) {
    return run(evalDir, system, 1);
  }

  /**
   * Runs the suite with up to {@code threads} articles at a time; the rows do not depend on
   * {@code threads}. {@code system} must be thread-safe when {@code threads > 1}.
   */
  public static List<EvalRow> run(Path evalDir, AttributionSystem system, int threads) {
    Objects.requireNonNull(evalDir, "evalDir");
    List<PolnearArticle> articles = PolnearReader.read(evalDir);
    return rows(articles, evaluate(articles, system, threads));
  }

  /** Scores {@code system} on the given articles and sums the counts in article order. */
  public static AttributionScores evaluate(List<PolnearArticle> articles, AttributionSystem system, int threads) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(system, "system");
    List<AttributionScores> perArticle = ParallelDocs.mapInOrder(articles, threads, a -> {
      List<PredictedAttribution> predicted = system.attribute(a.id(), a.text(), a.published());
      if (predicted == null) {
        throw new IllegalStateException("system returned null for article " + a.id());
      }
      try {
        return AttributionScorer.score(a.text(), a.attributions(), predicted);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("article " + a.id() + ": " + e.getMessage(), e);
      }
    });
    AttributionScores total = AttributionScores.ZERO;
    for (AttributionScores s : perArticle) {
      total = total.plus(s);
    }
    return total;
  }

  /** The table rows for summed scores over {@code articles}. */
  public static List<EvalRow> rows(List<PolnearArticle> articles, AttributionScores s) {
    String note = note(articles);
    double none = Double.NaN;
    return List.of(
        EvalRow.of(SUITE, "source exact F1", s.sourceExact(), SOURCE_EXACT_FLOOR, note),
        EvalRow.of(SUITE, "source overlap F1", s.sourceOverlap(), none, note),
        EvalRow.of(SUITE, "cue exact F1", s.cueExact(), none, note),
        EvalRow.of(SUITE, "cue overlap F1", s.cueOverlap(), none, note),
        EvalRow.of(SUITE, "content exact F1", s.contentExact(), none, note),
        EvalRow.of(SUITE, "content overlap F1", s.contentOverlap(), CONTENT_OVERLAP_FLOOR, note),
        EvalRow.of(SUITE, "attribution F1 (content and cue overlap)", s.attribution(), none, note),
        new EvalRow(SUITE, "source exact precision", s.sourceExact().precision(),
            String.format("tp %d / pred %d", s.sourceExact().truePositives(), s.sourceExact().predicted()),
            SOURCE_PRECISION_FLOOR, note));
  }

  private static String note(List<PolnearArticle> articles) {
    int attributions = 0;
    int noSource = 0;
    int skipped = 0;
    int discontinuous = 0;
    TreeSet<String> chosenWhereSeveral = new TreeSet<>();
    int several = 0;
    for (PolnearArticle a : articles) {
      attributions += a.attributions().size();
      noSource += a.withoutSource();
      skipped += a.skippedEvents();
      if (a.annotators().size() > 1) {
        several++;
        chosenWhereSeveral.add(a.annotator());
      }
      for (GoldAttribution g : a.attributions()) {
        if (g.content().isDiscontinuous()) {
          discontinuous++;
        }
      }
    }
    return String.format(
        "%d articles, one .ann each: the annotator listed first in metadata.tsv 'annotators' "
            + "(%s for the %d articles with several); %d gold attributions, %d without source; events without content skipped: %d; "
            + "%d discontinuous contents (exact: covering span, overlap: chars in fragments); spans trimmed of "
            + "whitespace and . , ; : ! ? \u2026 quotes brackets dashes at both ends",
        articles.size(), String.join("/", chosenWhereSeveral), several, attributions, noSource, skipped, discontinuous);
  }
}
