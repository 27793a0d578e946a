package org.claimtrack.ingest.dedup;

import java.util.Objects;

/** What {@link DuplicateIndex#check} says of a text: new, or a copy of one seen before. */
public sealed interface Verdict permits Verdict.New, Verdict.ExactCopy, Verdict.NearCopy {

  /** Not seen before; now indexed, so later copies point to it. */
  record New() implements Verdict {}

  /**
   * The same text, after normalization ({@code ArticleHash}), as a document seen before.
   *
   * @param of the id of the first document seen with this text
   */
  record ExactCopy(String of) implements Verdict {
    public ExactCopy {
      Objects.requireNonNull(of, "of");
    }
  }

  /**
   * Nearly the same text as a document seen before: a syndicated copy with small edits.
   *
   * @param of the id of the most similar document seen before
   * @param similarity the estimated Jaccard similarity of their word 5-shingles, in [0, 1]
   */
  record NearCopy(String of, double similarity) implements Verdict {
    public NearCopy {
      Objects.requireNonNull(of, "of");
      if (!(similarity >= 0 && similarity <= 1)) {
        throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
      }
    }
  }

  /** The one {@link New} value. */
  New NEW = new New();

  /** True unless the text is a copy. */
  default boolean isNew() {
    return this instanceof New;
  }
}
