package org.claimtrack.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimtrack.domain.Change;
import org.claimtrack.domain.Change.Direction;
import org.claimtrack.domain.Change.Role;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Timex;
import org.claimtrack.nlp.Token;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The figure rules of a sentence (package-info S2-S4) on hand-made tagged sentences: no CoreNLP,
 * milliseconds. Tokens are written "word/TAG" or "word/TAG/lemma"; a token starting with "+" is
 * glued to the one before.
 */
class SentenceQuantitiesTest {

  /** A tagged sentence and its text. */
  record Tagged(Sentence sentence, String text) {
    List<Quantity> quantities() {
      return SentenceQuantities.find(sentence, text);
    }

    /** The one quantity whose surface is {@code surface}. */
    Quantity q(String surface) {
      return quantities().stream().filter(x -> x.surface().equals(surface)).findFirst()
          .orElseThrow(() -> new AssertionError("no quantity '" + surface + "' in " + quantities()));
    }

    Tagged withTimex(String covered, String type) {
      int s = text.indexOf(covered);
      Timex x = new Timex(new Span(s, s + covered.length()), 0, 1, type, "X");
      return new Tagged(sentence.withTimexes(List.of(x)), text);
    }
  }

  static Tagged tagged(String tokens) {
    StringBuilder text = new StringBuilder();
    List<Token> toks = new ArrayList<>();
    for (String raw : tokens.trim().split(" +")) {
      boolean glued = raw.startsWith("+");
      String[] p = (glued ? raw.substring(1) : raw).split("/");
      if (!glued && text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(Locale.ROOT);
      toks.add(new Token(toks.size(), new Span(start, text.length()), p[0], p[0], p[1], lemma, "O"));
    }
    return new Tagged(new Sentence(0, new Span(0, text.length()), toks, null, List.of()), text.toString());
  }

  @Nested
  class S2_NotFigures {
    @Test
    void vaguePluralsAndFractionWordsAreNoFigures() {
      assertThat(tagged("Turkey/NNP has/VBZ/have sent/VBN/send thousands/NNS of/IN troops/NNS ./.").quantities()).isEmpty();
      assertThat(tagged("in/IN the/DT northern/JJ half/NN of/IN Gaza/NNP").quantities()).isEmpty();
      assertThat(tagged("just/RB under/IN the/DT two-thirds/NNS majority/NN").quantities()).isEmpty();
    }

    @Test
    void durationsThatFrameTheStatementAreLeftOutAndDurationsThatAreThePointStay() {
      assertThat(tagged("over/IN the/DT past/JJ five/CD years/NNS").quantities()).isEmpty();
      assertThat(tagged("tested/VBN/test positive/JJ in/IN 24/CD hours/NNS").quantities()).isEmpty();
      assertThat(tagged("recorded/VBN/record 10/CD years/NNS ago/RB").quantities()).isEmpty();
      assertThat(tagged("shut/VBD for/IN the/DT seven-day/JJ period/NN").quantities()).isEmpty();
      Tagged kept = tagged("hammered/VBD/hammer the/DT area/NN for/IN 36/CD hours/NNS ./.");
      assertThat(kept.q("36 hours").counted()).isEqualTo("hours");
      assertThat(tagged("eliminating/VBG a/DT 14-day/JJ quarantine/NN").quantities()).hasSize(1);
    }

    @Test
    void rateDenominatorsAreNoFigures() {
      Tagged t = tagged("cases/NNS per/IN 100,000/CD people/NNS has/VBZ/have fallen/VBN/fall below/IN 400/CD");
      assertThat(t.quantities()).extracting(Quantity::surface).containsExactly("below 400");
    }

    @Test
    void genericOneAndZeroAndFamilyAreNoFiguresButOneMoreDeathIs() {
      assertThat(tagged("counting/VBG on/IN one/CD technology/NN").quantities()).isEmpty();
      assertThat(tagged("keeping/VBG interest/NN rates/NNS near/IN zero/CD").quantities()).isEmpty();
      assertThat(tagged("after/IN three/CD of/IN his/PRP$ children/NNS were/VBD/be exposed/VBN").quantities()).isEmpty();
      assertThat(tagged("reported/VBD/report one/CD additional/JJ death/NN").q("one").counted()).isEqualTo("additional death");
      assertThat(tagged("with/IN one/CD vote/NN each/DT").quantities()).hasSize(1);
    }

    @Test
    void agesAndTeasersAreNoFigures() {
      assertThat(tagged("When/WRB he/PRP was/VBD/be 16/CD +,/,").quantities()).isEmpty();
      assertThat(tagged("children/NNS younger/JJR than/IN 18/CD").quantities()).isEmpty();
      assertThat(tagged("10/CD facts/NNS about/IN Americans/NNPS").quantities()).isEmpty();
    }

    @Test
    void aTimeOfDaySutimeFoundIsNoFigureUnlessTheTextShowsNone() {
      Tagged vote = tagged("The/DT body/NN voted/VBD/vote 9/CD to/IN 1/CD earlier/RBR this/DT week/NN");
      assertThat(vote.withTimex("9 to 1 earlier this week", "TIME").quantities()).hasSize(2);
      Tagged clock = tagged("at/IN 9/CD tonight/NN");
      assertThat(clock.withTimex("9 tonight", "TIME").quantities()).isEmpty();
      Tagged span = tagged("within/IN a/DT span/NN of/IN five/CD hours/NNS Wednesday/NNP");
      assertThat(span.withTimex("five hours Wednesday", "TIME").quantities()).hasSize(1);
    }
  }

  @Nested
  class S3_Changes {
    @Test
    void fromXToYAfterAChangeVerbIsTwoFiguresNotARange() {
      Tagged t = tagged("Gross/JJ federal/JJ debt/NN increased/VBD/increase from/IN 60/CD percent/NN to/IN 75/CD percent/NN "
          + "of/IN nominal/JJ GDP/NN ./.");
      assertThat(t.quantities()).hasSize(2);
      Quantity from = t.q("60 percent");
      Quantity to = t.q("75 percent");
      assertThat(from.change()).isEqualTo(new Change(Role.FROM, Direction.UP));
      assertThat(to.change()).isEqualTo(new Change(Role.TO, Direction.UP));
      assertThat(from.qualifier()).isEqualTo(Qualifier.EXACT);
      assertThat(from.counted()).isEqualTo("Gross federal debt");
      assertThat(to.counted()).isEqualTo("nominal GDP");
    }

    @Test
    void aRangeWithNoChangeStaysARange() {
      Tagged t = tagged("between/IN 60/CD and/CC 75/CD percent/NN of/IN voters/NNS");
      assertThat(t.quantities()).hasSize(1);
      assertThat(t.quantities().get(0).qualifier()).isEqualTo(Qualifier.RANGE);
      assertThat(t.quantities().get(0).change()).isNull();
    }

    @Test
    void byAndToAfterAChange() {
      Tagged t = tagged("deliveries/NNS rose/VBD/rise 9.1/CD +%/NN to/IN 114,700/CD units/NNS ./.");
      assertThat(t.q("9.1%").change()).isEqualTo(new Change(Role.BY, Direction.UP));
      assertThat(t.q("9.1%").counted()).isEqualTo("deliveries");
      assertThat(t.q("114,700").change()).isEqualTo(new Change(Role.TO, Direction.UP));
      assertThat(t.q("114,700").counted()).isEqualTo("units");
      Tagged range = tagged("its/PRP$ tally/NN rose/VBD/rise by/IN 235/CD to/IN 1,351/CD ./.");
      assertThat(range.q("235").change().role()).isEqualTo(Role.BY);
      assertThat(range.q("1,351").change().role()).isEqualTo(Role.TO);
      assertThat(range.q("1,351").counted()).isEqualTo("tally");
    }

    @Test
    void upDownHigherAndChangeNouns() {
      assertThat(tagged("shipping/NN was/VBD/be up/RB 5.3/CD +%/NN").q("5.3%").change())
          .isEqualTo(new Change(Role.BY, Direction.UP));
      assertThat(tagged("rating/NN at/IN 13/CD +%/NN ,/, down/RB from/IN 19/CD +%/NN").q("19%").change())
          .isEqualTo(new Change(Role.FROM, Direction.DOWN));
      assertThat(tagged("a/DT 25/CD +%/NN raise/NN in/IN base/NN wages/NNS").q("25%").change())
          .isEqualTo(new Change(Role.BY, Direction.UP));
      assertThat(tagged("costs/NNS were/VBD/be 6.8/CD per/NN cent/NN higher/JJR").q("6.8 per cent").change())
          .isEqualTo(new Change(Role.BY, Direction.UP));
    }

    @Test
    void aNeutralVerbGivesNoDirection() {
      Tagged t = tagged("That/DT brings/VBZ/bring the/DT state/NN 's/POS death/NN toll/NN to/IN 820/CD ./.");
      assertThat(t.q("820").change()).isEqualTo(new Change(Role.TO, null));
      assertThat(t.q("820").counted()).isEqualTo("death toll");
    }
  }

  @Nested
  class S4_Counted {

    @Test
    void aPossessedNounAfterFromIsNotWhatTheSubjectCounts() {
      // "the death toll from Monday's earthquake has risen to 298": the toll, not the earthquake
      Tagged t = tagged("The/DT death/NN toll/NN from/IN Monday/NNP 's/POS earthquake/NN has/VBZ/have risen/VBN/rise"
          + " to/TO 298/CD ./.");
      assertThat(t.q("298").counted()).isEqualTo("death toll");
      // a possessor after "of" still ends the chain: "the University of Michigan's index rose to 71.8"
      Tagged u = tagged("The/DT University/NNP of/IN Michigan/NNP 's/POS index/NN rose/VBD/rise to/TO 71.8/CD ./.");
      assertThat(u.q("71.8").counted()).isEqualTo("index");
    }
    @Test
    void s4aThePhraseAfter() {
      assertThat(tagged("12,000/CD North/NNP Korean/JJ soldiers/NNS").q("12,000").counted()).isEqualTo("North Korean soldiers");
      assertThat(tagged("10,165/CD state/NN -/HYPH run/VBN schools/NNS").q("10,165").counted()).isEqualTo("state - run schools");
      assertThat(tagged("four/CD unusually/RB active/JJ years/NNS").q("four").counted()).isEqualTo("unusually active years");
      assertThat(tagged("up/IN to/TO 30/CD +%/NN capacity/NN indoors/RB").q("up to 30%").counted()).isEqualTo("capacity");
      assertThat(tagged("hit/VBD 14/CD million/CD last/JJ year/NN").q("14 million").counted()).isNull();
    }

    @Test
    void s4bOfAfterPastPossessorsAndFigures() {
      assertThat(tagged("5,100/CD of/IN 10,165/CD schools/NNS").q("5,100").counted()).isEqualTo("schools");
      assertThat(tagged("worth/JJ 13/CD +%/NN of/IN Italy/NNP +'s/POS gross/JJ domestic/JJ product/NN").q("13%").counted())
          .isEqualTo("gross domestic product");
    }

    @Test
    void anAdjectiveAfterAPossessiveIsTheHeadNotThePossessor() {
      Tagged t = tagged("to/TO bring/VB the/DT country/NN +'s/POS total/JJ to/IN 502,110/CD");
      assertThat(t.q("502,110").counted()).isEqualTo("total");
    }

    @Test
    void anAbbreviatedUnitsPeriodDoesNotHideTheOfAfterIt() {
      Tagged oil = tagged("a/DT report/NN on/IN the/DT fate/NN of/IN the/DT 4.9/CD million/CD bbl/NN +./. of/IN oil/NN that/WDT spilled/VBD/spill");
      assertThat(oil.q("4.9 million bbl").counted()).isEqualTo("oil");
      Tagged crude = tagged("as/RB much/JJ as/IN 80/CD +%/NN of/IN the/DT 4.1/CD million/CD bbl/NN +./. of/IN crude/NN that/WDT spilled/VBD/spill");
      assertThat(crude.q("as much as 80%").counted()).isEqualTo("crude");
      assertThat(crude.q("4.1 million bbl").counted()).isEqualTo("crude");
      assertThat(tagged("about/IN 392,000/CD bbl/NN +./. ,/, or/CC 9/CD +%/NN").q("about 392,000 bbl").counted()).isEqualTo("bbl");
    }

    @Test
    void s4cMoneyInWhatItIs() {
      assertThat(tagged("paid/VBD/pay $/$ 10.4/CD billion/CD in/IN income/NN taxes/NNS").q("$ 10.4 billion").counted())
          .isEqualTo("income taxes");
      assertThat(tagged("was/VBD/be $/$ 844.4/CD million/CD in/IN part/NN due/JJ").q("$ 844.4 million").counted()).isNull();
    }

    @Test
    void s4dObjectOfAChange() {
      Tagged t = tagged("will/MD raise/VB the/DT top/JJ wage/NN by/IN 33/CD +%/NN ,/, to/IN over/IN $/$ 42/CD an/DT hour/NN");
      assertThat(t.q("33%").counted()).isEqualTo("top wage");
      assertThat(t.q("over $ 42 an hour").counted()).isEqualTo("top wage");
    }

    @Test
    void s4ePhraseBefore() {
      assertThat(tagged("a/DT total/NN of/IN more/JJR than/IN 84,000/CD").q("more than 84,000").counted()).isEqualTo("total");
      assertThat(tagged("Yoon/NNP +'s/POS approval/NN rating/NN at/IN 13/CD +%/NN").q("13%").counted())
          .isEqualTo("approval rating");
      assertThat(tagged("the/DT 2016/CD high/JJ of/IN 8,836/CD").q("8,836").counted()).isNull();
    }

    @Test
    void s4fSubjectOfTheVerb() {
      assertThat(tagged("the/DT death/NN toll/NN from/IN the/DT virus/NN is/VBZ/be 16,002/CD").q("16,002").counted())
          .isEqualTo("death toll");
      assertThat(tagged("Economic/JJ growth/NN is/VBZ/be likely/JJ to/TO plummet/VB to/IN a/DT multi-decade/JJ low/NN of/IN 1.6/CD per/NN cent/NN")
          .q("1.6 per cent").counted()).isEqualTo("Economic growth");
      assertThat(tagged("Loss/NN before/IN taxation/NN for/IN the/DT segment/NN was/VBD/be S$/$ 11.4/CD million/CD")
          .q("S$ 11.4 million").counted()).isEqualTo("Loss");
      assertThat(tagged("it/PRP is/VBZ/be about/IN 15/CD percent/NN").q("about 15 percent").counted()).isNull();
    }

    @Test
    void s4gCoordinatedFiguresShareAHead() {
      Tagged t = tagged("12/CD civilians/NNS were/VBD/be killed/VBN/kill and/CC 40/CD injured/VBN/injure");
      assertThat(t.q("40").counted()).isEqualTo("civilians");
      Tagged pct = tagged("with/IN occupancy/NN dropping/VBG/drop by/IN 99/CD +%/NN for/IN foreigners/NNS and/CC 96/CD +%/NN for/IN Italians/NNPS");
      assertThat(pct.q("99%").counted()).isEqualTo("occupancy");
      assertThat(pct.q("96%").counted()).isEqualTo("occupancy");
    }

    @Test
    void aMeasureCompletingAParticipleMeasuresTheNounBeforeIt() {
      Tagged wind = tagged("heavy/JJ rain/NN and/CC winds/NNS blowing/VBG/blow up/IN to/TO 180/CD kilometers/NNS per/IN hour/NN");
      assertThat(wind.q("up to 180 kilometers per hour").counted()).isEqualTo("winds");
      Tagged storm = tagged("a/DT storm/NN lasting/VBG/last 36/CD hours/NNS");
      assertThat(storm.q("36 hours").counted()).isEqualTo("hours");
    }

    @Test
    void neverAUnitOrAHyphenResidue() {
      for (Quantity q : tagged("the/DT 14/CD -/HYPH day/NN cumulative/JJ rate/NN rose/VBD/rise 5/CD percent/NN").quantities()) {
        assertThat(q.counted()).doesNotStartWith("-").isNotEqualTo("percent").isNotEqualTo("%");
      }
    }
  }
}
