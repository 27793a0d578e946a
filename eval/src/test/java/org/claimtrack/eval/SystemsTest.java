package org.claimtrack.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Test;

/** How claims are counted as PolNeAR attributions ({@link Systems#attributionGroups}). */
class SystemsTest {

  private static final Source OBAMA = new Source("Barack Obama", SourceType.PERSON, null, null);
  private static final Source RHODES = new Source("Ben Rhodes", SourceType.PERSON, null, null);

  private static Claim claim(Source who, Span src, Span cue, Span content, ClaimKind kind) {
    return new Claim("c" + content.start(), kind, who, src, cue == null ? null : "said", cue, "x", content, null, null, false,
        List.of(), List.of(), null, new Provenance("h", 0, List.of("attribution.v2:final-cue"), "v"));
  }

  @Test
  void quoteInTheNextParagraphJoinsTheCueOfTheQuoteBefore() {
    // "“What makes ... event,” he said. “It's a slow-moving issue ...”": PolNeAR's one content in two parts
    Claim first = claim(OBAMA, new Span(60, 62), new Span(63, 67), new Span(0, 58), ClaimKind.QUOTE);
    Claim next = claim(OBAMA, null, null, new Span(70, 120), ClaimKind.QUOTE);
    List<List<Claim>> groups = Systems.attributionGroups(List.of(next, first));
    assertEquals(List.of(List.of(first, next)), groups);
  }

  @Test
  void quoteOfAnotherSourceStaysApart() {
    Claim first = claim(OBAMA, new Span(60, 62), new Span(63, 67), new Span(0, 58), ClaimKind.QUOTE);
    Claim next = claim(RHODES, null, null, new Span(70, 120), ClaimKind.QUOTE);
    assertEquals(List.of(List.of(first), List.of(next)), Systems.attributionGroups(List.of(first, next)));
  }

  @Test
  void onlyTheNearestCuedClaimBeforeIsContinued() {
    Claim obama = claim(OBAMA, new Span(60, 62), new Span(63, 67), new Span(0, 58), ClaimKind.QUOTE);
    Claim rhodes = claim(RHODES, new Span(130, 136), new Span(137, 141), new Span(70, 128), ClaimKind.QUOTE);
    Claim next = claim(OBAMA, null, null, new Span(150, 200), ClaimKind.QUOTE);
    assertEquals(3, Systems.attributionGroups(List.of(obama, rhodes, next)).size());
  }

  @Test
  void claimsSharingSourceAndCueAreOneAndAuthorialClaimsNone() {
    Claim a = claim(OBAMA, new Span(0, 2), new Span(3, 7), new Span(8, 20), ClaimKind.REPORTED);
    Claim b = claim(OBAMA, new Span(0, 2), new Span(3, 7), new Span(25, 40), ClaimKind.REPORTED);
    Claim author = new Claim("a", ClaimKind.AUTHORIAL, new Source(null, SourceType.AUTHOR, null, null), null, null, null,
        "x", new Span(50, 60), null, null, false, List.of(), List.of(), null, new Provenance("h", 0, List.of(), "v"));
    assertEquals(List.of(List.of(a, b)), Systems.attributionGroups(List.of(a, author, b)));
  }
}
