package org.claimtrack.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Span;
import org.claimtrack.ingest.ArticleHash;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {

  static final String WIRE = "North Korean troops have joined the fighting in the Kursk region, Ukrainian officials said "
      + "on Friday, the first confirmed combat deployment of the soldiers sent to Russia this autumn. About 10,000 "
      + "soldiers were sent in October, according to the Pentagon, and some have already been wounded. Kyiv has asked "
      + "its allies for longer-range weapons in response, a request that Washington was still weighing on Friday. "
      + "The Kremlin did not comment on the reports, which could not be independently verified.";

  /** The same story as another site prints it: new dateline, a credit line, one word changed. */
  static final String SYNDICATED = "KYIV (Example Wire) \u2014 " + WIRE.replace("officials said", "officials say")
      + "\n\nReporting by Jane Doe; Editing by John Smith";

  static final String OTHER = "Consumer prices rose 2.6% in October from a year earlier, the statistics office said on "
      + "Wednesday, a faster pace than economists had expected. Energy costs fell for a third month while food and "
      + "services grew more expensive, and the central bank is expected to keep rates unchanged at its next meeting "
      + "as policymakers wait for signs that inflation is cooling again.";

  @Test
  void newExactAndNear() {
    DuplicateIndex index = DuplicateIndex.create();
    assertThat(index.check("wire-1", WIRE)).isEqualTo(Verdict.NEW);
    assertThat(index.check("other", OTHER)).isEqualTo(Verdict.NEW);
    // exact: the same text after normalization (spacing, curly quotes)
    assertThat(index.check("mirror", "  " + WIRE.replace(" ", "  ") + "\n")).isEqualTo(new Verdict.ExactCopy("wire-1"));
    Verdict near = index.check("site-2", SYNDICATED);
    assertThat(near).isInstanceOf(Verdict.NearCopy.class);
    Verdict.NearCopy n = (Verdict.NearCopy) near;
    assertThat(n.of()).isEqualTo("wire-1");
    assertThat(n.similarity()).isBetween(0.6, 1.0);
    assertThat(index.size()).as("copies are not indexed").isEqualTo(2);
  }

  @Test
  void theFirstSeenWins() {
    DuplicateIndex index = DuplicateIndex.create();
    index.check("site-2", SYNDICATED);
    assertThat(index.check("wire-1", WIRE)).isInstanceOf(Verdict.NearCopy.class)
        .extracting(v -> ((Verdict.NearCopy) v).of()).isEqualTo("site-2");
    // a copy of the copy still points to the first
    assertThat(index.check("site-3", SYNDICATED.replace("Jane Doe", "Wei Chen")))
        .extracting(v -> ((Verdict.NearCopy) v).of()).isEqualTo("site-2");
  }

  @Test
  void shortTextsAreComparedExactlyOnly() {
    DuplicateIndex index = DuplicateIndex.create();
    assertThat(index.check("a", "Breaking news")).isEqualTo(Verdict.NEW);
    assertThat(index.check("b", "Breaking   news\n")).isEqualTo(new Verdict.ExactCopy("a"));
    assertThat(index.check("b2", "breaking news")).as("ArticleHash keeps case").isEqualTo(Verdict.NEW);
    assertThat(index.check("c", "Breaking news today")).isEqualTo(Verdict.NEW);
    assertThat(index.check("d", "")).isEqualTo(Verdict.NEW);
    assertThat(index.check("e", " \n")).isEqualTo(new Verdict.ExactCopy("d"));
  }

  @Test
  void articlesByTheirBody() {
    String text = "Title line\n\n" + WIRE;
    Article a = new Article("a1", "f.txt", text, new Span(12, text.length()), "Title line", null, null, null,
        ArticleHash.of(WIRE));
    DuplicateIndex index = DuplicateIndex.create();
    assertThat(index.check(a)).isEqualTo(Verdict.NEW);
    assertThat(index.check("b", WIRE)).isEqualTo(new Verdict.ExactCopy("a1"));
  }

  @Test
  void thresholdAndValuesAreValidated() {
    assertThatThrownBy(() -> DuplicateIndex.withThreshold(0)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> DuplicateIndex.withThreshold(1.5)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> new Verdict.NearCopy("x", 1.2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(DuplicateIndex.withThreshold(0.99).check("x", WIRE)).isEqualTo(Verdict.NEW);
    DuplicateIndex strict = DuplicateIndex.withThreshold(0.99);
    strict.check("wire-1", WIRE);
    assertThat(strict.check("site-2", SYNDICATED)).isEqualTo(Verdict.NEW);
  }

  @Test
  void estimatesJaccard() {
    // disjoint and identical texts, and one that shares about half its shingles
    int[] a = DuplicateIndex.signature(WIRE);
    assertThat(MinHash.similarity(a, DuplicateIndex.signature(WIRE))).isEqualTo(1.0);
    assertThat(MinHash.similarity(a, DuplicateIndex.signature(OTHER))).isLessThan(0.05);
    String half = WIRE.substring(0, WIRE.length() / 2) + " " + OTHER.substring(OTHER.length() / 2);
    double exact = NearDuplicateEvalTest.jaccard(WIRE, half);
    assertThat(MinHash.similarity(a, DuplicateIndex.signature(half))).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
    assertThat(DuplicateIndex.signature("four words only here")).isNull();
  }

  /** Racing threads with the same texts: each text is new exactly once, whoever wins. */
  @Test
  void oneWinnerWhenThreadsRace() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        DuplicateIndex index = DuplicateIndex.create();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Verdict>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          String id = "t" + t;
          String text = t % 2 == 0 ? WIRE : SYNDICATED;
          results.add(pool.submit(() -> {
            start.await();
            return index.check(id, text);
          }));
        }
        start.countDown();
        long fresh = 0;
        for (Future<Verdict> f : results) {
          if (f.get().isNew()) fresh++;
        }
        assertThat(fresh).as("round " + round).isEqualTo(1);
        assertThat(index.size()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
