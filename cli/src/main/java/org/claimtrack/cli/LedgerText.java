package org.claimtrack.cli;

/** Text layout for the ledger commands; figures are worded by the ledger's {@code FigureText}. */
final class LedgerText {
  private LedgerText() {}

  static String pad(String s, int n) {
    if (s == null) s = "";
    if (s.length() > n) return s.substring(0, Math.max(0, n - 1)) + "…";
    return s + " ".repeat(n - s.length());
  }
}
