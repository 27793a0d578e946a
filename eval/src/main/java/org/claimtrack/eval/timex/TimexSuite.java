package org.claimtrack.eval.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimtrack.eval.EvalRow;
import org.claimtrack.eval.attribution.ParallelDocs;

/** Runs a timex system over a corpus and turns the summed counts into rows; shared by the two suites. */
final class TimexSuite {

  private TimexSuite() {}

  /** Summed scores, all types and DATE only. */
  record Totals(TimexScores all, TimexScores date) {}

  static Totals evaluate(List<TimexDocument> documents, TimexSystem system, int threads) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(system, "system");
    List<Totals> perDoc = ParallelDocs.mapInOrder(documents, threads, d -> {
      List<PredictedTimex> predicted = system.tag(d.text(), d.documentDate());
      if (predicted == null) {
        throw new IllegalStateException("system returned null for document " + d.id());
      }
      try {
        return new Totals(TimexScorer.score(d.text(), d.timexes(), predicted),
            TimexScorer.scoreType("DATE", d.text(), d.timexes(), predicted));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("document " + d.id() + ": " + e.getMessage(), e);
      }
    });
    TimexScores all = TimexScores.ZERO;
    TimexScores date = TimexScores.ZERO;
    for (Totals t : perDoc) {
      all = all.plus(t.all());
      date = date.plus(t.date());
    }
    return new Totals(all, date);
  }

  static List<EvalRow> rows(TimexCorpus corpus, Totals t, double valueFloor) {
    String suite = corpus.suite();
    String note = String.format("%d documents, %d gold TIMEX3; %s; values compared after strip + upper-case only; "
        + "spans trimmed of whitespace only; relaxed = one-to-one overlap (exact pairs first, then largest overlap)",
        corpus.documents().size(), corpus.goldCount(), corpus.readingNote());
    String dateNote = "gold and predicted restricted to type DATE; " + note;
    double none = Double.NaN;
    List<EvalRow> rows = new ArrayList<>();
    rows.add(EvalRow.of(suite, "relaxed extent F1", t.all().relaxed(), none, note));
    rows.add(EvalRow.of(suite, "strict extent F1", t.all().strict(), none, note));
    rows.add(EvalRow.of(suite, "value F1", t.all().value(), valueFloor, note));
    rows.add(EvalRow.accuracy(suite, "type accuracy (on relaxed matches)", t.all().typeCorrect(), t.all().matched(),
        none, note));
    rows.add(EvalRow.of(suite, "DATE relaxed extent F1", t.date().relaxed(), none, dateNote));
    rows.add(EvalRow.of(suite, "DATE strict extent F1", t.date().strict(), none, dateNote));
    rows.add(EvalRow.of(suite, "DATE value F1", t.date().value(), none, dateNote));
    return List.copyOf(rows);
  }
}
