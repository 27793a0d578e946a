package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.ClaimKind;
import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The cue verb read through the parse, with each content finder. */
class ParsedCueTest {

  private static Attribution at(Hand h, int verb) {
    AttributionContext c = h.context();
    Sentence s = h.sentence(0);
    return ParsedCue.find(c, s, s.graph(), verb);
  }

  @Test
  void complement() {
    Hand h = Hand.doc().parsed("Officials/NNS said/VBD/say 40/CD people/NNS died/VBD/die ./.",
        "nsubj(said-2, Officials-1) root(ROOT-0, said-2) nummod(people-4, 40-3) nsubj(died-5, people-4)"
            + " ccomp(said-2, died-5) punct(said-2, .-6)");
    Attribution a = at(h, 1);
    assertThat(a.rule()).endsWith(":ccomp");
    assertThat(a.content().of(h.build().text())).isEqualTo("40 people died");
    assertThat(a.source().span().of(h.build().text())).isEqualTo("Officials");
  }

  @Test
  void passiveWithoutAComplementIsNoCue() {
    Hand h = Hand.doc().parsed("The/DT plan/NN was/VBD/be announced/VBN/announce ./.",
        "det(plan-2, The-1) nsubj:pass(announced-4, plan-2) aux:pass(announced-4, was-3) root(ROOT-0, announced-4)"
            + " punct(announced-4, .-5)");
    assertThat(at(h, 3)).isNull();
  }

  @Test
  void parataxis() {
    Hand h = Hand.doc().parsed("Prices/NNS will/MD rise/VB ,/, he/PRP said/VBD/say ./.",
        "nsubj(rise-3, Prices-1) aux(rise-3, will-2) root(ROOT-0, rise-3) punct(rise-3, ,-4) nsubj(said-6, he-5)"
            + " parataxis(rise-3, said-6) punct(rise-3, .-7)");
    Attribution a = at(h, 5);
    assertThat(a.rule()).endsWith(":parataxis");
    assertThat(a.content().of(h.build().text())).isEqualTo("Prices will rise");
  }

  @Test
  void xcompOfAPromise() {
    Hand h = Hand.doc().parsed("Moscow/NNP@LOCATION vowed/VBD/vow to/TO retaliate/VB ./.",
        "nsubj(vowed-2, Moscow-1) root(ROOT-0, vowed-2) mark(retaliate-4, to-3) xcomp(vowed-2, retaliate-4)"
            + " punct(vowed-2, .-5)");
    Attribution a = at(h, 1);
    assertThat(a.rule()).endsWith(":xcomp");
    assertThat(a.content().of(h.build().text())).isEqualTo("to retaliate");
  }

  @Test
  void objectOfAFinderVerbWhenTheSubjectIsADocument() {
    Hand h = Hand.doc().parsed("The/DT survey/NN found/VBD/find 40/CD percent/NN support/NN ./.",
        "det(survey-2, The-1) nsubj(found-3, survey-2) root(ROOT-0, found-3) nummod(percent-5, 40-4)"
            + " compound(support-6, percent-5) obj(found-3, support-6) punct(found-3, .-7)");
    Attribution a = at(h, 2);
    assertThat(a.rule()).endsWith(":obj");
    assertThat(a.content().of(h.build().text())).isEqualTo("40 percent support");
  }

  @Test
  void adjacentQuoteAfterTheCue() {
    Hand h = Hand.doc().parsed("He/PRP said/VBD/say :/: “/`` We/PRP will/MD win/VB ./. ”/''",
        "nsubj(said-2, He-1) root(ROOT-0, said-2) punct(said-2, :-3) punct(win-7, “-4) nsubj(win-7, We-5)"
            + " aux(win-7, will-6) parataxis(said-2, win-7) punct(win-7, .-8) punct(win-7, ”-9)");
    Attribution a = at(h, 1);
    assertThat(a.kind()).isEqualTo(ClaimKind.QUOTE);
  }

