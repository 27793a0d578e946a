package org.claimtrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Test;

class CoreNlpPipelineTest {
  static final NlpPipeline NLP = NlpPipelines.shared();
  static final LocalDate FRIDAY = LocalDate.of(2024, 11, 22);

  static String seed() throws Exception {
    String p = System.getProperty("claimtrack.shared");
    Path d = p != null ? Path.of(p) : Path.of("..", "shared");
    return Files.readString(d.resolve("seed/cnn-2024-11-22-north-korean-troops-kursk.txt"));
  }

  static void assertWellFormed(NlpDocument d, String text) {
    int last = d.region().start();
    for (Sentence s : d.sentences()) {
      assertThat(s.span().start()).isGreaterThanOrEqualTo(last);
      assertThat(d.region().contains(s.span()) || s.span().isEmpty()).isTrue();
      last = s.span().end();
      for (Token t : s.tokens()) {
        assertThat(t.span().fits(text.length())).isTrue();
        assertThat(t.text()).isEqualTo(t.span().of(text));
        assertThat(s.span().contains(t.span())).isTrue();
      }
      if (s.isParsed()) {
        assertThat(s.arcs()).hasSize(s.size());
        assertThat(s.graph().root()).isBetween(0, s.size() - 1);
      }
      for (Timex t : s.timexesOrEmpty()) {
        assertThat(s.span().contains(t.span())).isTrue();
        assertThat(t.endToken()).isLessThanOrEqualTo(s.size());
      }
    }
  }

