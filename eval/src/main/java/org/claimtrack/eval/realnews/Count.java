package org.claimtrack.eval.realnews;

/**
 * A share: {@code hit} of {@code of}.
 *
 * @param hit how many are right
 * @param of how many there are
 */
public record Count(int hit, int of) {
  public Count {
    if (hit < 0 || of < 0 || hit > of) throw new IllegalArgumentException("bad count " + hit + "/" + of);
  }

  /** hit / of, 0 when there is nothing to count. */
  public double ratio() {
    return of == 0 ? 0 : (double) hit / of;
  }

  /** score.py's {@code pct}: {@code ' 89.8% (386/430)'}, or {@code '  n/a (0/0)'}. */
  String pct() {
    return of == 0 ? "  n/a (0/0)" : PyText.f5_1(100.0 * hit / of) + "% (" + hit + "/" + of + ")";
  }

  /** score.py's {@code ratio} as {@code json.dumps} writes it: 4 decimals, or null. */
  String json() {
    return of == 0 ? "null" : PyText.reprRound4((double) hit / of);
  }

  @Override
  public String toString() {
    return hit + " / " + of;
  }
}
