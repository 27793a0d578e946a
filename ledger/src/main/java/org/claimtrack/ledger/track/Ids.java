package org.claimtrack.ledger.track;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable ids. */
final class Ids {
  private Ids() {}

  /** "South Korea's National Intelligence Service" → "south-koreas-national-intelligence-service". */
  static String slug(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" : s;
  }
}
