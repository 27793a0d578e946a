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

/** Part of rule {@code final-cue}: "..., X quoted Y as saying." */
final class QuotedAsSaying {
  private QuotedAsSaying() {}

  /**
   * "CONTENT, lawmakers quoted the agency as saying.": the source is the one quoted ("the
   * agency"), the cue is "quoted ... as saying".
   */
  static Attribution find(AttributionContext cx, Sentence s, int v, int end) {
    if (!Lexicon.lower(s.token(v).lemma()).equals("quote") || end - v < 4) return null;
    if (!Lexicon.lower(s.token(end - 1).text()).equals("saying") || !Lexicon.lower(s.token(end - 2).text()).equals("as")) {
      return null;
    }
    int npFrom = v + 1;
    int npTo = end - 2;
    int head = nounHead(s, npFrom, npTo);
    if (head < 0) return null;
    int k = v;
    while (k - 1 >= 0 && isNounPhraseToken(s.token(k - 1))) k--;
    if (k < 1 || !isContentBoundary(s, k - 1)) return null;
    Span content = cx.trimmedSpan(s, range(0, k - 1 + (isQuoteToken(s.token(k - 1)) ? 1 : 0)));
    Span srcSpan = cx.trimmedSpan(s, range(npFrom, npTo));
    if (content == null || srcSpan == null || cx.words(content) < 3) return null;
    ClaimKind kind = ClaimKind.REPORTED;
    Span quoted = cx.quoteCovering(content);
    if (quoted != null) {
      content = quoted;
      kind = ClaimKind.QUOTE;
    }
    return new Attribution(s.index(), kind, new Attribution.Mention(s.index(), head, srcSpan, -1),
        new Span(s.token(v).start(), s.token(end - 1).end()), v, content, AttributionStage.STAGE + ":quoted-as-saying");
  }
}
