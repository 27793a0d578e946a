package org.claimtrack.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.eval.timex.Detokenizer.Result;
import org.claimtrack.eval.timex.Detokenizer.Token;
import org.junit.jupiter.api.Test;

class DetokenizerTest {

  /** Tokens of one sentence per argument, split on single spaces. */
  private static List<Token> tokens(String... sentences) {
    List<Token> out = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      for (String t : sentences[s].split(" ")) {
        out.add(new Token("t" + (out.size() + 1), s, t));
      }
    }
    return out;
  }

  private static String join(String... sentences) {
    return Detokenizer.join(tokens(sentences)).text();
  }

  @Test
  void oneLinePerSentence() {
    assertThat(join("Airbus wins order", "June 13 , 2005", "It said so .")).isEqualTo("Airbus wins order\nJune 13, 2005\nIt said so.");
  }

  @Test
  void closingPunctuationAndClitics() {
    assertThat(join("Boeing 's shares fell 5 % ; they do n't know why !")).isEqualTo("Boeing's shares fell 5%; they don't know why!");
    assertThat(join("Airbus ' new jet ( the A380 ) flew ...")).isEqualTo("Airbus' new jet (the A380) flew...");
  }

  @Test
  void currencyAndHash() {
    assertThat(join("worth $ 15bn or US$ 40 billion or # 8.4 bn")).isEqualTo("worth $15bn or US$40 billion or #8.4 bn");
  }

  @Test
  void treebankQuotesBecomeTypographic() {
    assertThat(join("He said `` We won . '' and left")).isEqualTo("He said \u201CWe won.\u201D and left");
    assertThat(join("as ` Black Monday ' ended")).isEqualTo("as \u2018Black Monday' ended");
  }

  @Test
  void straightQuotesAlternateAcrossSentences() {
    assertThat(join("He said \" We won .", "It was easy . \" Then", "\" Next \" he said"))
        .isEqualTo("He said \"We won.\nIt was easy.\" Then\n\"Next\" he said");
  }

  @Test
  void apostropheSplitNames() {
    assertThat(join("Michael O' Leary said I' m ready")).isEqualTo("Michael O'Leary said I'm ready");
  }

  @Test
  void spansPointAtTheTokens() {
    List<Token> t = tokens("He paid $ 5 .", "`` Fine '' .");
    Result r = Detokenizer.join(t);
    for (int i = 0; i < t.size(); i++) {
      assertThat(r.spans().get(i).of(r.text())).isEqualTo(Detokenizer.render(t.get(i).text()));
    }
    assertThat(r.text()).isEqualTo("He paid $5.\n\u201CFine\u201D.");
  }

  @Test
  void empty() {
    assertThat(Detokenizer.join(List.of()).text()).isEmpty();
  }
}