  @Test
  void aWeekdayIsNeverASource() {
    Hand h = Hand.doc().parsed("Tuesday/NNP said/VBD/say 40/CD people/NNS died/VBD/die ./.",
        "nsubj(said-2, Tuesday-1) root(ROOT-0, said-2) nummod(people-4, 40-3) nsubj(died-5, people-4)"
            + " ccomp(said-2, died-5) punct(said-2, .-6)");
    assertThat(at(h, 1)).isNull();
  }

  @Test
  void theYearOfADocumentIsNoCount() {
    // "1,300 universities had reported ..." is a count; "A 2014 study found ..." is a source
    Hand h = Hand.doc().parsed("A/DT 2014/CD study/NN found/VBD/find that/IN costs/NNS rose/VBD/rise ./.",
        "det(study-3, A-1) nummod(study-3, 2014-2) nsubj(found-4, study-3) root(ROOT-0, found-4) mark(rose-7, that-5)"
            + " nsubj(rose-7, costs-6) ccomp(found-4, rose-7) punct(found-4, .-8)");
    Attribution a = at(h, 3);
    assertThat(a.source().span().of(h.build().text())).isEqualTo("A 2014 study");
    Hand counted = Hand.doc().parsed("1,300/CD universities/NNS found/VBD/find that/IN costs/NNS rose/VBD/rise ./.",
        "nummod(universities-2, 1,300-1) nsubj(found-3, universities-2) root(ROOT-0, found-3) mark(rose-6, that-4)"
            + " nsubj(rose-6, costs-5) ccomp(found-3, rose-6) punct(found-3, .-7)");
    assertThat(at(counted, 2)).isNull();
  }

  @Test
  void aFindingThatIsAnOpenQuestionOrAPurposeStatesNothing() {
    Hand open = Hand.doc().parsed("Police/NNS determined/VBD/determine whether/IN it/PRP was/VBD/be a/DT bomb/NN ./.",
        "nsubj(determined-2, Police-1) root(ROOT-0, determined-2) mark(bomb-7, whether-3) nsubj(bomb-7, it-4)"
            + " cop(bomb-7, was-5) det(bomb-7, a-6) ccomp(determined-2, bomb-7) punct(determined-2, .-8)");
    assertThat(at(open, 1)).isNull();
    Hand purpose = Hand.doc().parsed("He/PRP must/MD try/VB to/TO prove/VB/prove that/IN she/PRP lied/VBD/lie ./.",
        "nsubj(try-3, He-1) aux(try-3, must-2) root(ROOT-0, try-3) mark(prove-5, to-4) xcomp(try-3, prove-5)"
            + " mark(lied-8, that-6) nsubj(lied-8, she-7) ccomp(prove-5, lied-8) punct(try-3, .-9)");
    assertThat(at(purpose, 4)).isNull();
    Hand stated = Hand.doc().parsed("Police/NNS determined/VBD/determine that/IN it/PRP was/VBD/be a/DT bomb/NN ./.",
        "nsubj(determined-2, Police-1) root(ROOT-0, determined-2) mark(bomb-7, that-3) nsubj(bomb-7, it-4)"
            + " cop(bomb-7, was-5) det(bomb-7, a-6) ccomp(determined-2, bomb-7) punct(determined-2, .-8)");
    assertThat(at(stated, 1).content().of(stated.build().text())).isEqualTo("that it was a bomb");
    Hand asked = Hand.doc().parsed("Reporters/NNS asked/VBD/ask whether/IN it/PRP was/VBD/be a/DT bomb/NN ./.",
        "nsubj(asked-2, Reporters-1) root(ROOT-0, asked-2) mark(bomb-7, whether-3) nsubj(bomb-7, it-4)"
            + " cop(bomb-7, was-5) det(bomb-7, a-6) ccomp(asked-2, bomb-7) punct(asked-2, .-8)");
    assertThat(at(asked, 1)).isNotNull();
  }

  @Test
  void aDateHungOnTheSourceIsLeftOut() {
    Hand dated = Hand.doc().parsed("Prosecutors/NNS in/IN April/NNP@DATE said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-4, Prosecutors-1) case(April-3, in-2) nmod(Prosecutors-1, April-3) root(ROOT-0, said-4)"
            + " nsubj(rose-6, costs-5) ccomp(said-4, rose-6) punct(said-4, .-7)");
    assertThat(at(dated, 3).source().span().of(dated.build().text())).isEqualTo("Prosecutors");
  }

