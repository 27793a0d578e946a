package org.claimtrack.ledger.track;

/** A source changing its own figure: {@code from} and {@code to} are claim ids. */
public record Revision(String sourceId, String from, String to, Direction direction) {
  public enum Direction {
    UP,
    DOWN
  }
}
