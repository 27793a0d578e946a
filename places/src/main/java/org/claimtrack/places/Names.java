package org.claimtrack.places;

import java.text.Normalizer;
import java.util.Locale;

/** The one normalization of place names, used to build the gazetteer's keys and to look text up. */
final class Names {
  private Names() {}

  /**
   * Lower case, accents and periods dropped, hyphens and slashes as spaces, other punctuation
   * (except the apostrophe) dropped, spaces collapsed: "Winston-Salem" and "winston salem",
   * "U.S." and "US", "Sant Julià" and "sant julia" meet.
   */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (c == '.') continue;
      if (c == '\u2019' || c == '\u2018' || c == '`') c = '\'';
      if (Character.isLetterOrDigit(c) || c == '\'') {
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013' || c == '/' || c == ',' || c == '(' || c == ')') {
        if (!space) {
          b.append(' ');
          space = true;
        }
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** True when every letter of {@code s} is Latin script (a name a reader of English news could meet). */
  static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) return false;
      i += Character.charCount(cp);
    }
    return true;
  }
}