  @Test
  void aRefusalIsACueOnlyWithAnInfinitive() {
    Hand h = Hand.doc().parsed("He/PRP declined/VBD/decline to/TO comment/VB/comment ./.",
        "nsubj(declined-2, He-1) root(ROOT-0, declined-2) mark(comment-4, to-3) xcomp(declined-2, comment-4)"
            + " punct(declined-2, .-5)");
    assertThat(at(h, 1).content().of(h.build().text())).isEqualTo("to comment");
    Hand p = Hand.doc().parsed("Prices/NNS will/MD rise/VB ,/, he/PRP refused/VBD/refuse ./.",
        "nsubj(rise-3, Prices-1) aux(rise-3, will-2) root(ROOT-0, rise-3) punct(rise-3, ,-4) nsubj(refused-6, he-5)"
            + " parataxis(rise-3, refused-6) punct(rise-3, .-7)");
    assertThat(at(p, 5)).isNull();
  }
  @Test
  void aNounClauseWithItsOwnSubjectIsACue() {
    // "the sense they said prices would rise": the parser's acl, with a subject of its own
    Hand h = Hand.doc().parsed("the/DT sense/NN they/PRP said/VBD/say prices/NNS would/MD rise/VB ./.",
        "det(sense-2, the-1) root(ROOT-0, sense-2) nsubj(said-4, they-3) acl(sense-2, said-4) nsubj(rise-7, prices-5)"
            + " aux(rise-7, would-6) ccomp(said-4, rise-7) punct(sense-2, .-8)");
    Attribution a = at(h, 3);
    assertThat(a.source().span().of(h.build().text())).isEqualTo("they");
    assertThat(a.content().of(h.build().text())).isEqualTo("prices would rise");
  }

  @Test
  void aParticipleModifyingANounHasNoSource() {
    Hand h = Hand.doc().parsed("postings/NNS saying/VBG/say the/DT vote/NN was/VBD/be rigged/VBN/rig ./.",
        "root(ROOT-0, postings-1) acl(postings-1, saying-2) det(vote-4, the-3) nsubj:pass(rigged-6, vote-4)"
            + " aux:pass(rigged-6, was-5) ccomp(saying-2, rigged-6) punct(postings-1, .-7)");
    assertThat(at(h, 1)).isNull();
  }

  @Test
  void aPlanIsADeedNotASaying() {
    // PolNeAR marks "plans to visit" as the writer's account more often than as an attribution
    Hand h = Hand.doc().parsed("Clinton/NNP@PERSON plans/VBZ/plan to/TO visit/VB Charlotte/NNP@LOCATION ./.",
        "nsubj(plans-2, Clinton-1) root(ROOT-0, plans-2) mark(visit-4, to-3) xcomp(plans-2, visit-4)"
            + " obj(visit-4, Charlotte-5) punct(plans-2, .-6)");
    assertThat(at(h, 1)).isNull();
  }
  @Test
  void mockingIsTakingAStand() {
    Hand h = Hand.doc().parsed("Clinton/NNP@PERSON had/VBD/have mocked/VBN/mock the/DT tweets/NNS ./.",
        "nsubj(mocked-3, Clinton-1) aux(mocked-3, had-2) root(ROOT-0, mocked-3) det(tweets-5, the-4)"
            + " obj(mocked-3, tweets-5) punct(mocked-3, .-6)");
    Attribution a = at(h, 2);
    assertThat(a.rule()).endsWith(":stance-obj");
    assertThat(a.content().of(h.build().text())).isEqualTo("the tweets");
  }
  @Test
  void thoseCloseToHimAreASourceOfWhatTheySay() {
    Hand h = Hand.doc().parsed("Those/DT close/JJ to/IN him/PRP say/VBP/say he/PRP will/MD run/VB ./.",
        "nsubj(say-5, Those-1) amod(Those-1, close-2) case(him-4, to-3) obl(close-2, him-4) root(ROOT-0, say-5)"
            + " nsubj(run-8, he-6) aux(run-8, will-7) ccomp(say-5, run-8) punct(say-5, .-9)");
    Attribution a = at(h, 4);
    assertThat(a.source().span().of(h.build().text())).isEqualTo("Those close to him");
  }

