package org.claimtrack.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Change;
import org.claimtrack.domain.Change.Direction;
import org.claimtrack.domain.Change.Role;

/**
 * S3 changes: a figure that is the value before, after or the size of a change the sentence
 * states. "Gross federal debt increased from 60 percent to 75 percent" is two figures, FROM and
 * TO, not a range; "rose 9.1% to 114,700 units" is BY and TO; "up 2.1 percent", "a 25% raise",
 * "6.8 per cent higher" are BY; "down from 19%" is FROM. A change needs a cue: a change verb
 * ({@code quantity-change-verbs.tsv}) in the same clause, "up"/"down", "higher"/"lower" or a
 * change noun ({@code quantity-change-nouns.tsv}). "between 60 and 75" and "60 to 75" with no cue
 * stay ranges. Each figure keeps the token of its cue, whose object or subject it counts (S4).
 */
final class Changes {
  /** How far left of a figure its change verb may be (it may have an object and a phrase between). */
  private static final int MAX_CUE_DISTANCE = 14;

  private Changes() {}

  /** The change word found for a figure (its token, -1 for none) and which way it goes (null: not said). */
  record Cue(int token, Direction direction) {}

  /** A figure's part in a change and its cue. */
  record Part(Change change, int cue) {}

  static List<Figure> apply(TaggedSentence ts, List<Figure> figures) {
    List<Figure> out = new ArrayList<>();
    for (Figure f : figures) {
      Cue split = split(ts, f, figures);
      if (split != null) {
        boolean by = ts.is(f.first() - 1, "by");
        Direction d = split.direction() != null ? split.direction() : byValues(f);
        out.add(f.part(ts, 0, new Change(by ? Role.BY : Role.FROM, d), split.token()));
        out.add(f.part(ts, 1, new Change(Role.TO, d), split.token()));
      } else {
        Part p = single(ts, f, figures);
        out.add(p == null ? f : f.withChange(p.change(), p.cue()));
      }
    }
    return out;
  }

  /**
   * The cue of a range that is a change: "increased from 60 percent to 75 percent", "rise by 235
   * to 1,351"; null for a range.
   */
  private static Cue split(TaggedSentence ts, Figure f, List<Figure> figures) {
    if (f.expr().parts().size() != 2) {
      return null;
    }
    if (f.form() == Form.FROM_TO) {
      return cueBefore(ts, f.first() - 1, figures);
    }
    return f.form() == Form.RANGE && ts.is(f.first() - 1, "by") ? cueBefore(ts, f.first() - 2, figures) : null;
  }

  /** From-to pairs without a direction word go the way their values go. */
  private static Direction byValues(Figure f) {
    var a = f.expr().parts().get(0).low();
    var b = f.expr().parts().get(1).low();
    if (a == null || b == null || a.compareTo(b) == 0) {
      return null;
    }
    return a.compareTo(b) < 0 ? Direction.UP : Direction.DOWN;
  }

  /** The part of a single figure in a change, or null. */
  private static Part single(TaggedSentence ts, Figure f, List<Figure> figures) {
    Part after = afterFigure(ts, f);
    if (after != null) {
      return after; // "6.8 per cent higher", "a 25% raise"
    }
    int b = f.first() - 1;
    switch (ts.lower(b)) {
      case "by" -> {
        return part(Role.BY, cueBefore(ts, b - 1, figures));
      }
      case "to", "toward", "towards" -> {
        return part(Role.TO, cueBefore(ts, b - 1, figures));
      }
      case "from" -> {
        Direction ud = upOrDown(ts, b - 1);
        return part(Role.FROM, ud != null ? new Cue(b - 1, ud) : cueBefore(ts, b - 1, figures));
      }
      case "at" -> {
        Direction d = higherOrLower(ts, b - 1);
        return d == null ? null : new Part(new Change(Role.TO, d), b - 1); // "6.8 per cent higher at S$844.4 million"
      }
      case "of" -> {
        return lowOrHigh(ts, f, figures); // "plummet to a multi-decade low of 1.6 per cent"
      }
      default -> {
        return directlyAfterCue(ts, f, figures);
      }
    }
  }

  private static Part part(Role role, Cue cue) {
    return cue == null ? null : new Part(new Change(role, cue.direction()), cue.token());
  }

