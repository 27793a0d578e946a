package org.claimtrack.ledger.track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Place;
import org.claimtrack.domain.PlaceKind;
import org.claimtrack.domain.Qualifier;

/**
 * One tracked figure as the ledger reconciles it: a quantity of a claim, with what it is a figure
 * of (from the extractor's typed fields, never from the text) and what its article adds (a place
 * the article gives its other figures of the same thing). Everything a tracker needs, so trackers
 * are computed from these rows alone.
 *
 * @param family what is tracked, without the place and the kind: whose, the thing, what happened
 *     to it, and the unit ("north-korea-soldiers|"); the unit the ledger recomputes trackers by
 * @param base the family's words in a tracker id ("north-korea-soldiers")
 * @param label the thing as a listing words it ("North Korean soldiers")
 * @param place where, or null; {@code placeCountry} its country when known
 * @param placeInherited true when the place is the article's, not the figure's own
 * @param node the claim's source node, {@code originNode} its originator's (null: the source itself)
 * @param via who carried the figure from the originator to the claim's source, joined by " → "
 * @param why why the figure is what it is, one phrase per decision, "; "-joined
 * @param resolved the gazetteer entry of its place (codes, point, containment path), or null when
 *     the places stage matched none
 */
public record FigureRef(
    String claimId,
    int quantityIndex,
    String articleId,
    String articleHash,
    String file,
    LocalDate published,
    LocalDate reportedOn,
    int at,
    BigDecimal low,
    BigDecimal high,
    Qualifier qualifier,
    Figure.Reading reading,
    boolean hedged,
    String surface,
    String family,
    String base,
    String label,
    TrackerKind kind,
    String unit,
    String place,
    String placeCountry,
    Place.Level placeLevel,
    boolean placeInherited,
    String node,
    String originNode,
    String via,
    String why,
    Place.Resolved resolved) {

  public FigureRef {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /** The day the figure was given: the claim's date, else the article's. */
  public LocalDate day() {
    return reportedOn != null ? reportedOn : published;
  }

  /** The place's part of a tracker id ("kursk-region"), "" when none. */
  public String placeKey() {
    return place == null ? "" : Ids.slug(place);
  }

  /**
   * The place's identity in the gazetteer, null when unresolved: the country for a country (or a
   * place the figure names as one: "Russia" in "Russia's Far East"), the country and first-level
   * division for one ("RU/Kursk Oblast"), else the entry's id — what makes "Kursk region" and "Kursk
   * Oblast" one place. Null too when the entry contradicts the figure's own words (an entry in
   * another country than the one it names, a country for a region), so a stray match never joins
   * two places the words keep apart.
   */
  public String placeCode() {
    if (resolved == null || !consistent()) return null;
    if (placeLevel == Place.Level.COUNTRY) return resolved.country();
    return switch (resolved.kind()) {
      case COUNTRY -> resolved.country();
      case ADMIN1 -> resolved.country() + "/" + resolved.admin1();
      default -> resolved.geonameid() != null ? resolved.country() + "#" + resolved.geonameid()
          : resolved.country() + "/" + String.join("/", resolved.path());
    };
  }

  /** Whether the entry agrees with what the figure stage says of the place: its country, its level. */
  private boolean consistent() {
    List<String> path = resolved.path();
    String entryCountry = path.isEmpty() ? null : path.get(path.size() - 1);
    String named = placeLevel == Place.Level.COUNTRY ? place : placeCountry;
    if (named != null && entryCountry != null && !named.equalsIgnoreCase(entryCountry)) return false;
    return placeLevel != Place.Level.REGION || resolved.kind() != PlaceKind.COUNTRY;
  }

  FigureRef withPlace(String name, String country, Place.Level level, Place.Resolved entry, String more) {
    return new FigureRef(claimId, quantityIndex, articleId, articleHash, file, published, reportedOn, at, low, high,
        qualifier, reading, hedged, surface, family, base, label, kind, unit, name, country, level, true, node,
        originNode, via, why + "; " + more, entry);
  }
}
