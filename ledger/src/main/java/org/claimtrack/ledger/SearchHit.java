package org.claimtrack.ledger;

import java.time.LocalDate;

/**
 * One search result: an article, or one claim of an article.
 *
 * @param type "article" or "claim"
 * @param articleHash the article's hash
 * @param articleId the article's id
 * @param file the article's file name
 * @param title the article's title, or null
 * @param claimId the claim's id (null for an article hit)
 * @param sourceId the claim's canonical source id (null for an article hit, or before analysis)
 * @param sourceName the claim's source as named in the article, or null
 * @param date the claim's reportedOn, else the article's date; or null
 * @param text the claim's text, or the start of the article
 * @param score the relevance score
 */
public record SearchHit(
    String type,
    String articleHash,
    String articleId,
    String file,
    String title,
    String claimId,
    String sourceId,
    String sourceName,
    LocalDate date,
    String text,
    float score) {}
