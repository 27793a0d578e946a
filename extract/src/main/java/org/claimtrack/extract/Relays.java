package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.attribution.Attribution;
import org.claimtrack.nlp.Sentence;

/**
 * Rule {@code relay}: who originated a figure and who carried it, where the text says so.
 * <ul>
 *   <li>nested: an attribution whose content holds another's cue and source ("According to a blog
 *       post for InfoAmazonia, Brazil's National Institute for Space Research predicts that ...";
 *       "A Gallup Korea poll ... showed ..., The Korea Times reported"): the inner source
 *       originated what it says, the outer relayed it; the outer claim keeps its words but not the
 *       inner one's figures, which are counted once, in the inner claim;
 *   <li>citing: "X said ..., citing Y", "..., quoting Y": Y originated what X says; the "citing"
 *       attribution itself is no claim.
 * </ul>
 */
final class Relays {
  private Relays() {}

  /** The drafts with relays marked, the citing attributions folded into their relays. */
  static List<Draft> apply(String text, List<Draft> drafts, SourceResolver resolver, List<Sentence> sentences) {
    List<Draft> out = new ArrayList<>(drafts);
    // citing: the participle attribution "citing Y" becomes the relay of its sentence's other claims of the same source
    for (Draft c : drafts) {
      if (!isCiting(c, sentences)) continue;
      boolean used = false;
      for (int i = 0; i < out.size(); i++) {
        Draft d = out.get(i);
        if (d == c || d.att().sentence() != c.att().sentence() || d.entity().entity() != c.entity().entity()) continue;
        Attribution.Mention y = mentionOf(c, sentences);
        if (y == null) continue;
        SourceResolver.Resolved origin = resolver.resolve(y);
        out.set(i, d.withRelay(new Draft.Relay(origin, y.span(), List.of(d.entity()))));
        used = true;
      }
      if (used) out.remove(c);
    }
    // mutual: "A poll ... showed X, The Korea Times reported, down from Y": each content holds the
    // other's cue; the one whose cue comes first is inside, and its content ends where the other's
    // interjected source starts
    for (int i = 0; i < out.size(); i++) {
      Draft b = out.get(i);
      for (Draft a : out) {
        if (a == b || !holds(a, b) || !holds(b, a) || b.att().cueSpan().start() > a.att().cueSpan().start()) continue;
        Span c = b.att().content();
        int end = a.att().source().span().start();
        while (end > c.start() && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '%') end--;
        if (end > c.start()) out.set(i, new Draft(b.att().withContent(new Span(c.start(), end), b.att().kind()), b.entity(), b.relay()));
        b = out.get(i);
      }
    }
    // nested: B inside A's content
    for (int i = 0; i < out.size(); i++) {
      Draft b = out.get(i);
      if (b.att().cueSpan() == null || b.att().source() == null) continue;
      for (Draft a : out) {
        if (a == b || a.att().sentence() != b.att().sentence() || a.entity().entity() == b.entity().entity()) continue;
        Span ac = a.att().content();
        if (ac.contains(b.att().cueSpan()) && ac.contains(b.att().source().span()) && !b.att().content().contains(ac)) {
          List<SourceResolver.Resolved> relayers = new ArrayList<>();
          if (b.relay() != null) relayers.addAll(b.relay().relayers());
          relayers.add(a.entity());
          out.set(i, b.withRelay(new Draft.Relay(b.entity(), b.att().source().span(), relayers)));
          b = out.get(i);
        }
      }
    }
    return out;
  }

  /** True when {@code a}'s content holds {@code b}'s cue and source. */
  private static boolean holds(Draft a, Draft b) {
    if (b.att().cueSpan() == null || b.att().source() == null || a.att().cueSpan() == null || a.att().source() == null) return false;
    Span ac = a.att().content();
    return a.att().sentence() == b.att().sentence() && a.entity().entity() != b.entity().entity()
        && ac.contains(b.att().cueSpan()) && ac.contains(b.att().source().span());
  }

  /** The drafts that carry another draft's figures (outer attributions of a nested one). */
  static Set<Draft> outers(List<Draft> drafts) {
    Set<Draft> out = new HashSet<>();
    for (Draft b : drafts) {
      if (b.relay() == null || b.att().cueSpan() == null || b.att().source() == null) continue;
      for (Draft a : drafts) {
        if (a != b && a.att().sentence() == b.att().sentence() && a.att().content().contains(b.att().cueSpan())
            && a.att().content().contains(b.att().source().span())) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static boolean isCiting(Draft d, List<Sentence> sentences) {
    Attribution a = d.att();
    if (a.cueHead() < 0 || a.source() == null) return false;
    String lemma = Lexicon.lower(sentences.get(a.sentence()).token(a.cueHead()).lemma());
    return (lemma.equals("cite") || lemma.equals("quote")) && a.rule().endsWith(":participle");
  }

  /** The cited source: the head noun of the citing attribution's content. */
  private static Attribution.Mention mentionOf(Draft c, List<Sentence> sentences) {
    Sentence s = sentences.get(c.att().sentence());
    Span content = c.att().content();
    int head = -1;
    for (var t : s.tokens()) {
      if (!content.contains(t.span())) continue;
      if (t.pos().equals("IN") && head >= 0 && t.ner().equals("O")) break;
      if (t.isNoun()) head = t.index();
      else if (head >= 0 && t.text().equals(",")) break;
    }
    if (head < 0) return null;
    return new Attribution.Mention(s.index(), head, content, -1);
  }
}