  /** "up 2.1 percent", "fell 41 per cent", "has fallen more than $45": a change's size right after its cue. */
  private static Part directlyAfterCue(TaggedSentence ts, Figure f, List<Figure> figures) {
    int b = f.first() - 1;
    while (ts.adverb(b) && upOrDown(ts, b) == null) {
      b--;
    }
    Direction ud = upOrDown(ts, b);
    if (ud != null) {
      return new Part(new Change(Role.BY, ud), b);
    }
    String dir = ts.changeVerb(b);
    if (dir == null || dir.equals("ANY") || !(f.percent() || f.money() || toFollows(ts, f, figures))) {
      return null;
    }
    return new Part(new Change(Role.BY, Direction.valueOf(dir)), b);
  }

  /** True when the next figure is "to" a value: "rose 5,000 to 114,700". */
  private static boolean toFollows(TaggedSentence ts, Figure f, List<Figure> figures) {
    for (Figure g : figures) {
      if (g.first() == f.last() + 2 && ts.is(f.last() + 1, "to")) {
        return true;
      }
    }
    return false;
  }

  /** After the figure: "higher"/"lower" or a change noun ("a 32.9 per cent decline"). */
  private static Part afterFigure(TaggedSentence ts, Figure f) {
    int a = f.last() + 1;
    Direction d = higherOrLower(ts, a);
    if (d != null) {
      return new Part(new Change(Role.BY, d), a);
    }
    if (ts.noun(a)) {
      String dir = Vocabulary.CHANGE_NOUNS.get(ts.lower(a));
      if (dir != null) {
        return new Part(new Change(Role.BY, Direction.valueOf(dir)), -1); // counts its own noun
      }
    }
    return null;
  }

  /** "to a (multi-decade) low of": the figure is where the change ends. */
  private static Part lowOrHigh(TaggedSentence ts, Figure f, List<Figure> figures) {
    int k = f.first() - 2;
    if (ts.word(Vocabulary.PLACEHOLDER_HEADS, k) == null) {
      return null;
    }
    k--;
    while (ts.adjective(k) || ts.pos(k).equals("HYPH") || ts.determiner(k)) {
      k--;
    }
    return ts.is(k, "to") ? part(Role.TO, cueBefore(ts, k - 1, figures)) : null;
  }

  /**
   * The change verb, change noun or "up"/"down" left of token k in the same clause, passing
   * adverbs, other figures, numbers, the verb's object and prepositional phrases; null when a
   * clause boundary or another verb comes first.
   */
  private static Cue cueBefore(TaggedSentence ts, int k, List<Figure> figures) {
    for (int steps = 0; k >= 0 && steps < MAX_CUE_DISTANCE; k--, steps++) {
      Direction ud = upOrDown(ts, k);
      if (ud != null) {
        return new Cue(k, ud);
      }
      String dir = ts.changeVerb(k);
      if (dir == null && ts.noun(k)) {
        dir = Vocabulary.CHANGE_NOUNS.get(ts.lower(k)); // "saw its tally rise (NN) ... by 235"
      }
      if (dir != null && !inFigure(figures, k)) {
        return new Cue(k, dir.equals("ANY") ? null : Direction.valueOf(dir));
      }
      if (ts.verb(k)) {
        return null;
      }
      if (inFigure(figures, k) || ts.number(k) || ts.adverb(k) || ts.noun(k) || ts.adjective(k)
          || ts.determiner(k) || ts.possessive(k) || ts.pos(k).equals("HYPH")
          || ts.pos(k).equals("IN") && !ts.isAny(k, "that", "while", "because", "although", "if")
          || ts.pos(k).equals("TO") || ts.is(k, ",") && inFigure(figures, k - 1)) {
        continue;
      }
      return null;
    }
    return null;
  }

  private static boolean inFigure(List<Figure> figures, int k) {
    for (Figure g : figures) {
      if (g.covers(k)) {
        return true;
      }
    }
    return false;
  }

  /** "up" or "down" used as a change ("up 5%", "down from 19%"), not a particle of a verb. */
  private static Direction upOrDown(TaggedSentence ts, int k) {
    if (!ts.isAny(k, "up", "down") || ts.verb(k - 1) && !ts.lemma(k - 1).equals("be")) {
      return null;
    }
    return ts.is(k, "up") ? Direction.UP : Direction.DOWN;
  }

  private static Direction higherOrLower(TaggedSentence ts, int k) {
    return ts.isAny(k, "higher", "more") && !ts.is(k + 1, "than") ? Direction.UP
        : ts.isAny(k, "lower", "less") && !ts.is(k + 1, "than") ? Direction.DOWN : null;
  }
}
