package org.claimtrack.stream;

/**
 * What the ledger did with one article.
 *
 * @param hash the article's hash
 * @param id the article's id
 * @param outcome {@code STORED}, or {@code UNCHANGED} when it was stored already (a replay)
 * @param claims how many claims it holds
 * @param timestamp the source record's timestamp
 * @param storeMillis how long the transaction took
 */
public record Stored(String hash, String id, String outcome, int claims, long timestamp, long storeMillis) {}
