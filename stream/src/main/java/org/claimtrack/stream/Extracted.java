package org.claimtrack.stream;

import java.util.List;

/**
 * An article with the claims the extractor found in it, on its way to the ledger.
 *
 * @param article the article as read
 * @param claims its claims, each in the claim JSON of the extract contract (the ledger stores
 *     the same JSON)
 * @param extractorVersion the extractor's stages, stored with the article
 * @param extractMillis how long the extraction took
 */
public record Extracted(Incoming article, List<String> claims, String extractorVersion, long extractMillis) {}