  static List<String> names(NlpDocument d) {
    List<String> out = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      for (Token t : s.tokens()) out.add(t.text() + "/" + t.pos() + "/" + t.ner());
    }
    return out;
  }

  @Test
  void anInterruptedThreadGetsNoAnnotation() {
    Thread.currentThread().interrupt();
    try {
      String text = "Officials said 300 people came.";
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> NLP.annotate(text, new Span(0, text.length()), FRIDAY, AnnotationPlan.tagsOnly()))
          .isInstanceOf(NlpInterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).as("the flag is set again").isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  /**
   * CoreNLP's name tagger catches an interrupt in the middle of a sentence and leaves the sentence
   * without names: a stream task cancelled while reading the seed stored "John Kirby" without his
   * "US National Security Council". An annotation interrupted anywhere either ends in {@link
   * NlpInterruptedException} or is the same as an uninterrupted one.
   */
  @Test
  void anAnnotationInterruptedAnywhereFailsInsteadOfLosingNames() throws Exception {
    String text = seed();
    Span all = new Span(0, text.length());
    List<String> whole = names(NLP.annotate(text, all, FRIDAY, AnnotationPlan.tagsOnly()));
    long t0 = System.nanoTime();
    NLP.annotate(text, all, FRIDAY, AnnotationPlan.tagsOnly());
    long took = Math.max(1, (System.nanoTime() - t0) / 1_000);
    java.util.Random random = new java.util.Random(7);
    int interrupted = 0;
    for (int trial = 0; trial < 24; trial++) {
      java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
      Thread worker = new Thread(() -> {
        try {
          result.set(names(NLP.annotate(text, all, FRIDAY, AnnotationPlan.tagsOnly())));
        } catch (RuntimeException e) {
          result.set(e);
        }
      });
      worker.start();
      java.util.concurrent.locks.LockSupport.parkNanos(random.nextLong(took) * 1_000);
      worker.interrupt();
      worker.join();
      Object r = result.get();
      if (r instanceof RuntimeException e) {
        assertThat(e).isInstanceOf(NlpInterruptedException.class);
        interrupted++;
      } else {
        assertThat(r).as("trial %d: an annotation that finished is the whole annotation", trial).isEqualTo(whole);
      }
    }
    assertThat(interrupted).as("some trials were interrupted mid-way").isPositive();
  }

  @Test
  void annotatesARegionWithOffsetsIntoTheWholeText() throws Exception {
    String text = seed();
    int start = text.indexOf("A group of");
    Span region = new Span(start, text.indexOf("Latest article"));
    NlpDocument d = NLP.annotate(text, region, FRIDAY, AnnotationPlan.everything());
    assertWellFormed(d, text);
    Sentence first = d.sentences().get(0);
    assertThat(first.token(0).text()).isEqualTo("A");
    assertThat(first.token(0).start()).isEqualTo(start);
    assertThat(first.isParsed()).isTrue();
    // "Ukraine's military intelligence service announced Thursday."
    assertThat(first.timexesOrEmpty()).extracting(Timex::value).contains("2024-11-21");
    Token kirby = d.sentences().stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.text().equals("Kirby")).findFirst().orElseThrow();
    assertThat(kirby.ner()).isEqualTo("PERSON");
    assertThat(kirby.pos()).isEqualTo("NNP");
  }

  @Test
  void parsesAndTimeTagsOnlyWhatThePlanAsks() throws Exception {
    String text = seed();
    Span region = new Span(text.indexOf("A group of"), text.indexOf("Latest article"));
    AnnotationPlan plan = new AnnotationPlan(s -> s.tokens().stream().anyMatch(t -> t.lemma().equals("say")), s -> false);
    NlpDocument d = NLP.annotate(text, region, FRIDAY, plan);
    for (Sentence s : d.sentences()) {
      boolean says = s.tokens().stream().anyMatch(t -> t.lemma().equals("say"));
      assertThat(s.isParsed()).isEqualTo(says);
      assertThat(s.isTimeTagged()).isFalse();
    }
  }

  @Test
  void timesMadeOnDemandEqualTheOnesMadeAtOnce() throws Exception {
    String text = seed();
    Span region = new Span(text.indexOf("A group of"), text.indexOf("Latest article"));
    AnnotationPlan plan = new AnnotationPlan(s -> s.index() % 2 == 0, s -> true, t -> t.text().matches("(?i)\\d{4}|.*day|month|week"));
    NlpDocument atOnce = NLP.annotate(text, region, FRIDAY, plan);
    assertThat(atOnce.sentences()).anySatisfy(s -> assertThat(s.timexesOrEmpty()).isNotEmpty());

    NlpPipeline.Deferred later = NLP.annotateDeferred(text, region, FRIDAY, plan);
    assertThat(later.document().sentences()).allSatisfy(s -> assertThat(s.isTimeTagged()).isFalse());
    // in two steps, odd sentences first, as the extractor asks for them (figures, then claims)
    NlpDocument odd = later.withTimes(i -> i % 2 == 1);
    for (Sentence s : odd.sentences()) assertThat(s.isTimeTagged()).isEqualTo(s.index() % 2 == 1);
    NlpDocument all = later.withTimes(i -> true);
    assertThat(all).isEqualTo(atOnce);
    assertThat(later.document()).isEqualTo(atOnce);
  }

  /** CoreNLP issue #1061: SUTime's answer for "Monday" depended on the documents read before. */
  @Test
  void sutimeDoesNotDependOnWhatWasReadBefore() {
    String a = "The minister said on Monday that talks would go on.";
    String b = "He had visited the site and will return on Monday. They met last Monday.";
    LocalDate date = LocalDate.of(2016, 9, 21);
    NlpDocument first = NLP.annotate(a, new Span(0, a.length()), date, AnnotationPlan.everything());
    for (int i = 0; i < 5; i++) NLP.annotate(b, new Span(0, b.length()), date, AnnotationPlan.everything());
    NlpDocument again = NLP.annotate(a, new Span(0, a.length()), date, AnnotationPlan.everything());
    assertThat(again).isEqualTo(first);
  }

  @Test
  void concurrentUseGivesTheSameRecordsAsSequential() throws Exception {
    String text = seed();
    List<String> texts = new ArrayList<>();
    for (String para : text.split("\n\n")) {
      if (para.length() > 40) texts.add(para);
    }
    List<NlpDocument> sequential = new ArrayList<>();
    for (String t : texts) sequential.add(NLP.annotate(t, new Span(0, t.length()), FRIDAY, AnnotationPlan.everything()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<NlpDocument>> fs = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String t : texts) fs.add(pool.submit(() -> NLP.annotate(t, new Span(0, t.length()), FRIDAY, AnnotationPlan.everything())));
      }
      for (int i = 0; i < fs.size(); i++) {
        assertThat(fs.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sutimeRulesLoseExactlyTheFourResolveToRules() {
    String rules = CoreNlpPipeline.deterministicSuTimeRules();
    assertThat(rules).contains("defs.sutime.txt").contains("english.holidays.sutime.txt");
    String patched = CoreNlpPipeline.removeResolveToRules(
        "x\n  {  pattern: ( a ),\n     action: VTag( $0, \"resolveTo\", 1 )\n  }\n  { keep }\n"
            + "  {  pattern: ( b ),\n     action: VTag( $0, \"resolveTo\", 1 )\n  }\n"
            + "  {  pattern: ( c ),\n     action: VTag( $0, \"resolveTo\", 1 )\n  }\n"
            + "  {  pattern: ( d ),\n     action: VTag( $0, \"resolveTo\", 1 )\n  }\nend");
    assertThat(patched).doesNotContain("resolveTo").contains("{ keep }").endsWith("end");
  }

  @Test
  void emptyAndPunctuationOnlyRegionsGiveNoWords() {
    String text = "   ...  !!! \n\n ";
    NlpDocument d = NLP.annotate(text, new Span(0, text.length()), FRIDAY, AnnotationPlan.everything());
    assertWellFormed(d, text);
    NlpDocument e = NLP.annotate("", new Span(0, 0), null, AnnotationPlan.everything());
    assertThat(e.sentences()).isEmpty();
  }

  @Property(tries = 60)
  void randomTextIsAnnotatedWithOffsetsInBoundsAndTheSameTwice(@ForAll @StringLength(max = 300) String text) {
    NlpDocument a = NLP.annotate(text, new Span(0, text.length()), FRIDAY, AnnotationPlan.everything());
    assertWellFormed(a, text);
    assertThat(NLP.annotate(text, new Span(0, text.length()), FRIDAY, AnnotationPlan.everything())).isEqualTo(a);
  }

  @Property(tries = 20)
  void longRunsWithoutPunctuationAreCutIntoBoundedSentences(@ForAll("words") String text) {
    NlpDocument a = NLP.annotate(text, new Span(0, text.length()), null, AnnotationPlan.tagsOnly());
    assertWellFormed(a, text);
    for (Sentence s : a.sentences()) assertThat(s.size()).isLessThanOrEqualTo(NlpConfig.DEFAULT.maxSentenceTokens());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> words() {
    return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
        .list().ofMinSize(200).ofMaxSize(700).map(l -> String.join(" ", l));
  }
}
