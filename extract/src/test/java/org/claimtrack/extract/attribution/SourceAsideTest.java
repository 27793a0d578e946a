package org.claimtrack.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * What a parsed source mention keeps and loses ({@link ParsedCue#ASIDES}), one test per aside,
 * on hand-made parses shaped as CoreNLP parses polnear-dev's sentences.
 */
class SourceAsideTest {

  private static String source(Hand h, int verb) {
    AttributionContext c = h.context();
    Sentence s = h.sentence(0);
    Attribution a = ParsedCue.find(c, s, s.graph(), verb);
    assertThat(a).as("an attribution at token %d", verb).isNotNull();
    return a.source().span().of(h.build().text());
  }

  @Test
  void aShortRelativeClauseThatSaysWhoTheSourceIsStays() {
    Hand h = Hand.doc().parsed(
        "Derek/NNP@PERSON Mitchell/NNP@PERSON ,/, who/WP served/VBD/serve as/IN ambassador/NN ,/, said/VBD/say costs/NNS rose/VBD/rise ./.",
        "compound(Mitchell-2, Derek-1) nsubj(said-9, Mitchell-2) punct(Mitchell-2, ,-3) nsubj(served-5, who-4)"
            + " acl:relcl(Mitchell-2, served-5) case(ambassador-7, as-6) obl(served-5, ambassador-7) punct(Mitchell-2, ,-8)"
            + " root(ROOT-0, said-9) nsubj(rose-11, costs-10) ccomp(said-9, rose-11) punct(said-9, .-12)");
    assertThat(source(h, 8)).isEqualTo("Derek Mitchell , who served as ambassador");
  }

  @Test
  void aLongRelativeClauseThatTellsAStoryIsLeftOut() {
    Hand h = Hand.doc().parsed(
        "Christie/NNP@PERSON ,/, who/WP has/VBZ/have campaigned/VBN/campaign heavily/RB for/IN GOP/NNP nominee/NN Donald/NNP@PERSON"
            + " Trump/NNP@PERSON since/IN he/PRP suspended/VBD/suspend his/PRP$ own/JJ presidential/JJ campaign/NN in/IN February/NNP ,/,"
            + " said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-22, Christie-1) punct(Christie-1, ,-2) nsubj(campaigned-5, who-3) aux(campaigned-5, has-4)"
            + " acl:relcl(Christie-1, campaigned-5) advmod(campaigned-5, heavily-6) case(Trump-11, for-7) compound(Trump-11, GOP-8)"
            + " compound(Trump-11, nominee-9) compound(Trump-11, Donald-10) obl(campaigned-5, Trump-11) mark(suspended-14, since-12)"
            + " nsubj(suspended-14, he-13) advcl(campaigned-5, suspended-14) nmod:poss(campaign-18, his-15) amod(campaign-18, own-16)"
            + " amod(campaign-18, presidential-17) obj(suspended-14, campaign-18) case(February-20, in-19) obl(suspended-14, February-20)"
            + " punct(Christie-1, ,-21) root(ROOT-0, said-22) nsubj(rose-24, costs-23) ccomp(said-22, rose-24) punct(said-22, .-25)");
    assertThat(source(h, 21)).isEqualTo("Christie");
  }

  @Test
  void aRelativeClauseThatReportsIsLeftOut() {
    Hand h = Hand.doc().parsed(
        "Kamin/NNP@PERSON ,/, who/WP emphasized/VBD/emphasize that/IN taxes/NNS fell/VBD/fall ,/, said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-9, Kamin-1) punct(Kamin-1, ,-2) nsubj(emphasized-4, who-3) acl:relcl(Kamin-1, emphasized-4) mark(fell-7, that-5)"
            + " nsubj(fell-7, taxes-6) ccomp(emphasized-4, fell-7) punct(Kamin-1, ,-8) root(ROOT-0, said-9) nsubj(rose-11, costs-10)"
            + " ccomp(said-9, rose-11) punct(said-9, .-12)");
    assertThat(source(h, 8)).isEqualTo("Kamin");
  }

  @Test
  void aRelativeClauseOnANounOfTheAppositionIsLeftOutWhenSetOffAndKeptWhenItRestricts() {
    Hand setOff = Hand.doc().parsed(
        "Mulgrew/NNP@PERSON ,/, president/NN of/IN the/DT union/NN ,/, which/WDT represents/VBZ/represent teachers/NNS ,/,"
            + " said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-12, Mulgrew-1) punct(Mulgrew-1, ,-2) appos(Mulgrew-1, president-3) case(union-6, of-4) det(union-6, the-5)"
            + " nmod(president-3, union-6) punct(union-6, ,-7) nsubj(represents-9, which-8) acl:relcl(union-6, represents-9)"
            + " obj(represents-9, teachers-10) punct(Mulgrew-1, ,-11) root(ROOT-0, said-12) nsubj(rose-14, costs-13)"
            + " ccomp(said-12, rose-14) punct(said-12, .-15)");
    assertThat(source(setOff, 11)).isEqualTo("Mulgrew , president of the union");
    Hand restricts = Hand.doc().parsed(
        "Murphy/NNP@PERSON ,/, an/DT aide/NN who/WP accompanied/VBD/accompany her/PRP ,/, said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-9, Murphy-1) punct(Murphy-1, ,-2) det(aide-4, an-3) appos(Murphy-1, aide-4) nsubj(accompanied-6, who-5)"
            + " acl:relcl(aide-4, accompanied-6) obj(accompanied-6, her-7) punct(Murphy-1, ,-8) root(ROOT-0, said-9)"
            + " nsubj(rose-11, costs-10) ccomp(said-9, rose-11) punct(said-9, .-12)");
    assertThat(source(restricts, 8)).isEqualTo("Murphy , an aide who accompanied her");
  }

  @Test
  void aParticipleClauseAfterTheSourceIsLeftOut() {
    Hand h = Hand.doc().parsed(
        "Trump/NNP@PERSON ,/, speaking/VBG/speak to/TO veterans/NNS ,/, said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-7, Trump-1) punct(Trump-1, ,-2) acl(Trump-1, speaking-3) case(veterans-5, to-4) obl(speaking-3, veterans-5)"
            + " punct(Trump-1, ,-6) root(ROOT-0, said-7) nsubj(rose-9, costs-8) ccomp(said-7, rose-9) punct(said-7, .-10)");
    assertThat(source(h, 6)).isEqualTo("Trump");
  }

  @Test
  void aYearOrAWeekdayHungOnTheSourceIsLeftOutWithoutADateTag() {
    Hand year = Hand.doc().parsed(
        "A/DT panel/NN in/IN 2001/CD found/VBD/find that/IN costs/NNS rose/VBD/rise ./.",
        "det(panel-2, A-1) nsubj(found-5, panel-2) case(2001-4, in-3) nmod(panel-2, 2001-4) root(ROOT-0, found-5)"
            + " mark(rose-8, that-6) nsubj(rose-8, costs-7) ccomp(found-5, rose-8) punct(found-5, .-9)");
    assertThat(source(year, 4)).isEqualTo("A panel");
    Hand weekday = Hand.doc().parsed(
        "The/DT Council/NNP@ORGANIZATION on/IN Friday/NNP said/VBD/say costs/NNS rose/VBD/rise ./.",
        "det(Council-2, The-1) nsubj(said-5, Council-2) case(Friday-4, on-3) nmod(Council-2, Friday-4) root(ROOT-0, said-5)"
            + " nsubj(rose-7, costs-6) ccomp(said-5, rose-7) punct(said-5, .-8)");
    assertThat(source(weekday, 4)).isEqualTo("The Council");
  }

  @Test
  void aSecondAppositionDescribesTheFirstAndIsLeftOut() {
    Hand h = Hand.doc().parsed(
        "Ayrault/NNP@PERSON ,/, the/DT minister/NN of/IN France/NNP@LOCATION ,/, a/DT member/NN of/IN the/DT Council/NNP ,/,"
            + " said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-14, Ayrault-1) punct(Ayrault-1, ,-2) det(minister-4, the-3) appos(Ayrault-1, minister-4) case(France-6, of-5)"
            + " nmod(minister-4, France-6) punct(Ayrault-1, ,-7) det(member-9, a-8) appos(Ayrault-1, member-9) case(Council-12, of-10)"
            + " det(Council-12, the-11) nmod(member-9, Council-12) punct(Ayrault-1, ,-13) root(ROOT-0, said-14)"
            + " nsubj(rose-16, costs-15) ccomp(said-14, rose-16) punct(said-14, .-17)");
    assertThat(source(h, 13)).isEqualTo("Ayrault , the minister of France");
  }

  @Test
  void bothBeforeAListOfSourcesIsLeftOut() {
    Hand h = Hand.doc().parsed(
        "Both/CC King/NNP@PERSON and/CC Schultz/NNP@PERSON say/VBP costs/NNS rose/VBD/rise ./.",
        "cc:preconj(King-2, Both-1) nsubj(say-5, King-2) cc(Schultz-4, and-3) conj(King-2, Schultz-4) root(ROOT-0, say-5)"
            + " nsubj(rose-7, costs-6) ccomp(say-5, rose-7) punct(say-5, .-8)");
    assertThat(source(h, 4)).isEqualTo("King and Schultz");
  }

  @Test
  void aClauseInParenthesesIsLeftOutButAPartyAndStateStays() {
    Hand clause = Hand.doc().parsed(
        "Burman/NNP@PERSON (/-LRB- a/DT view/NN I/PRP share/VBP )/-RRB- said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-8, Burman-1) punct(Burman-1, (-2) det(view-4, a-3) obj(share-6, view-4) nsubj(share-6, I-5)"
            + " dep(Burman-1, share-6) punct(Burman-1, )-7) root(ROOT-0, said-8) nsubj(rose-10, costs-9) ccomp(said-8, rose-10)"
            + " punct(said-8, .-11)");
    assertThat(source(clause, 7)).isEqualTo("Burman");
    Hand party = Hand.doc().parsed(
        "Butterfield/NNP@PERSON (/-LRB- D-N.C./NNP )/-RRB- said/VBD/say costs/NNS rose/VBD/rise ./.",
        "nsubj(said-5, Butterfield-1) punct(D-N.C.-3, (-2) appos(Butterfield-1, D-N.C.-3) punct(D-N.C.-3, )-4) root(ROOT-0, said-5)"
            + " nsubj(rose-7, costs-6) ccomp(said-5, rose-7) punct(said-5, .-8)");
    assertThat(source(party, 4)).isEqualTo("Butterfield ( D-N.C. )");
  }

  @Test
  void theOccasionAndATimeWordHungOnTheSourceAreLeftOut() {
    Hand h = Hand.doc().parsed(
        "Last/JJ week/NN Stumpf/NNP@PERSON in/IN an/DT interview/NN said/VBD/say costs/NNS rose/VBD/rise ./.",
        "amod(week-2, Last-1) compound(Stumpf-3, week-2) nsubj(said-7, Stumpf-3) case(interview-6, in-4) det(interview-6, an-5)"
            + " nmod(Stumpf-3, interview-6) root(ROOT-0, said-7) nsubj(rose-9, costs-8) ccomp(said-7, rose-9) punct(said-7, .-10)");
    assertThat(source(h, 6)).isEqualTo("Stumpf");
  }

  @Test
  void aPluralTitleBeforeAListOfNamesIsLeftOut() {
    Hand h = Hand.doc().parsed(
        "Sens./NNP Merkley/NNP@PERSON and/CC Brown/NNP@PERSON said/VBD/say costs/NNS rose/VBD/rise ./.",
        "compound(Merkley-2, Sens.-1) nsubj(said-5, Merkley-2) cc(Brown-4, and-3) conj(Merkley-2, Brown-4) root(ROOT-0, said-5)"
            + " nsubj(rose-7, costs-6) ccomp(said-5, rose-7) punct(said-5, .-8)");
    assertThat(source(h, 4)).isEqualTo("Merkley and Brown");
    Hand one = Hand.doc().parsed("Sen./NNP Merkley/NNP@PERSON said/VBD/say costs/NNS rose/VBD/rise ./.",
        "compound(Merkley-2, Sen.-1) nsubj(said-3, Merkley-2) root(ROOT-0, said-3) nsubj(rose-5, costs-4) ccomp(said-3, rose-5)"
            + " punct(said-3, .-6)");
    assertThat(source(one, 2)).isEqualTo("Sen. Merkley");
  }
}
