package org.claimtrack.extract.quantity;

import java.util.Map;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.extract.words.WordMap;

/**
 * Qualifier phrases before and after a number (package-info Q1-Q8), read from
 * {@code quantity-qualifiers-before.tsv} and {@code quantity-qualifiers-after.tsv}.
 */
final class Qualifiers {
  private Qualifiers() {}

  /** What a qualifier phrase before a number does. */
  enum Role {
    /** Bounds the number: "at least 5" (Q1-Q6). */
    PLAIN,
    /** Opens a range closed by "and": "between 5 and 7" (R1). */
    BETWEEN,
    /** Opens a range closed by "to": "from 5 to 7" (R1). */
    FROM,
    /** Keeps the number EXACT with the words in the span: "exactly 5" (Q7). */
    EQUAL,
    /** States an uncertainty: "plus or minus 3 points" (R3). */
    MARGIN
  }

  /** A qualifier phrase before a number and what it does. */
  record Before(Qualifier qualifier, Role role) {
    static Before parse(String value) {
      String[] p = value.split(" ");
      return new Before(Qualifier.valueOf(p[0]), p.length > 1 ? Role.valueOf(p[1]) : Role.PLAIN);
    }
  }

  /** What a qualifier phrase after a number does to it (Q8). */
  enum After {
    OR_MORE, OR_LESS, OR_SO, OR_EQUAL
  }

  /** Qualifier phrases before a number ("at least", "more than", "between", "≥"). */
  static final PhraseTable<Before> BEFORE = build(Vocabulary.QUALIFIERS_BEFORE, Before::parse);

  /** Qualifier phrases after a number ("or more", "or fewer", "or so", "+"). */
  static final PhraseTable<After> AFTER = build(Vocabulary.QUALIFIERS_AFTER, After::valueOf);

  private static <V> PhraseTable<V> build(WordMap map, java.util.function.Function<String, V> value) {
    PhraseTable.Builder<V> b = PhraseTable.builder();
    for (Map.Entry<String, String> e : map.asMap().entrySet()) {
      b.add(e.getKey(), false, value.apply(e.getValue()));
    }
    return b.build();
  }
}
