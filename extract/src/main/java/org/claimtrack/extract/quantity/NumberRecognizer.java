package org.claimtrack.extract.quantity;

import java.util.List;
import java.util.Objects;
import org.claimtrack.extract.words.WordList;
import org.claimtrack.extract.words.WordMap;

/**
 * Finds number expressions in English text: plain and spelled-out numbers, fractions, money,
 * percentages, units of measure, qualifiers ("at least", "nearly"), ranges ("between 5 and 7"),
 * multiplicatives ("two brigades of 6,000 people each"), and, so that they can be left out,
 * dates, times, years, ordinals, ages, phone numbers and numbers inside names and codes.
 *
 * <p>Stateless and immutable, hence thread-safe: one shared instance serves every caller. Each
 * call tokenizes its region once and scans it left to right without regular expressions, in time
 * linear in the length of the region.
 */
public final class NumberRecognizer {
  private static final NumberRecognizer STANDARD = new NumberRecognizer();

  /** Every class whose code decides what is found (nested ones too): the rules, for versions. */
  private static final List<Class<?>> RULES = List.of(
      AgeShape.class,
      Amount.class,
      Amounts.class,
      CalendarDateShape.class,
      Cardinal.class,
      CardinalState.Last.class,
      CardinalState.class,
      Changes.Cue.class,
      Changes.Part.class,
      Changes.class,
      CompoundUnits.class,
      Counted.class,
      DecadeShape.class,
      DigitCountShape.class,
      DottedCodeShape.class,
      Expressions.class,
      Figure.class,
      Form.class,
      Found.class,
      Fractions.Denominator.class,
      Fractions.class,
      Kind.class,
      LinkShape.class,
      Multiplicatives.class,
      MultiplierShape.class,
      NameShape.class,
      NotFigures.class,
      NounPhrases.Phrase.class,
      NounPhrases.class,
      Num.class,
      NumberExpression.class,
      NumberRecognizer.class,
      NumberWord.Type.class,
      NumberWord.class,
      Numeral.Mantissa.class,
      Numeral.Valued.class,
      Numeral.class,
      NumeralSuffix.class,
      NumericDateShape.class,
      OrdinalShape.class,
      PairRules.class,
      Peek.class,
      PhoneShape.class,
      PhraseTable.Builder.class,
      PhraseTable.Hit.class,
      PhraseTable.Phrase.class,
      PhraseTable.class,
      Proportions.class,
      Qualifiers.After.class,
      Qualifiers.Before.class,
      Qualifiers.Role.class,
      Qualifiers.class,
      Ranges.Joiner.class,
      Ranges.class,
      RankShape.class,
      ReferenceShape.class,
      ReversedPercentShape.class,
      Scan.class,
      ScoreShape.class,
      SentenceQuantities.class,
      Shapes.class,
      TaggedSentence.class,
      TimeShape.class,
      Tokens.class,
      Units.Category.class,
      Units.Unit.class,
      Units.class,
      UnitsAfter.class,
      VagueCountShape.class,
      VersionShape.class,
      Vocabulary.class,
      WordNumbers.class,
      WordTable.class,
      YearShape.class);

  private NumberRecognizer() {}

  /** The shared recognizer with the built-in English lexicon. */
  public static NumberRecognizer standard() {
    return STANDARD;
  }

  /**
   * All number expressions in {@code text[from, to)}, left to right, non-overlapping. Spans are
   * offsets into {@code text}. Words outside the region are not looked at.
   *
   * @throws IndexOutOfBoundsException when {@code from}/{@code to} do not fit {@code text}
   */
  public List<NumberExpression> find(CharSequence text, int from, int to) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, to, text.length());
    if (from == to) {
      return List.of();
    }
    return List.copyOf(Scan.run(text, from, to));
  }

  /**
   * The classes whose bytecode decides what this recognizer finds, for a stage version
   * ({@link org.claimtrack.extract.words.StageVersion}): a change to any of them is a rule change.
   */
  public List<Class<?>> ruleClasses() {
    return RULES;
  }

  /** The word lists the recognizer reads ({@code quantity-*.txt}), for a stage version. */
  public List<WordList> wordLists() {
    return Vocabulary.lists();
  }

  /** The tables the recognizer reads ({@code quantity-*.tsv}), for a stage version. */
  public List<WordMap> wordMaps() {
    return Vocabulary.maps();
  }

  /** All number expressions in the whole of {@code text}. */
  public List<NumberExpression> find(CharSequence text) {
    return find(text, 0, text.length());
  }
}
