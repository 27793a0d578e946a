package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/** Rule {@code colon} / {@code dash}. */
final class LabelCue implements SentenceRule {
  @Override
  public String name() {
    return "label";
  }

  @Override
  public List<Attribution> find(AttributionContext cx, Sentence s, BitSet used) {
    Attribution a = find(cx, s);
    return a == null ? List.of() : List.of(a);
  }

  /**
   * "NAME: CONTENT" and "NAME ― QUOTE" at the start of a sentence or line: the headline form
   * ("Kremlin: talks are over") and the vox-pop form ("Jane Doe, 34 ― “...”").
   */
  static Attribution find(AttributionContext cx, Sentence s) {
    int n = s.size();
    // a transcript line may open with its quotation mark: "PENCE: Well, look, ..."
    int first = 0;
    while (first < n - 1 && isQuoteToken(s.token(first))) first++;
    for (int k = first + 1; k < Math.min(n - 2, first + 12); k++) {
      String w = s.token(k).text();
      boolean colon = w.equals(":");
      boolean bar = w.equals("\u2015") || w.equals("\u2014") && k + 1 < n && isQuoteToken(s.token(k + 1));
      if (!colon && !bar) continue;
      // the label: a short name or noun phrase, perhaps with an apposition
      int nameEnd = k;
      int head = -1;
      boolean named = false;
      for (int j = first; j < k; j++) {
        Token t = s.token(j);
        if (t.text().equals(",")) {
          if (head < 0) return null;
          nameEnd = j;
          break;
        }
        if (!(isNounPhraseToken(t))) return null;
        if (t.isNoun() || t.pos().equals("PRP")) head = j;
        // a transcript's speaker label is written in capitals: "PENCE:" is a name, not the coin
        if (!t.ner().equals("O") || t.isProperNoun() || t.text().length() >= 2 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
            && t.text().chars().anyMatch(Character::isLetter)) named = true;
      }
      if (head < 0 || !named || nameEnd - first > 5) return null;
      int end = n;
      while (end > k + 1 && isClosingPunct(s.token(end - 1))) end--;
      Span content = cx.trimmedSpan(s, range(k + 1, end));
      if (content == null || cx.words(content) < 3) return null;
      ClaimKind kind = ClaimKind.REPORTED;
      Span quoted = cx.quoteCovering(content);
      if (quoted != null && first > 0 && quoted.start() <= s.token(first).start()) {
        // a transcript line inside its quotation marks: the words after the label are the quote
        kind = ClaimKind.QUOTE;
      } else if (quoted != null) {
        content = quoted;
        kind = ClaimKind.QUOTE;
      }
      Span srcSpan = cx.trimmedSpan(s, range(first, nameEnd));
      if (srcSpan == null) return null;
      return new Attribution(s.index(), kind, new Attribution.Mention(s.index(), head, srcSpan, -1),
          s.token(k).span(), k, content, AttributionStage.STAGE + (colon ? ":colon" : ":dash"));
    }
    return null;
  }
}
