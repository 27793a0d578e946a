package org.claimtrack.extract;

import org.claimtrack.domain.Span;

/** Small measures of text the stages share. */
public final class Texts {
  private Texts() {}

  /** Number of runs of letters or digits in {@code sp}. */
  public static int words(String text, Span sp) {
    int n = 0;
    boolean in = false;
    for (int i = sp.start(); i < sp.end(); i++) {
      boolean l = Character.isLetterOrDigit(text.charAt(i));
      if (l && !in) n++;
      in = l;
    }
    return n;
  }
}
