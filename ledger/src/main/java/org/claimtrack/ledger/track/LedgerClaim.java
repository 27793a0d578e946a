package org.claimtrack.ledger.track;

import java.time.LocalDate;
import java.util.Objects;
import org.claimtrack.domain.Claim;

/**
 * A claim as the ledger holds it: the extractor's claim plus the article it came from.
 *
 * @param articleId the article's id (as the extractor gave it)
 * @param articleHash the article's content hash, its identity in the ledger
 * @param file the input's file name as given, without folders
 * @param title the article's title, or null
 * @param publisher the article's publisher, or null
 * @param published the article's publication date, or null
 * @param claim the claim, spans pointing into the article text
 * @param sourceMention the words at {@code claim.sourceSpan()} ("the agency", "NIS"), or null
 */
public record LedgerClaim(
    String articleId,
    String articleHash,
    String file,
    String title,
    String publisher,
    LocalDate published,
    Claim claim,
    String sourceMention) {
  public LedgerClaim {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(articleHash, "articleHash");
    Objects.requireNonNull(claim, "claim");
  }

  public String claimId() {
    return claim.id();
  }
}
