package org.claimtrack.ledger.track;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable ids. */
final class Ids {
  private Ids() {}

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’]");
  private static final java.util.regex.Pattern OTHER = java.util.regex.Pattern.compile("[^a-z0-9]+");
  private static final java.util.regex.Pattern ENDS = java.util.regex.Pattern.compile("^-+|-+$");

  /** "South Korea's National Intelligence Service" → "south-koreas-national-intelligence-service". */
  static String slug(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    s = ENDS.matcher(OTHER.matcher(s).replaceAll("-")).replaceAll("");
    return s.isEmpty() ? "x" : s;
  }
}
