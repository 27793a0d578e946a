package org.claimtrack.extract.figure;

import org.claimtrack.domain.Place;

/**
 * Where a figure is: the first place named after the count in its clause ("to Russia's Far
 * East", "in the Kursk region", "into eastern Russia"), else a place that opens the sentence ("In
 * Kursk, 11,000 ..."). A place is a preposition, an optional direction, and one to three
 * capitalized words, with an optional possessive part or area word:
 * <ul>
 *   <li>"Russia's Far East", "Ukraine's east": a part of the country, placed in the country;</li>
 *   <li>"Russia's Kursk region", "the Kursk region", "Kursk": a region of a country (from the
 *       possessive, else the regions table);</li>
 *   <li>a country by any of its names ("the US"), else the words as written, unplaced.</li>
 * </ul>
 */
final class PlaceRule implements FigureRule {
  @Override
  public void apply(SentenceFigures s) {
    for (Draft d : s.drafts) {
      if (d.place != null) continue;
      int end = s.clauseEnd(d.after());
      for (int i = d.after(); i < end && d.place == null; i++) d.place = placeAt(s, i, "figure.place.after");
      if (d.place == null) {
        int i = s.word(0).equals("\"") || s.word(0).equals("``") ? 1 : 0;
        if (i < d.first) {
          Place p = placeAt(s, i, "figure.place.fronted");
          if (p != null && s.span(i, i).end() <= p.span().end() && p.span().end() <= d.quantity.span().start()) d.place = p;
        }
      }
    }
  }

  /** The place introduced by a preposition at token {@code i}, or null. */
  static Place placeAt(SentenceFigures s, int i, String rule) {
    if (!FigureWords.PLACE_PREPOSITIONS.contains(s.word(i))) return null;
    int j = i + 1;
    if (s.word(j).equals("the")) j++;
    j += s.matchAt(j, FigureWords.DIRECTIONS);
    int end = s.capitalizedRun(j, 3);
    if (end < 0) return null;
    // "Russia's Kursk region": stop the name at the possessive
    for (int k = j; k <= end; k++) {
      if (s.possessive(k)) {
        end = k - 1;
        break;
      }
    }
    if (end < j) return null;
    String base = s.words(j, end);
    if (FigureWords.NOT_PLACES.contains(s.lowerWords(j, end))) return null;
    String country = FigureWords.country(base);
    if (s.possessive(end + 1)) {
      int p = end + 2;
      int part = s.matchAt(p, FigureWords.PLACE_PARTS);
      if (part > 0) {
        // "Russia's Far East": the country itself
        int last = p + part - 1;
        if (country != null) return new Place(country, country, Place.Level.COUNTRY, s.span(i, last), rule + ".part");
        return new Place(base, null, Place.Level.OTHER, s.span(i, last), rule + ".part");
      }
      int subEnd = s.capitalizedRun(p, 3);
      if (subEnd >= 0) {
        // "Russia's Kursk region"
        int area = s.matchAt(subEnd + 1, FigureWords.AREA_WORDS);
        int last = area > 0 ? subEnd + area : subEnd;
        String sub = s.words(p, subEnd);
        String[] known = FigureWords.region(sub);
        String name = known != null ? known[0]
            : sub + " " + (area > 0 ? FigureWords.AREA_WORDS.get(s.lowerWords(subEnd + 1, last)) : "region");
        return new Place(name, country != null ? country : base, Place.Level.REGION, s.span(i, last), rule + ".region-of");
      }
    }
    int area = s.matchAt(end + 1, FigureWords.AREA_WORDS);
    if (area > 0) {
      // "the Kursk region", "Hatay province"
      int last = end + area;
      String[] known = FigureWords.region(base);
      String name = known != null ? known[0] : base + " " + FigureWords.AREA_WORDS.get(s.lowerWords(end + 1, last));
      return new Place(name, known != null ? known[1] : null, Place.Level.REGION, s.span(i, last), rule + ".region");
    }
    if (country != null) return new Place(country, country, Place.Level.COUNTRY, s.span(i, end), rule + ".country");
    String[] known = FigureWords.region(base);
    if (known != null) return new Place(known[0], known[1], Place.Level.REGION, s.span(i, end), rule + ".known-region");
    return new Place(base, null, Place.Level.OTHER, s.span(i, end), rule + ".name");
  }
}
