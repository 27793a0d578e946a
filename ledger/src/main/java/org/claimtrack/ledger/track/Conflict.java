package org.claimtrack.ledger.track;

/** Two estimates (claim ids) whose intervals do not overlap, and why that matters. */
public record Conflict(String a, String b, String why) {}
