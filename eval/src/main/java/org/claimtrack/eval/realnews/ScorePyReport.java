package org.claimtrack.eval.realnews;

import java.util.Locale;

/**
 * The scores as score.py prints them, character for character (its headline table, the
 * {@code --json} line and the {@code --per-file} lines; not its lists of misses and samples):
 * what the build compares with score.py's own output, and what {@code claimtrack eval --per-file}
 * prints.
 */
public final class ScorePyReport {
  private ScorePyReport() {}

  /**
   * The report.
   *
   * @param predictions the prediction file's base name, as score.py names it in its first line
   * @param json with the {@code --json} line
   * @param perFile with the {@code --per-file} lines
   */
  public static String text(RealnewsScores s, String predictions, boolean json, boolean perFile) {
    StringBuilder o = new StringBuilder();
    line(o, String.format(Locale.ROOT, "realnews-dev: %d expected claims in %d pages (%d attributed, %d authorial); %d articles in %s",
        s.expected(), s.expectedPages(), s.expectedAttributed(), s.expectedAuthorial(), s.articles(), predictions));
    if (!s.missingPages().isEmpty()) line(o, "  pages with no output object: " + String.join(", ", s.missingPages()));
    if (s.notesNotFound() > 0) {
      line(o, "  " + s.notesNotFound() + " notes not found in the output text (those claims can only match at file level)");
    }
    line(o, "");
    row(o, "value recall, same sentence         ", s.recallSentence());
    row(o, "value recall, file level            ", s.recallFile());
    row(o, "source accuracy on matched          ", s.sourceMatched());
    row(o, "   attributed (non-authorial)       ", s.sourceAttributed());
    row(o, "      explicit cue in the sentence  ", s.sourceExplicit());
    row(o, "      implicit (context only)       ", s.sourceImplicit());
    row(o, "   authorial                        ", s.sourceAuthorial());
    row(o, "counted accuracy on matched         ", s.counted());
    row(o, "   plain counts only                ", s.countedPlain());
    line(o, "fully right (value+source+counted)   " + s.fullyRight().pct() + "   of all expected");
    row(o, "   attributed                       ", s.fullyRightAttributed());
    row(o, "   authorial                        ", s.fullyRightAuthorial());
    row(o, "bounds exact on matched             ", s.boundsExact());
    line(o, "");
    line(o, "recall by category (same sentence):");
    for (RealnewsScores.Category c : s.categories()) {
      line(o, "   " + PyText.pad(c.name(), 12, false) + " " + c.recall().pct());
    }
    line(o, "   " + PyText.pad("attributed", 12, false) + " " + s.recallAttributed().pct());
    line(o, "   " + PyText.pad("authorial", 12, false) + " " + s.recallAuthorial().pct());
    line(o, "");
    line(o, "precision estimate (predicted quantities that match an expected claim; " + s.yearsAndDates()
        + " years/dates left out):");
    row(o, "   all predicted quantities         ", s.precision());
    row(o, "   in attributed claims only        ", s.precisionAttributed());
    line(o, "   unmatched predictions             " + s.unmatched() + " (in attributed claims " + s.unmatchedAttributed()
        + ", authorial only " + s.unmatchedAuthorialOnly() + ")");
    if (s.yearsAndDates() > 0) {
      row(o, "   counting years/dates as misses   ",
          new Count(s.precision().hit(), s.precision().of() + s.yearsAndDates()));
    }
    if (json) {
      line(o, "");
      line(o, "{\"expected\": " + s.expected()
          + ", \"recall_sentence\": " + s.recallSentence().json()
          + ", \"recall_file\": " + s.recallFile().json()
          + ", \"source_acc\": " + s.sourceMatched().json()
          + ", \"source_acc_attributed\": " + s.sourceAttributed().json()
          + ", \"source_acc_authorial\": " + s.sourceAuthorial().json()
          + ", \"counted_acc\": " + s.counted().json()
          + ", \"fully_right\": " + s.fullyRight().json()
          + ", \"precision\": " + s.precision().json()
          + ", \"precision_attributed\": " + s.precisionAttributed().json() + "}");
    }
    if (perFile) {
      line(o, "");
      o.append(perFile(s));
    }
    return o.toString();
  }

  /** score.py's {@code --per-file} block, its heading included. */
  public static String perFile(RealnewsScores s) {
    StringBuilder o = new StringBuilder();
    line(o, "per page: expected / matched in sentence / source ok / fully right / predicted (non-date) / unmatched");
    for (RealnewsScores.Page p : s.pages()) {
      line(o, "   " + PyText.pad(p.name(), 52, false) + String.format(Locale.ROOT, " %3d %3d %3d %3d %4d %4d",
          p.expected(), p.matched(), p.sourceRight(), p.fullyRight(), p.predicted(), p.unmatched()));
    }
    return o.toString();
  }

  private static void row(StringBuilder o, String label, Count c) {
    line(o, label + " " + c.pct());
  }

  private static void line(StringBuilder o, String s) {
    o.append(s).append('\n');
  }
}