  @Test
  void oneStudyIsNoCount() {
    Hand h = Hand.doc().parsed("One/CD study/NN found/VBD/find taxes/NNS would/MD rise/VB ./.",
        "nummod(study-2, One-1) nsubj(found-3, study-2) root(ROOT-0, found-3) nsubj(rise-6, taxes-4)"
            + " aux(rise-6, would-5) ccomp(found-3, rise-6) punct(found-3, .-7)");
    Attribution a = at(h, 2);
    assertThat(a.source().span().of(h.build().text())).isEqualTo("One study");
  }

  @Test
  void twoStudiesAreStillACount() {
    Hand h = Hand.doc().parsed("Two/CD studies/NNS/study found/VBD/find taxes/NNS would/MD rise/VB ./.",
        "nummod(studies-2, Two-1) nsubj(found-3, studies-2) root(ROOT-0, found-3) nsubj(rise-6, taxes-4)"
            + " aux(rise-6, would-5) ccomp(found-3, rise-6) punct(found-3, .-7)");
    assertThat(at(h, 2)).isNull();
  }
  @Test
  void oneOfTenPeopleIsAFigureNotASource() {
    // realnews-dev: "Hoenig, ... and one of 10 people who decides what interest rates borrowers pay, said"
    Hand h = Hand.doc().parsed("one/CD of/IN 10/CD people/NNS/person said/VBD/say rates/NNS will/MD rise/VB ./.",
        "nsubj(said-5, one-1) case(people-4, of-2) nummod(people-4, 10-3) nmod(one-1, people-4) root(ROOT-0, said-5)"
            + " nsubj(rise-8, rates-6) aux(rise-8, will-7) ccomp(said-5, rise-8) punct(said-5, .-9)");
    assertThat(at(h, 4)).isNull();
  }

  @Test
  void oneOfTheAttorneysIsASource() {
    Hand h = Hand.doc().parsed("one/CD of/IN the/DT attorneys/NNS/attorney said/VBD/say rates/NNS will/MD rise/VB ./.",
        "nsubj(said-5, one-1) case(attorneys-4, of-2) det(attorneys-4, the-3) nmod(one-1, attorneys-4) root(ROOT-0, said-5)"
            + " nsubj(rise-8, rates-6) aux(rise-8, will-7) ccomp(said-5, rise-8) punct(said-5, .-9)");
    assertThat(at(h, 4).source().span().of(h.build().text())).isEqualTo("one of the attorneys");
  }
  @Test
  void aPollingAverageIsAFinder() {
    Hand h = Hand.doc().parsed("Polling/NN averages/NNS/average show/VBP/show Clinton/NNP@PERSON with/IN a/DT lead/NN ./.",
        "compound(averages-2, Polling-1) nsubj(show-3, averages-2) root(ROOT-0, show-3) obj(show-3, Clinton-4)"
            + " case(lead-7, with-5) det(lead-7, a-6) nmod(Clinton-4, lead-7) punct(show-3, .-8)");
    Attribution a = at(h, 2);
    assertThat(a.rule()).endsWith(":obj");
    assertThat(a.source().span().of(h.build().text())).isEqualTo("Polling averages");
    assertThat(a.content().of(h.build().text())).isEqualTo("Clinton with a lead");
  }

  @Test
  void callingSomeoneSomethingParsedAsADoubleObject() {
    // "Cruz called Trump a pathological liar": the parser's iobj and dep
    Hand h = Hand.doc().parsed("Cruz/NNP@PERSON called/VBD/call Trump/NNP@PERSON a/DT liar/NN ./.",
        "nsubj(called-2, Cruz-1) root(ROOT-0, called-2) iobj(called-2, Trump-3) det(liar-5, a-4) dep(Trump-3, liar-5)"
            + " punct(called-2, .-6)");
    Attribution a = at(h, 1);
    assertThat(a.rule()).endsWith(":call-obj-xcomp");
    assertThat(a.content().of(h.build().text())).isEqualTo("Trump a liar");
  }
}
