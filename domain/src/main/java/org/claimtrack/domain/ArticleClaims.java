package org.claimtrack.domain;

import java.util.List;
import java.util.Objects;

/** An article with the claims found in it. */
public record ArticleClaims(Article article, List<Claim> claims) {
  public ArticleClaims {
    Objects.requireNonNull(article, "article");
    claims = List.copyOf(claims);
  }
}
