package org.claimtrack.ledger.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtrack.domain.SourceType;
import org.junit.jupiter.api.Test;

class SourcesTest {
  private static LedgerClaim said(String file, String name, SourceType type, String mention) {
    return Claims.in(file, "2024-10-18").source(name, type).mention(mention).says("the troops moved " + file).build();
  }

  private static String idOf(LedgerAnalysis a, String name) {
    return a.source(name).map(CanonicalSource::id).orElse("(none: " + name + ")");
  }

  @Test
  void anAcronymIsTheOneOrganizationWhoseInitialsItSpells() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        said("a.txt", "National Intelligence Service", SourceType.ORGANIZATION, "South Korea's National Intelligence Service (NIS)"),
        said("b.txt", "NIS", SourceType.ORGANIZATION, "The NIS")), List.of());
    assertThat(a.sources()).hasSize(1);
    CanonicalSource s = a.sources().get(0);
    assertThat(s.name()).isEqualTo("National Intelligence Service");
    assertThat(s.aliases()).contains("NIS", "South Korea's National Intelligence Service");
    assertThat(s.claims()).isEqualTo(2);
    assertThat(s.why()).anyMatch(w -> w.startsWith("acronym"));
  }

  @Test
  void anAcronymMatchingTwoOrganizationsMergesNeither() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        said("a.txt", "National Intelligence Service", SourceType.ORGANIZATION, "it"),
        said("b.txt", "National Investigation Squad", SourceType.ORGANIZATION, "it"),
        said("c.txt", "NIS", SourceType.ORGANIZATION, "NIS")), List.of());
    assertThat(a.sources()).hasSize(3);
  }

  @Test
  void aSurnameIsTheOnePersonWithIt() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        said("a.txt", "Volodymyr Zelensky", SourceType.PERSON, "Ukrainian President Volodymyr Zelensky"),
        said("b.txt", "Zelensky", SourceType.PERSON, "Zelensky")), List.of());
    assertThat(a.sources()).hasSize(1);
    assertThat(idOf(a, "Ukrainian President Volodymyr Zelensky")).isEqualTo("volodymyr-zelensky");
    assertThat(idOf(a, "zelensky")).isEqualTo("volodymyr-zelensky");
  }

  @Test
  void twoPeopleWithOneSurnameKeepALoneSurnameApart() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        said("a.txt", "John Kirby", SourceType.PERSON, "he"),
        said("b.txt", "Mary Kirby", SourceType.PERSON, "she"),
        said("c.txt", "Kirby", SourceType.PERSON, "Kirby")), List.of());
    assertThat(a.sources()).hasSize(3);
  }

  @Test
  void aPossessivePlaceIsTheBareNameUnlessTwoPlacesClaimIt() {
    LedgerAnalysis one = Analyzer.analyze(List.of(
        said("a.txt", "South Korea's National Intelligence Service", SourceType.ORGANIZATION, "it"),
        said("b.txt", "National Intelligence Service", SourceType.ORGANIZATION, "it")), List.of());
    assertThat(one.sources()).hasSize(1);
    LedgerAnalysis two = Analyzer.analyze(List.of(
        said("a.txt", "Russia's Defense Ministry", SourceType.ORGANIZATION, "it"),
        said("b.txt", "Ukraine's Defense Ministry", SourceType.ORGANIZATION, "it"),
        said("c.txt", "Defense Ministry", SourceType.ORGANIZATION, "it")), List.of());
    assertThat(two.sources()).hasSize(3);
  }

  @Test
  void unnamedSourcesAreNotOneSourceAcrossArticles() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        said("a.txt", "officials", SourceType.UNNAMED, "officials"),
        said("b.txt", "officials", SourceType.UNNAMED, "officials")), List.of());
    assertThat(a.sources()).hasSize(2);
    assertThat(a.sources()).extracting(CanonicalSource::id).doesNotHaveDuplicates();
  }

  @Test
  void manualMergeAndSplitWinOverTheMachine() {
    List<LedgerClaim> claims = List.of(
        said("a.txt", "Volodymyr Zelensky", SourceType.PERSON, "Zelensky"),
        said("b.txt", "Zelensky", SourceType.PERSON, "Zelensky"),
        said("c.txt", "Office of the President of Ukraine", SourceType.ORGANIZATION, "the office"));
    assertThat(Analyzer.analyze(claims, List.of()).sources()).hasSize(2);
    LedgerAnalysis split = Analyzer.analyze(claims,
        List.of(new SourceOverride(SourceOverride.Action.SPLIT, "Zelensky", null)));
    assertThat(split.sources()).hasSize(3);
    LedgerAnalysis merged = Analyzer.analyze(claims,
        List.of(new SourceOverride(SourceOverride.Action.MERGE, "Volodymyr Zelensky", "the office")));
    assertThat(merged.sources()).hasSize(1);
    assertThat(merged.sources().get(0).why()).anyMatch(w -> w.startsWith("manual merge"));
  }

  @Test
  void everyClaimHasACanonicalSource() {
    List<LedgerClaim> claims = List.of(
        said("a.txt", "CNN", SourceType.AUTHOR, null),
        said("b.txt", "Pentagon", SourceType.ORGANIZATION, "the Pentagon"));
    LedgerAnalysis a = Analyzer.analyze(claims, List.of());
    for (LedgerClaim c : claims) assertThat(a.sourceOfClaim()).containsKey(c.claimId());
    assertThat(a.sources()).extracting(CanonicalSource::id).containsExactly("cnn", "pentagon");
  }
}
