package org.claimtrack.extract.figure;

import org.claimtrack.domain.Evidence;

/** A count with an outcome and no noun is of people: "300 dead", "the death toll reached 310". */
final class PeopleByOutcomeRule implements FigureRule {
  @Override
  public void apply(SentenceFigures s) {
    for (Draft d : s.drafts) {
      if (d.open() && !d.hasCounted() && d.outcome != null && d.quantity.unit() == null) {
        d.thing = Evidence.of("people", d.outcome.span(), "figure.thing.people-by-outcome");
      }
    }
  }
}
