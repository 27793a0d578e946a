package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Puts claims in one canonical order so the analysis does not depend on input order. */
final class Inputs {
  private Inputs() {}

  static final Comparator<LedgerClaim> ORDER =
      Comparator.comparing(
              (LedgerClaim c) -> c.published(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(c -> c.file() == null ? "" : c.file())
          .thenComparing(LedgerClaim::articleHash)
          .thenComparingInt(c -> c.claim().span().start())
          .thenComparing(LedgerClaim::claimId);

  static List<LedgerClaim> sorted(List<LedgerClaim> claims) {
    List<LedgerClaim> out = new ArrayList<>(claims);
    out.sort(ORDER);
    return out;
  }
}
