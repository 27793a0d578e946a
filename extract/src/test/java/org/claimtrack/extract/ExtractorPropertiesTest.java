package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;

/** Random text through every stage: nothing throws, every span points into the text, output is deterministic. */
class ExtractorPropertiesTest {

  static Article article(String text) {
    return new Article("p", "p.txt", text, new Span(0, text.length()), null, "Test", LocalDate.of(2024, 11, 22), null, "h");
  }

  static void check(String text) {
    Result<ArticleClaims> r = TestData.EXTRACTOR.extract(article(text));
    if (r instanceof Result.Failed<ArticleClaims> f) {
      assertThat(f.problem().message()).doesNotContain("\n");
      return;
    }
    ArticleClaims ac = ((Result.Ok<ArticleClaims>) r).value();
    for (Claim c : ac.claims()) {
      for (Span s : c.spans()) assertThat(s.fits(text.length())).as("span %s of %s", s, c).isTrue();
      assertThat(c.text()).isEqualTo(c.span().of(text));
      if (c.cueSpan() != null) assertThat(c.cue()).isEqualTo(c.cueSpan().of(text));
      for (Quantity q : c.quantities()) {
        assertThat(q.surface()).isEqualTo(q.span().of(text));
        assertThat(c.span().contains(q.span())).isTrue();
      }
    }
    assertThat(TestData.EXTRACTOR.extract(article(text))).isEqualTo(r);
  }

  @Property(tries = 40)
  void anyUnicode(@ForAll @StringLength(max = 400) String text) {
    check(text);
  }

  @Property(tries = 60)
  void newsLikeText(@ForAll("news") String text) {
    check(text);
  }

  /** Sentences built from the words claims are made of, shuffled: cues, names, quotes, numbers, dates. */
  @Provide
  Arbitrary<String> news() {
    Arbitrary<String> word = Arbitraries.of(
        "said", "told", "reporters", "according", "to", "the", "agency", "John", "Kirby", "Ukraine's", "officials",
        "at", "least", "3,000", "roughly", "12,000", "two", "brigades", "of", "6,000", "people", "each", "“", "”",
        "\"", ",", ".", "on", "Thursday", "last", "week", "perhaps", "are", "thought", "he", "added", "that", "$1.2",
        "million", "42%", "between", "5", "and", "7", "soldiers", "in", "Kursk", "(", ")", "—", ":", "\n", "\n\n",
        "Putin", "saying", "announced", "reportedly", "more", "than", "up", "1,500", "November", "22,", "2024");
    return word.list().ofMinSize(1).ofMaxSize(80).map(ws -> String.join(" ", ws));
  }
}
