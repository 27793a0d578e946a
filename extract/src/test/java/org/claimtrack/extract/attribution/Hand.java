package org.claimtrack.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Arc;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Hand-made documents for fast rule tests, no CoreNLP: each sentence is written as tagged tokens
 * {@code word/POS[/lemma][@NER]} separated by spaces ("Kirby/NNP@PERSON said/VBD/say ./."), and
 * optionally its basic dependencies in CoreNLP's own notation ("nsubj(said-2, Kirby-1)
 * root(ROOT-0, said-2)"). The text is the tokens joined by single spaces, sentences by a space
 * (or by a blank line: {@link #paragraph()}). A missing lemma is the lower-cased word; a missing
 * NER is "O".
 */
final class Hand {
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private String separator = "";

  static Hand doc() {
    return new Hand();
  }

  /** A tagged sentence with no parse. */
  Hand tagged(String tokens) {
    return add(tokens, null);
  }

  /** A tagged and parsed sentence. */
  Hand parsed(String tokens, String deps) {
    return add(tokens, deps);
  }

  /** The next sentence starts a new paragraph. */
  Hand paragraph() {
    separator = "\n\n";
    return this;
  }

  NlpDocument build() {
    String t = text.toString();
    return new NlpDocument(t, new Span(0, t.length()), null, sentences);
  }

  AttributionContext context() {
    NlpDocument d = build();
    return new AttributionContext(d.text(), d.region(), Quotes.find(d.text(), d.region()), d.sentences());
  }

  Sentence sentence(int i) {
    return sentences.get(i);
  }

  private static final Pattern TOKEN = Pattern.compile("^(.+?)/([A-Z$.,:`'\\-]+|''|``)(?:/([^@/]+))?(?:@([A-Z_]+))?$");
  private static final Pattern DEP = Pattern.compile("([a-z:]+)\\((\\S+)-(\\d+)'*, (\\S+)-(\\d+)'*\\)");

  private Hand add(String tokens, String deps) {
    text.append(sentences.isEmpty() ? "" : separator.isEmpty() ? " " : separator);
    separator = "";
    int sentStart = text.length();
    List<Token> toks = new ArrayList<>();
    for (String raw : tokens.trim().split(" +")) {
      Matcher m = TOKEN.matcher(raw);
      if (!m.matches()) throw new IllegalArgumentException("bad token '" + raw + "': write word/POS[/lemma][@NER]");
      String word = m.group(1);
      if (!toks.isEmpty()) text.append(' ');
      int start = text.length();
      text.append(word);
      String lemma = m.group(3) != null ? m.group(3) : word.toLowerCase(Locale.ROOT);
      String ner = m.group(4) != null ? m.group(4) : "O";
      toks.add(new Token(toks.size(), new Span(start, text.length()), word, word, m.group(2), lemma, ner));
    }
    List<Arc> arcs = null;
    if (deps != null) {
      arcs = new ArrayList<>();
      Matcher m = DEP.matcher(deps);
      while (m.find()) {
        int head = Integer.parseInt(m.group(3)) - 1;
        int dep = Integer.parseInt(m.group(5)) - 1;
        if (dep < 0 || dep >= toks.size() || head >= toks.size()) throw new IllegalArgumentException("bad arc " + m.group());
        arcs.add(new Arc(head, dep, m.group(1)));
      }
    }
    sentences.add(new Sentence(sentences.size(), new Span(sentStart, text.length()), toks, arcs, null));
    return this;
  }
}
