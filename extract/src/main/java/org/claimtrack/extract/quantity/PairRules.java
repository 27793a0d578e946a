package org.claimtrack.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Qualifier;

/**
 * Rules over neighbouring expressions, applied after the left-to-right pass: R4 "45 and 50 mg",
 * "5 or 6 percent" (the first shares the second's unit), then Q9 "more than 10 and less than 40"
 * (a lower and an upper bound joined by "and"/"but" become one RANGE [10, 40]).
 */
final class PairRules {
  private PairRules() {}

  static List<Found> apply(Tokens t, List<Found> found) {
    return compoundRanges(t, sharedUnits(t, found));
  }

  /** R4: "45 and 50 mg": a bare number before "and"/"or" takes the unit of the number after. */
  private static List<Found> sharedUnits(Tokens t, List<Found> in) {
    List<Found> out = new ArrayList<>(in);
    for (int x = 0; x + 1 < out.size(); x++) {
      Found a = out.get(x);
      Found b = out.get(x + 1);
      if (a.kind() == Kind.CARDINAL && b.kind().isQuantity() && a.unit() == null && b.unit() != null
          && a.end() == a.numEnd() && a.start() == a.numStart() && b.start() == b.numStart()
          && b.start() == a.end() + 1 && t.isAnyOf(a.end(), "and", "or") && t.near(a.end())
          && t.near(b.start()) && !Character.isUpperCase(b.unit().charAt(0))
          && (b.qualifier() == Qualifier.EXACT || b.qualifier() == Qualifier.APPROXIMATELY)) {
        out.set(x, a.withUnit(b.unit()));
      }
    }
    return out;
  }

  /** Q9: a lower and an upper bound in a row become one RANGE. */
  private static List<Found> compoundRanges(Tokens t, List<Found> in) {
    List<Found> out = new ArrayList<>(in.size());
    for (int x = 0; x < in.size(); x++) {
      Found a = in.get(x);
      Found m = x + 1 < in.size() ? compound(t, a, in.get(x + 1)) : null;
      if (m != null) {
        out.add(m);
        x++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static Found compound(Tokens t, Found a, Found b) {
    if (!a.kind().isQuantity() || !b.kind().isQuantity() || !joinedByAnd(t, a.end(), b.start())
        || a.unit() != null && b.unit() != null && !a.unit().equals(b.unit())) {
      return null;
    }
    Found lower;
    Found upper;
    if (isLower(a.qualifier()) && isUpper(b.qualifier())) {
      lower = a;
      upper = b;
    } else if (isUpper(a.qualifier()) && isLower(b.qualifier())) {
      lower = b;
      upper = a;
    } else {
      return null;
    }
    if (lower.low().compareTo(upper.high()) >= 0 || lower != a && !joinedByWord(t, a.end(), b.start())) {
      return null;
    }
    Kind kind = a.kind() == Kind.FRACTION && b.kind() == Kind.FRACTION ? Kind.FRACTION : Kind.CARDINAL;
    return Found.range(kind, a.start(), b.end(), a.numStart(), b.numEnd(), lower.low(), upper.high())
        .withUnit(a.unit() != null ? a.unit() : b.unit()).withForm(Form.BOUNDS, List.of(a, b));
  }

  private static boolean isLower(Qualifier q) {
    return q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
  }

  private static boolean isUpper(Qualifier q) {
    return q == Qualifier.LESS_THAN || q == Qualifier.AT_MOST || q == Qualifier.UP_TO;
  }

  private static boolean joinedByWord(Tokens t, int end, int start) {
    for (int k = end; k < start; k++) {
      if (t.isAnyOf(k, "and", "but", "yet") || t.isSym(k, '&')) {
        return true;
      }
    }
    return false;
  }

  /** Up to three tokens between: "and", "but", "yet", "&" and commas, near each other. */
  private static boolean joinedByAnd(Tokens t, int end, int start) {
    if (start - end < 1 || start - end > 3 || !t.near(start)) {
      return false;
    }
    boolean and = false;
    for (int k = end; k < start; k++) {
      if (!t.near(k)) {
        return false;
      }
      if (t.isAnyOf(k, "and", "but", "yet") || t.isSym(k, '&')) {
        and = true;
      } else if (!t.isSym(k, ',')) {
        return false;
      }
    }
    return and || start - end == 1;
  }
}
