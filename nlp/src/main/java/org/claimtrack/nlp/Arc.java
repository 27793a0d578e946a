package org.claimtrack.nlp;

/**
 * A dependency: {@code relation(head, dependent)} with token indices within the sentence;
 * the root's head is -1. Relations are Universal Dependencies (basic), e.g. "nsubj", "obl:tmod".
 */
public record Arc(int head, int dependent, String relation) {
  public Arc {
    if (dependent < 0 || head < -1) {
      throw new IllegalArgumentException("bad arc " + relation + "(" + head + ", " + dependent + ")");
    }
  }
}
