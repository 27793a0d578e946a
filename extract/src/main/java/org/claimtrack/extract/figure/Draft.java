package org.claimtrack.extract.figure;

import org.claimtrack.domain.Evidence;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.FigureKind;
import org.claimtrack.domain.Outcome;
import org.claimtrack.domain.Place;
import org.claimtrack.domain.Quantity;

/** The figure of one quantity while the rules decide it; becomes a {@link Figure} at the end. */
final class Draft {
  final Quantity quantity;
  /** First and last token of the quantity's words. */
  final int first;
  final int last;
  /** First and last token of the counted phrase, or -1. */
  int countedFirst = -1;
  int countedLast = -1;

  Evidence<String> thing;
  Evidence<String> whose;
  Evidence<Outcome> outcome;
  Place place;
  Evidence<FigureKind> kind;
  Evidence<Figure.Reading> reading;
  /** Why the quantity counts nothing trackable, once a rule has said so. */
  Evidence<String> notTracked;

  Draft(Quantity quantity, int first, int last) {
    this.quantity = quantity;
    this.first = first;
    this.last = last;
  }

  /** The token after the quantity's words and its counted phrase. */
  int after() {
    return Math.max(last, countedLast) + 1;
  }

  boolean open() {
    return thing == null && notTracked == null;
  }

  boolean hasCounted() {
    return countedFirst >= 0;
  }

  Figure toFigure() {
    Evidence<FigureKind> k = kind != null ? kind : Evidence.of(FigureKind.COUNT, null, "figure.kind.count");
    if (thing == null) {
      Evidence<String> why = notTracked != null ? notTracked : Evidence.of("no noun", null, "figure.thing.none");
      return new Figure(null, whose, outcome, place, k, reading, null, why);
    }
    return new Figure(thing, whose, outcome, place, k, reading, label(), null);
  }

  /** "North Korean soldiers", "people killed": whose, the thing, what happened to it. */
  String label() {
    StringBuilder b = new StringBuilder();
    if (whose != null) {
      String d = FigureWords.demonym(whose.value());
      if (d != null && !thing.value().startsWith(d)) b.append(d).append(' ');
    }
    b.append(thing.value());
    if (outcome != null && !thing.value().toLowerCase(java.util.Locale.ROOT).endsWith(outcome.value().words())) {
      b.append(' ').append(outcome.value().words());
    }
    return b.toString();
  }
}
