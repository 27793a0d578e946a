package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.attribution.Attribution;
import org.claimtrack.nlp.Sentence;

/**
 * Rule {@code rest-of-sentence}: every figure a speaker states belongs to a claim, also those
 * outside the content that the cue rule found — "The Oregon Health Authority reported 1,517 new
 * infections Sunday, bringing the state total to 65,170"; "By 56% to 35%, Hispanics said ...";
 * "called the day “quiet,” with 12 flights cancelled". Each run of such figures becomes a claim
 * of the nearest source in its sentence (an originator rather than the one who relayed it), with
 * the words between the claims around it as content.
 */
final class Leftovers {
  private Leftovers() {}

  static List<Draft> find(String text, List<Sentence> sentences, List<List<Quantity>> quantities, List<Draft> drafts) {
    Set<Draft> outers = Relays.outers(drafts);
    List<Draft> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Draft> here = new ArrayList<>();
      for (Draft d : drafts) {
        if (d.att().content().overlaps(s.span()) || d.att().cueSpan() != null && s.span().contains(d.att().cueSpan())) here.add(d);
      }
      if (here.isEmpty()) continue;
      List<Span> taken = new ArrayList<>();
      for (Draft d : here) {
        taken.add(d.att().content());
        if (d.att().cueSpan() != null) taken.add(d.att().cueSpan());
        if (d.att().source() != null && s.span().contains(d.att().source().span())) taken.add(d.att().source().span());
      }
      Span last = null;
      for (Quantity q : quantities.get(s.index())) {
        if (covered(taken, q.span())) continue;
        Span chunk = chunk(text, s.span(), taken, q.span());
        if (chunk == null || last != null && last.equals(chunk)) continue;
        last = chunk;
        Draft parent = nearest(here, outers, chunk, sentences);
        if (parent == null) continue;
        Attribution p = parent.att();
        Attribution a = new Attribution(s.index(), ClaimKind.REPORTED, p.source(), p.cueSpan(), p.cueHead(), chunk,
            DiscourseStage.STAGE + ":rest-of-sentence");
        out.add(new Draft(a, parent.entity(), parent.relay()));
      }
    }
    return out;
  }

  private static boolean covered(List<Span> taken, Span q) {
    for (Span t : taken) {
      if (t.overlaps(q)) return true;
    }
    return false;
  }

  /** The words around {@code q} up to the nearest taken span or the sentence's edge, trimmed. */
  private static Span chunk(String text, Span sentence, List<Span> taken, Span q) {
    int from = sentence.start();
    int to = sentence.end();
    for (Span t : taken) {
      if (t.end() <= q.start()) from = Math.max(from, t.end());
      if (t.start() >= q.end()) to = Math.min(to, t.start());
    }
    while (from < q.start() && !Character.isLetterOrDigit(text.charAt(from)) && "$€£¥(".indexOf(text.charAt(from)) < 0) from++;
    while (to > q.end() && !Character.isLetterOrDigit(text.charAt(to - 1)) && text.charAt(to - 1) != '%' && text.charAt(to - 1) != ')') to--;
    return from < to ? new Span(from, to) : null;
  }

  /** A parent states figures: not a stand taken, a belief, or a request ("has asked 1,700 students to ..."). */
  private static boolean states(Draft d, List<Sentence> sentences) {
    Attribution a = d.att();
    if (a.cueHead() < 0) return true;
    String lemma = Lexicon.lower(sentences.get(a.sentence()).token(a.cueHead()).lemma());
    if (Lexicon.DIRECTIVE_VERBS.contains(lemma)) return false;
    return Lexicon.SPEECH_VERBS.contains(lemma) || Lexicon.EVIDENCE_VERBS.contains(lemma) || Lexicon.FORECAST_VERBS.contains(lemma)
        || Lexicon.DOCUMENT_VERBS.contains(lemma) || a.kind() == ClaimKind.ACCORDING_TO;
  }

  private static Draft nearest(List<Draft> here, Set<Draft> outers, Span chunk, List<Sentence> sentences) {
    Draft best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Draft d : here) {
      if (outers.contains(d) || d.att().source() == null && d.att().cueSpan() == null || !states(d, sentences)) continue;
      Span c = d.att().content();
      int distance = c.end() <= chunk.start() ? chunk.start() - c.end() : c.start() >= chunk.end() ? c.start() - chunk.end() : 0;
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }
}
