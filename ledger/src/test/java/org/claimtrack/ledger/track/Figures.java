package org.claimtrack.ledger.track;

import org.claimtrack.domain.Evidence;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.FigureKind;
import org.claimtrack.domain.Outcome;
import org.claimtrack.domain.Place;
import org.claimtrack.domain.PlaceKind;
import java.util.List;

/**
 * Hand-made typed figures, as the extractor's figure stage would decide them: the ledger's tests
 * state what a figure is about instead of having the ledger read it from words.
 */
public final class Figures {
  private final String thing;
  private String whose;
  private String demonym;
  private Outcome outcome;
  private Place place;
  private FigureKind kind = FigureKind.COUNT;
  private Figure.Reading reading;
  private String thingRule = "test.thing";

  /** Gazetteer entries as the places stage gives them (points near the real ones; Sudzha's id a test value). */
  public static final Place.Resolved RUSSIA =
      new Place.Resolved(null, "RU", null, PlaceKind.COUNTRY, 60.0, 100.0, List.of("Russia"));
  public static final Place.Resolved KURSK_OBLAST =
      new Place.Resolved(null, "RU", "Kursk Oblast", PlaceKind.ADMIN1, 51.75, 36.19, List.of("Kursk Oblast", "Russia"));
  public static final Place.Resolved SUDZHA = new Place.Resolved(486_440L, "RU", "Kursk Oblast", PlaceKind.CITY, 51.19,
      35.27, List.of("Sudzha", "Kursk Oblast", "Russia"));

  private Figures(String thing) {
    this.thing = thing;
  }

  /** A figure counting {@code thing} ("soldiers", "people"). */
  public static Figures of(String thing) {
    return new Figures(thing);
  }

  /** A quantity that counts nothing trackable. */
  public static Figure notTracked(String why) {
    return new Figure(null, null, null, null, Evidence.of(FigureKind.COUNT, null, "test.kind"), null, null,
        Evidence.of(why, null, "test.not-tracked"));
  }

  /** Whose they are: a country and its demonym for the label ("North Korea", "North Korean"). */
  public Figures whose(String country, String demonym) {
    this.whose = country;
    this.demonym = demonym;
    return this;
  }

  public Figures outcome(Outcome o) {
    this.outcome = o;
    return this;
  }

  public Figures inCountry(String country) {
    this.place = new Place(country, country, Place.Level.COUNTRY, null, "test.place");
    return this;
  }

  /** A region ("Kursk region") of a country (or null when not known). */
  public Figures inRegion(String region, String country) {
    this.place = new Place(region, country, Place.Level.REGION, null, "test.place");
    return this;
  }

  /** A place the extractor could not put in a country ("Gaza"). */
  public Figures at(String name) {
    this.place = new Place(name, null, Place.Level.OTHER, null, "test.place");
    return this;
  }

  /** The gazetteer entry the places stage matched to the place's words (set the place first). */
  public Figures resolved(Place.Resolved r) {
    this.place = place.withResolved(r);
    return this;
  }

  public Figures kind(FigureKind k) {
    this.kind = k;
    return this;
  }

  public Figures reading(Figure.Reading r) {
    this.reading = r;
    return this;
  }

  /** The rule that decided the thing ("figure.thing.total-of-previous"). */
  public Figures thingRule(String rule) {
    this.thingRule = rule;
    return this;
  }

  public Figure build() {
    String label = (demonym == null ? "" : demonym + " ") + thing + (outcome == null ? "" : " " + outcome.words());
    return new Figure(Evidence.of(thing, null, thingRule), whose == null ? null : Evidence.of(whose, null, "test.whose"),
        outcome == null ? null : Evidence.of(outcome, null, "test.outcome"), place,
        Evidence.of(kind, null, "test.kind"), reading == null ? null : Evidence.of(reading, null, "test.reading"), label, null);
  }
}
