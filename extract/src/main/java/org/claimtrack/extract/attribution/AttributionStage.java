package org.claimtrack.extract.attribution;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.extract.words.StageVersion;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Stage {@code attribution}: who says what in each sentence. Surface rules first (shapes news
 * writes the same way every time, read off tagged tokens: {@link #SURFACE_RULES}); then, in
 * parsed sentences, every cue verb no surface rule took is read through the dependency parse
 * ({@link ParsedCue}), else as a leading cue ({@link LeadingCue}); then quotes signed after a
 * dash ({@link SignedQuote}). The rules and their order are in {@code package-info.java}.
 */
public final class AttributionStage {

  /** The surface rules, in the order they run: a cue one takes is not seen by the next. */
  static final List<SentenceRule> SURFACE_RULES = List.of(
      new FinalCue(), new QuoteThenCue(), new LabelCue(), new TrailingLabel(), new ParticipleCue(), new AccordingTo(),
      new DocumentSubject(), new ColonCue());

  /** The stage's version, derived from its rules and word lists. */
  public static final String STAGE = StageVersion.of("attribution", 2, ruleClasses(), Lexicon.lists(),
      List.of(Lexicon.COUNTRIES, Lexicon.TOPIC_VERBS));

  /** Every class whose code decides what this stage finds. */
  static List<Class<?>> ruleClasses() {
    List<Class<?>> out = new ArrayList<>(List.of(AttributionStage.class, AttributionContext.class, Phrases.class,
        Quotes.class, SentenceRule.class, QuotedAsSaying.class, ParsedCue.class, CueSite.class, ContentFinder.class,
        LeadingCue.class, SignedQuote.class, NominalCue.class, CopularStance.class, LightVerbCue.class,
        RegardAsCue.class));
    for (SentenceRule r : SURFACE_RULES) out.add(r.getClass());
    for (ContentFinder f : ParsedCue.CONTENT) out.add(f.getClass());
    out.add(SourceAside.class);
    for (SourceAside a : ParsedCue.ASIDES) out.add(a.getClass());
    return out;
  }

  private final AttributionContext c;

  public AttributionStage(NlpDocument doc, Quotes quotes) {
    this(doc.text(), doc.region(), quotes, doc.sentences());
  }

  /** A stage over raw text only, before any parse: for {@link #needsParse}. */
  public AttributionStage(String text, Span region, Quotes quotes, List<Sentence> sentences) {
    this.c = new AttributionContext(text, region, quotes, sentences);
  }

  /**
   * True when a tagged sentence holds a cue candidate that the surface rules (which need no
   * parse) do not account for: only such sentences are worth a dependency parse. Cues inside
   * direct quotes never count.
   */
  public boolean needsParse(Sentence s) {
    for (Token t : s.tokens()) {
      if (NominalCue.candidate(s, t) && !c.quotes.inside(t.span())) return true;
      if (CopularStance.candidate(s, t) && !c.quotes.inside(t.span())) return true;
      if (LightVerbCue.candidate(s, t) && !c.quotes.inside(t.span())) return true;
      if (RegardAsCue.candidate(s, t) && !c.quotes.inside(t.span())) return true;
    }
    if (!Phrases.hasCueCandidate(s)) return false;
    BitSet used = surface(s, new ArrayList<>());
    for (Token t : s.tokens()) {
      if (used.get(t.index()) || !t.isVerb() || !Phrases.isCueLemma(Lexicon.lower(t.lemma()))) continue;
      if (c.quotes.inside(t.span())) continue;
      return true;
    }
    return false;
  }

  public List<Attribution> find() {
    List<Attribution> out = new ArrayList<>();
    for (Sentence s : c.sentences) {
      BitSet used = surface(s, out);
      if (!s.isParsed()) continue;
      DependencyGraph g = s.graph();
      for (Token t : s.tokens()) {
        if (used.get(t.index())) continue;
        if (NominalCue.candidate(s, t)) {
          Attribution a = NominalCue.find(c, s, g, t.index());
          if (a != null) out.add(a);
          continue;
        }
        if (CopularStance.candidate(s, t)) {
          Attribution a = CopularStance.find(c, s, g, t.index());
          if (a != null) {
            out.add(a);
            continue;
          }
        }
        if (LightVerbCue.candidate(s, t)) {
          Attribution a = LightVerbCue.find(c, s, g, t.index());
          if (a != null) {
            out.add(a);
            continue;
          }
        }
        if (RegardAsCue.candidate(s, t)) {
          Attribution a = RegardAsCue.find(c, s, g, t.index());
          if (a != null) {
            out.add(a);
            continue;
          }
        }
        if (!t.isVerb() || !Phrases.isCueLemma(Lexicon.lower(t.lemma()))) continue;
        Attribution a = ParsedCue.find(c, s, g, t.index());
        if (a == null) a = LeadingCue.find(c, s, t.index());
        if (a != null) out.add(a);
      }
    }
    out.addAll(SignedQuote.find(c));
    return dedupe(out);
  }

  /** Runs the surface rules on {@code s}, adding what they find to {@code out}; returns the cue tokens they took. */
  private BitSet surface(Sentence s, List<Attribution> out) {
    BitSet used = new BitSet();
    for (SentenceRule r : SURFACE_RULES) out.addAll(r.find(c, s, used));
    return used;
  }

  /** One attribution per cue; when two cues give the same content, the first found wins. */
  private static List<Attribution> dedupe(List<Attribution> in) {
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : in) {
      boolean dup = false;
      for (Attribution b : out) {
        if (b.sentence() == a.sentence() && b.content().equals(a.content())
            && b.source() != null && a.source() != null && b.source().span().equals(a.source().span())) {
          dup = true;
          break;
        }
      }
      if (!dup) out.add(a);
    }
    return out;
  }
}
