package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Rule {@code document-subject}: a sentence whose subject is a document or dataset, and whose verb
 * says what it shows — "AccuWeather's forecast for 2020 includes 14 to 18 named storms", "A forecast
 * released Thursday suggests we could see four major hurricanes", "Eurostat figures show that ...", "A
 * Gallup Korea poll released on Friday showed Yoon's approval rating at 13%". The subject is the
 * source (the resolver credits a document to its issuer where the words name one); the rest of
 * the sentence is the content. Read off the surface: parsers often take the document's own
 * participle ("released") for the main verb.
 *
 * <p>The subject: an optional opening adverbial and comma, then a noun phrase whose head is a
 * document noun ({@code document-nouns.txt}), with a possessor or compound name before it and at
 * most a participle or prepositional phrase after it ("released Thursday", "for 2020", "from the
 * ministry"); then the verb ({@code document-verbs.txt}), perhaps after a modal or an adverb.
 */
final class DocumentSubject implements SentenceRule {
  private static final int MAX_POSTMODIFIER = 7;

  @Override
  public String name() {
    return "document-subject";
  }

  @Override
  public List<Attribution> find(AttributionContext cx, Sentence s, BitSet used) {
    int start = openerEnd(s);
    int head = documentHead(s, start);
    if (head < 0) return List.of();
    int v = verbAfter(s, head + 1);
    if (v < 0 || used.get(v) || cx.quotes.inside(s.token(v).span())) return List.of();
    int from = v + 1;
    if (from < s.size() && Lexicon.lower(s.token(from).text()).equals("that")) from++;
    int end = s.size();
    while (end > from && isClosingPunct(s.token(end - 1))) end--;
    if (end <= from) return List.of();
    Span content = cx.trimmedSpan(s, range(from, end));
    if (content == null || cx.words(content) < 3) return List.of();
    int cueStart = v;
    while (cueStart - 1 > head && (s.token(cueStart - 1).pos().equals("MD") || s.token(cueStart - 1).pos().equals("RB"))) {
      cueStart--;
    }
    Span source = cx.trimmedSpan(s, range(start, cueStart));
    if (source == null) return List.of();
    used.set(v);
    Attribution.Mention m = new Attribution.Mention(s.index(), head, source, -1);
    return List.of(cx.attribution(s, ClaimKind.REPORTED, m, s.span(cueStart, v + 1), v, content,
        AttributionStage.STAGE + ":" + name()));
  }

  /** After an opening adverbial and its comma ("In truth, ..."), else 0. */
  static int openerEnd(Sentence s) {
    for (int k = 0; k < Math.min(s.size(), 7); k++) {
      Token t = s.token(k);
      if (t.text().equals(",")) return k + 1;
      if (t.isVerb() || isQuoteToken(t)) return 0;
    }
    return 0;
  }

  /** The head of a document noun phrase starting at {@code start}, or -1. */
  static int documentHead(Sentence s, int start) {
    int k = start;
    int lastNoun = -1;
    while (k < s.size()) {
      Token t = s.token(k);
      String p = t.pos();
      if (t.isNoun()) {
        lastNoun = k;
      } else if (!(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.equals("POS") || p.equals("CD")
          || p.equals("HYPH") || !t.ner().equals("O") && !p.startsWith("VB"))) {
        break;
      }
      k++;
    }
    if (lastNoun < 0 || !Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(s.token(lastNoun).lemma()))
        && !Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(s.token(lastNoun).text()))) {
      return -1;
    }
    return lastNoun;
  }

  /** The document verb after the head and its post-modifier, or -1. */
  static int verbAfter(Sentence s, int from) {
    for (int k = from; k < s.size() && k <= from + MAX_POSTMODIFIER; k++) {
      Token t = s.token(k);
      String lemma = Lexicon.lower(t.lemma());
      boolean finite = t.pos().equals("VBZ") || t.pos().equals("VBD") || t.pos().equals("VBP")
          || t.pos().equals("VB") && k > from && s.token(k - 1).pos().equals("MD");
      if (finite && Lexicon.DOCUMENT_VERBS.contains(lemma)) return k;
      // a participle or a prepositional phrase may follow the document: "released by the ministry", "for 2020"
      boolean post = t.pos().equals("VBN") || t.pos().equals("IN") || t.pos().equals("TO") || t.isNoun()
          || t.pos().equals("DT") || t.pos().equals("CD") || t.pos().startsWith("JJ") || t.pos().equals("POS")
          || t.pos().equals("MD") || t.pos().equals("RB") || t.pos().equals("PRP$");
      if (!post) return -1;
    }
    return -1;
  }
}
