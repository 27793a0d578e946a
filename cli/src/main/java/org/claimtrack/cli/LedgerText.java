package org.claimtrack.cli;

/** Text layout for the ledger commands; figures are worded by the ledger's {@code FigureText}. */
final class LedgerText {
  private LedgerText() {}

  /**
   * A tracker's resolved place on one line: "Kursk Oblast ⊂ Russia (admin1 Kursk Oblast, RU, 51.75 36.19)",
   * the GeoNames id when the place has one.
   */
  static String where(org.claimtrack.ledger.track.TrackerPlace w) {
    StringBuilder b = new StringBuilder(w.shownPath()).append(" (").append(w.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (w.admin1() != null && w.kind() != org.claimtrack.domain.PlaceKind.COUNTRY) b.append(' ').append(w.admin1());
    b.append(", ").append(w.country());
    if (w.geonameid() != null) b.append(", geonameid ").append(w.geonameid());
    if (w.lat() != null) b.append(String.format(java.util.Locale.ROOT, ", %.2f %.2f", w.lat(), w.lon()));
    return b.append(')').toString();
  }

  static String pad(String s, int n) {
    if (s == null) s = "";
    if (s.length() > n) return s.substring(0, Math.max(0, n - 1)) + "…";
    return s + " ".repeat(n - s.length());
  }
}
