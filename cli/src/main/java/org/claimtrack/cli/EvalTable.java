package org.claimtrack.cli;

import java.util.List;
import org.claimtrack.eval.EvalRow;

/** The eval table: one line per figure, then the notes once per suite. */
final class EvalTable {
  private EvalTable() {}

  static String render(List<EvalRow> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-38s %-44s %7s %7s  %s%n", "suite", "measure", "value", "floor", "counts"));
    String lastSuite = null;
    StringBuilder notes = new StringBuilder();
    String lastNote = null;
    for (EvalRow r : rows) {
      String floor = r.hasFloor() ? String.format("%.2f", r.floor()) : "";
      String mark = r.hasFloor() ? (r.meetsFloor() ? " ok" : " BELOW") : "";
      sb.append(String.format("%-38s %-44s %7.3f %7s  %s%s%n", r.suite(), r.measure(), r.value(), floor, r.counts(), mark));
      if (!r.note().isEmpty() && !r.note().equals(lastNote)) {
        notes.append("- ").append(r.suite()).append(": ").append(r.note()).append('\n');
        lastNote = r.note();
      }
      lastSuite = r.suite();
    }
    if (notes.length() > 0) sb.append('\n').append(notes);
    return sb.toString();
  }
}
