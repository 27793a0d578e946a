package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Stage {@code attribution.v1}: finds who says what in each parsed sentence, from the dependency
 * parse. A cue is a verb of saying, holding or finding ({@link Lexicon}) or "according to"; its
 * source is the verb's subject (followed up through "saying", "adding", coordinated verbs and
 * relative clauses); its content is the verb's clausal complement, the clause it interrupts or
 * closes ("..., X said"), its object for verbs of finding, or an adjacent direct quote. Contents
 * that are direct quotes become QUOTE claims spanning the whole quotation.
 */
final class AttributionStage {
  static final String STAGE = "attribution.v1";

  /** Verbs whose infinitive complement is the content: "promised to", "urged X to". */
  private static final Set<String> XCOMP_CUES = Set.of(
      "promise", "pledge", "vow", "threaten", "agree", "propose", "urge", "call", "ask", "demand", "warn", "claim");

  /** Verbs that may come before their subject: "..., said the agency." */
  private static final Set<String> INVERTING_VERBS = Set.of(
      "say", "add", "write", "ask", "explain", "continue", "note", "reply", "recall", "observe", "remark",
      "declare", "insist", "argue", "warn", "respond", "conclude", "report", "announce", "state", "tweet", "post");

  /** Verbs that take a listener object before the content: "told reporters", "informed lawmakers". */
  private static final Set<String> TELL_VERBS = Set.of("tell", "inform", "brief", "assure", "advise", "warn", "remind", "notify");

  private final String text;
  private final Span region;
  private final List<Sentence> sentences;
  private final Quotes quotes;

  AttributionStage(NlpDocument doc, Quotes quotes) {
    this(doc.text(), doc.region(), quotes, doc.sentences());
  }

  /** A stage over raw text only, before any parse: for {@link #needsParse}. */
  AttributionStage(String text, Span region, Quotes quotes, List<Sentence> sentences) {
    this.text = text;
    this.region = region;
    this.quotes = quotes;
    this.sentences = sentences;
  }

  /**
   * True when a tagged sentence holds a cue candidate that the surface rules (which need no
   * parse) do not account for: only such sentences are worth a dependency parse. Cues inside
   * direct quotes never count.
   */
  boolean needsParse(Sentence s) {
    if (!hasCueCandidate(s)) return false;
    BitSet used = surface(s, new ArrayList<>());
    for (Token t : s.tokens()) {
      if (used.get(t.index()) || !t.isVerb() || !isCueLemma(Lexicon.lower(t.lemma()))) continue;
      if (quotes.inside(t.span())) continue;
      return true;
    }
    return false;
  }

  /** True when a sentence may hold a cue: worth a dependency parse. */
  static boolean hasCueCandidate(Sentence s) {
    for (Token t : s.tokens()) {
      String lemma = Lexicon.lower(t.lemma());
      if (t.isVerb() && isCueLemma(lemma)) return true;
      if (lemma.equals("according")) return true;
    }
    return false;
  }

  static boolean isCueLemma(String lemma) {
    return Lexicon.SPEECH_VERBS.contains(lemma) || Lexicon.COGNITION_VERBS.contains(lemma)
        || Lexicon.EVIDENCE_VERBS.contains(lemma) || Lexicon.STANCE_VERBS.contains(lemma);
  }

  List<Attribution> find() {
    List<Attribution> out = new ArrayList<>();
    for (Sentence s : sentences) {
      BitSet used = surface(s, out);
      if (!s.isParsed()) continue;
      DependencyGraph g = s.graph();
      for (Token t : s.tokens()) {
        if (used.get(t.index())) continue;
        if (!t.isVerb() || !isCueLemma(Lexicon.lower(t.lemma()))) continue;
        Attribution a = verbCue(s, g, t.index());
        if (a == null) a = leadingCue(s, t.index());
        if (a != null) out.add(a);
      }
    }
    out.addAll(signedQuotes());
    return dedupe(out);
  }

  /**
   * The surface shapes news writes the same way every time, which need no parse (the parser
   * often attaches a sentence-final "..., the agency said." wrongly in long sentences). Adds what
   * they find to {@code out}; returns the cue tokens they used.
   */
  private BitSet surface(Sentence s, List<Attribution> out) {
    BitSet used = new BitSet();
    Attribution tail = finalCue(s);
    if (tail != null) {
      out.add(tail);
      used.set(tail.cueHead());
    }
    for (Attribution a : quoteThenCue(s)) {
      out.add(a);
      used.set(a.cueHead());
    }
    Attribution label = labelCue(s);
    if (label != null) out.add(label);
    for (Attribution a : participleCues(s)) {
      out.add(a);
      used.set(a.cueHead());
    }
    for (Token t : s.tokens()) {
      if (Lexicon.lower(t.text()).equals("according") && t.index() + 1 < s.size()
          && Lexicon.lower(s.token(t.index() + 1).text()).equals("to")) {
        Attribution a = accordingTo(s, t.index());
        if (a != null) out.add(a);
        used.set(t.index());
      }
    }
    return used;
  }

  /** A quote signed after a dash, to the end of its line: "“...” ― Sonya Herridge". */
  private List<Attribution> signedQuotes() {
    List<Attribution> out = new ArrayList<>();
    for (Span q : quotes.spans()) {
      int i = q.end();
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = Math.min(text.length(), region.end());
      String rest = text.substring(i, Math.min(lineEnd, region.end()));
      java.util.regex.Matcher m = SIGNATURE.matcher(rest);
      if (!m.matches()) continue;
      int dash = i + m.start(1);
      Span name = new Span(i + m.start(2), i + m.end(2));
      Sentence s = sentenceContaining(name.start());
      if (s == null) continue;
      int head = -1;
      for (Token t : s.tokens()) {
        if (name.contains(t.span()) && (t.isNoun() || t.isProperNoun())) head = t.index();
      }
      if (head < 0) continue;
      out.add(new Attribution(s.index(), ClaimKind.QUOTE, new Attribution.Mention(s.index(), head, name, -1),
          new Span(dash, dash + 1), -1, q, STAGE + ":signed-quote"));
    }
    return out;
  }

  private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile(
      "^[\\s\u00A0]*([\u2015\u2014])[\\s\u00A0]*([A-Z][\\p{L}.'\\-]*(?:[\\s\u00A0]+[A-Z][\\p{L}.'\\-]*){0,4})[\\s\u00A0]*$");

  private Sentence sentenceContaining(int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) return s;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // surface shapes

  /**
   * "CONTENT, SOURCE CUE [time]." and "CONTENT, CUE SOURCE." at the end of a sentence: "..., the
   * Ukrainian intelligence service reported.", "“...,” Putin told the press conference in Kazan.",
   * "..., said John Kirby, a spokesman."
   */
  private Attribution finalCue(Sentence s) {
    int n = s.size();
    int end = n;
    while (end > 0 && isClosingPunct(s.token(end - 1))) end--;
    // the cue verb is within the last tokens
    for (int v = end - 1; v >= 1 && v >= end - 30; v--) {
      Token verb = s.token(v);
      if (!verb.isVerb() || verb.pos().equals("VBG") || !Lexicon.SPEECH_VERBS.contains(Lexicon.lower(verb.lemma()))) continue;
      if (quotes.inside(verb.span())) continue;
      Attribution quotedAs = quotedAsSaying(s, v, end);
      if (quotedAs != null) return quotedAs;
      int tailEnd = firstCommaOrEnd(s, v + 1, end);
      if (!tailIsAdjunct(s, v + 1, tailEnd)) continue;
      // "the announcer said, “It’s 3 a.m. ...”": the cue opens a quote, it does not close a content
      if (tailEnd + 2 < n && (s.token(tailEnd).text().equals(",") || s.token(tailEnd).text().equals(":"))
          && isQuoteToken(s.token(tailEnd + 1)) && quotes.inside(s.token(tailEnd + 2).span())) {
        continue;
      }
      // SOURCE CUE: a noun phrase between a comma (or a closing quote) and the verb
      int npStart = nounPhraseBefore(s, v);
      int comma;
      int srcFrom;
      int srcTo;
      if (npStart >= 1 && isContentBoundary(s, npStart - 1)) {
        comma = npStart - 1;
        srcFrom = npStart;
        srcTo = v;
      } else if (isContentBoundary(s, v - 1) && INVERTING_VERBS.contains(Lexicon.lower(verb.lemma()))) {
        // CUE SOURCE: "..., said the agency."
        int npEnd = nounPhraseAfter(s, v + 1, end);
        if (npEnd <= v + 1) continue;
        String first = Lexicon.lower(s.token(v + 1).text());
        if (s.token(v + 1).pos().equals("PRP") && !first.equals("he") && !first.equals("she") && !first.equals("they")) continue;
        comma = v - 1;
        srcFrom = v + 1;
        srcTo = npEnd;
      } else {
        continue;
      }
      int contentEnd = comma;
      if (contentEnd <= 0) continue;
      Span content = trimmedSpan(s, range(0, contentEnd + (isQuoteToken(s.token(comma)) ? 1 : 0)));
      if (content == null || words(content) < 3) continue;
      int head = nounHead(s, srcFrom, srcTo);
      if (head < 0) continue;
      Span srcSpan = trimmedSpan(s, range(srcFrom, srcTo));
      if (srcSpan == null) continue;
      Span cue = new Span(verb.start(), verb.end());
      // "told the press conference": the listener belongs to the cue
      if (TELL_VERBS.contains(Lexicon.lower(verb.lemma())) && srcTo == v) {
        int k = v + 1;
        while (k < end && (s.token(k).pos().equals("DT") || s.token(k).pos().startsWith("JJ") || s.token(k).isNoun())
            && !s.token(k).ner().equals("LOCATION")) {
          k++;
          if (s.token(k - 1).isNoun() && (k >= end || !s.token(k).isNoun())) break;
        }
        if (k > v + 1) cue = new Span(verb.start(), s.token(k - 1).end());
      }
      ClaimKind kind = ClaimKind.REPORTED;
      Span quoted = quoteCovering(content);
      if (quoted != null) {
        content = quoted;
        kind = ClaimKind.QUOTE;
      }
      Attribution.Mention m = new Attribution.Mention(s.index(), head, srcSpan, -1);
      return new Attribution(s.index(), kind, m, cue, v, content, STAGE + ":final-cue");
    }
    return null;
  }

  /**
   * "SOURCE CUE [that] CONTENT." when the parse gave nothing: a speech verb right after the
   * sentence's first noun phrase (perhaps after an opening adjunct and a comma), with the rest
   * of the sentence as content. "Union officials said nearly 14,000 employees ... had a
   * stoppage."
   */
  private Attribution leadingCue(Sentence s, int v) {
    Token verb = s.token(v);
    String lemma = Lexicon.lower(verb.lemma());
    if (!Lexicon.SPEECH_VERBS.contains(lemma) || verb.pos().equals("VBG") || verb.pos().equals("VBN") && !hasAuxBefore(s, v)) {
      return null;
    }
    if (quotes.inside(verb.span())) return null;
    int k = v;
    while (k - 1 >= 0 && (s.token(k - 1).pos().equals("MD") || Lexicon.lower(s.token(k - 1).lemma()).equals("have")
        || s.token(k - 1).pos().equals("RB"))) k--;
    int npStart = nounPhraseBefore(s, k);
    if (npStart < 0) return null;
    if (npStart > 0 && !isContentBoundary(s, npStart - 1)) return null;
    int head = nounHead(s, npStart, k);
    if (head < 0) return null;
    int from = v + 1;
    if (TELL_VERBS.contains(lemma)) {
      while (from < s.size() && (s.token(from).pos().equals("DT") || s.token(from).isNoun() || s.token(from).pos().startsWith("PRP"))
          && !Lexicon.lower(s.token(from).text()).equals("that")) from++;
    }
    // "the announcer said, “It’s 3 a.m. ...”": a comma or colon between the cue and its quote
    if (from + 1 < s.size() && (s.token(from).text().equals(",") || s.token(from).text().equals(":"))
        && isQuoteToken(s.token(from + 1))) {
      from++;
    }
    if (from >= s.size() || s.token(from).isPunct() && !isQuoteToken(s.token(from))) return null;
    int end = s.size();
    while (end > from && isClosingPunct(s.token(end - 1))) end--;
    Span content = trimmedSpan(s, range(from, end));
    if (content == null || words(content) < 4) return null;
    Span srcSpan = trimmedSpan(s, range(npStart, k));
    if (srcSpan == null) return null;
    ClaimKind kind = ClaimKind.REPORTED;
    Span quoted = quoteCovering(content);
    if (quoted != null) {
      content = quoted;
      kind = ClaimKind.QUOTE;
    }
    Span cue = new Span(s.token(k).start(), s.token(TELL_VERBS.contains(lemma) ? Math.max(v, from - 1) : v).end());
    return new Attribution(s.index(), kind, new Attribution.Mention(s.index(), head, srcSpan, -1), cue, v, content,
        STAGE + ":leading-cue");
  }

  private static boolean hasAuxBefore(Sentence s, int v) {
    for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
      String l = Lexicon.lower(s.token(k).lemma());
      if (l.equals("have")) return true;
      if (!s.token(k).pos().equals("RB")) return false;
    }
    return false;
  }

  /**
   * A direct quote followed by its speaker: "“...,” she said, but ...", "“...?” Trump asked." The
   * quote may close the previous sentence ("“Who would have believed ...?” Trump said, looking
   * out on the crowd."). SOURCE CUE or CUE SOURCE must come right after the quote and be
   * followed by a comma or the end of the sentence.
   */
  private List<Attribution> quoteThenCue(Sentence s) {
    List<Attribution> out = new ArrayList<>();
    for (Span q : quotes.overlapping(new Span(Math.max(region.start(), s.span().start() - 3), s.span().end()))) {
      if (words(q) < 2) continue;
      // the quote opens its sentence (or a previous one, or follows a colon)
      if (!opensSentence(q)) continue;
      // the first token after the quote
      int k = -1;
      for (Token t : s.tokens()) {
        if (t.start() >= q.end()) {
          k = t.index();
          break;
        }
      }
      if (k < 0 || !onlyPunctBetween(q.end(), s.token(k).start())) continue;
      if (k > 0 && !q.contains(s.token(k - 1).span()) && s.token(k - 1).end() > q.start()) continue;
      // SOURCE CUE
      int v = -1;
      int srcFrom = k;
      int srcTo = k;
      int j = k;
      while (j < s.size() && j - k < 8 && (isNounPhraseToken(s.token(j)) && !s.token(j).isVerb())) j++;
      if (j > k && j < s.size() && isSpeechVerb(s.token(j))) {
        v = j;
        srcTo = j;
      } else if (isSpeechVerb(s.token(k)) && INVERTING_VERBS.contains(Lexicon.lower(s.token(k).lemma()))) {
        v = k;
        srcFrom = k + 1;
        srcTo = nounPhraseAfter(s, k + 1, s.size());
        if (srcTo <= srcFrom) continue;
      }
      if (v < 0) continue;
      int after = Math.max(v, srcTo - 1) + 1;
      if (v > srcFrom) after = v + 1;
      // the cue's own tail: a listener or a date, then a comma or the end
      int e = after;
      while (e < s.size() && !s.token(e).text().equals(",") && !isClosingPunct(s.token(e)) && e - after < 6
          && !s.token(e).isVerb() && !isQuoteToken(s.token(e))) {
        e++;
      }
      if (e < s.size() && !s.token(e).text().equals(",") && !isClosingPunct(s.token(e))) continue;
      int head = nounHead(s, srcFrom, srcTo);
      if (head < 0) continue;
      Span srcSpan = trimmedSpan(s, range(srcFrom, srcTo));
      if (srcSpan == null) continue;
      Token verb = s.token(v);
      Span cue = verb.span();
      if (TELL_VERBS.contains(Lexicon.lower(verb.lemma())) && v + 1 < e && v > srcFrom) {
        int last = v;
        for (int x = v + 1; x < e; x++) {
          if (s.token(x).isNoun() || s.token(x).pos().equals("PRP")) last = x;
          else if (!(s.token(x).pos().equals("DT") || s.token(x).pos().startsWith("JJ"))) break;
        }
        cue = new Span(verb.start(), s.token(last).end());
      }
      out.add(new Attribution(s.index(), ClaimKind.QUOTE, new Attribution.Mention(s.index(), head, srcSpan, -1), cue, v, q,
          STAGE + ":quote-then-cue"));
    }
    return out;
  }

  private boolean opensSentence(Span q) {
    int i = q.start() - 1;
    while (i >= region.start() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
    if (i < region.start()) return true;
    char c = text.charAt(i);
    if (c == '\n' || c == ':' || c == '.' || c == '?' || c == '!') return true;
    for (Sentence s : sentences) {
      if (s.span().start() == q.start() || s.tokens().size() > 0 && s.token(0).start() == q.start()) return true;
    }
    return false;
  }

  private static boolean hasThatMark(Sentence s, DependencyGraph g, int node) {
    for (int m : g.children(node, "mark")) {
      if (Lexicon.lower(s.token(m).text()).equals("that")) return true;
    }
    return false;
  }

  private static boolean isSpeechVerb(Token t) {
    return t.isVerb() && !t.pos().equals("VBG") && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(t.lemma()));
  }

  /**
   * "NAME: CONTENT" and "NAME ― QUOTE" at the start of a sentence or line: the headline form
   * ("Kremlin: talks are over") and the vox-pop form ("Jane Doe, 34 ― “...”").
   */
  private Attribution labelCue(Sentence s) {
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
      Span content = trimmedSpan(s, range(k + 1, end));
      if (content == null || words(content) < 3) return null;
      ClaimKind kind = ClaimKind.REPORTED;
      Span quoted = quoteCovering(content);
      if (quoted != null && first > 0 && quoted.start() <= s.token(first).start()) {
        // a transcript line inside its quotation marks: the words after the label are the quote
        kind = ClaimKind.QUOTE;
      } else if (quoted != null) {
        content = quoted;
        kind = ClaimKind.QUOTE;
      }
      Span srcSpan = trimmedSpan(s, range(first, nameEnd));
      if (srcSpan == null) return null;
      return new Attribution(s.index(), kind, new Attribution.Mention(s.index(), head, srcSpan, -1),
          s.token(k).span(), k, content, STAGE + (colon ? ":colon" : ":dash"));
    }
    return null;
  }

  /**
   * "CONTENT, lawmakers quoted the agency as saying.": the source is the one quoted ("the
   * agency"), the cue is "quoted ... as saying".
   */
  private Attribution quotedAsSaying(Sentence s, int v, int end) {
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
    Span content = trimmedSpan(s, range(0, k - 1 + (isQuoteToken(s.token(k - 1)) ? 1 : 0)));
    Span srcSpan = trimmedSpan(s, range(npFrom, npTo));
    if (content == null || srcSpan == null || words(content) < 3) return null;
    ClaimKind kind = ClaimKind.REPORTED;
    Span quoted = quoteCovering(content);
    if (quoted != null) {
      content = quoted;
      kind = ClaimKind.QUOTE;
    }
    return new Attribution(s.index(), kind, new Attribution.Mention(s.index(), head, srcSpan, -1),
        new Span(s.token(v).start(), s.token(end - 1).end()), v, content, STAGE + ":quoted-as-saying");
  }

  /** "..., saying ...", "..., adding that ...": the participle's source is the clause's subject. */
  private List<Attribution> participleCues(Sentence s) {
    List<Attribution> out = new ArrayList<>();
    for (int v = 1; v < s.size() - 2; v++) {
      Token verb = s.token(v);
      if (!verb.pos().equals("VBG") || !Lexicon.SPEECH_VERBS.contains(Lexicon.lower(verb.lemma()))) continue;
      if (!s.token(v - 1).text().equals(",")) continue;
      if (quotes.inside(verb.span())) continue;
      int subj = clauseSubject(s, v);
      if (subj < 0) continue;
      int from = v + 1;
      int end = s.size();
      while (end > from && isClosingPunct(s.token(end - 1))) end--;
      if (end <= from) continue;
      Span content = trimmedSpan(s, range(from, end));
      if (content == null || words(content) < 2) continue;
      int[] np = nameOrPhraseAround(s, subj);
      Span srcSpan = s.span(np[0], np[1]);
      ClaimKind kind = ClaimKind.REPORTED;
      Span quoted = quoteCovering(content);
      if (quoted != null) {
        content = quoted;
        kind = ClaimKind.QUOTE;
      }
      out.add(new Attribution(s.index(), kind, new Attribution.Mention(s.index(), subj, srcSpan, -1),
          verb.span(), v, content, STAGE + ":participle"));
    }
    return out;
  }

  /** The subject of the main clause before token {@code v}: the parse's, else the first name or noun. */
  private static int clauseSubject(Sentence s, int v) {
    if (s.isParsed()) {
      DependencyGraph g = s.graph();
      int root = g.root();
      if (root >= 0 && root < v) {
        int subj = g.firstChild(root, "nsubj");
        if (subj >= 0 && subj < v && (s.token(subj).isNoun() || s.token(subj).pos().startsWith("PRP"))) return subj;
      }
    }
    for (int k = 0; k < v; k++) {
      Token t = s.token(k);
      if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
        int j = k;
        while (j + 1 < v && s.token(j + 1).ner().equals(t.ner())) j++;
        return j;
      }
      if (t.pos().equals("IN") || t.pos().equals(",")) return -1;
    }
    return -1;
  }

  /** The noun phrase around a head token: its name run, or adjacent nouns and modifiers. */
  private static int[] nameOrPhraseAround(Sentence s, int head) {
    int a = head;
    while (a - 1 >= 0 && isNounPhraseToken(s.token(a - 1))) a--;
    return new int[] {a, head + 1};
  }

  private static int firstCommaOrEnd(Sentence s, int from, int end) {
    for (int k = from; k < end; k++) {
      if (s.token(k).text().equals(",")) return k;
    }
    return end;
  }

  /** True when tokens [from, end) are a short adjunct after a cue: a date, "in a statement", "to CNN". */
  private static boolean tailIsAdjunct(Sentence s, int from, int end) {
    if (end - from > 8) return false;
    for (int k = from; k < end; k++) {
      Token t = s.token(k);
      String p = t.pos();
      if (t.isVerb() || p.equals("WDT") || p.equals("WP") || p.equals("WRB") || p.equals("CC") || p.equals("MD")) return false;
      if (Lexicon.isQuoteChar(t.text().charAt(0)) && k > from) return false;
    }
    return true;
  }

  /** Start of the noun phrase that ends right before {@code v} (an apposition may follow a name). */
  private static int nounPhraseBefore(Sentence s, int v) {
    int k = v;
    if (k - 1 >= 2 && s.token(k - 1).text().equals(",")) {
      // "Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus, said"
      int j = k - 1;
      int m = j;
      while (m - 1 >= 0 && isAppositionToken(s.token(m - 1))) m--;
      if (m < j && m - 1 >= 1 && s.token(m - 1).text().equals(",")) {
        int a = m - 1;
        while (a - 1 >= 0 && isAppositionToken(s.token(a - 1))) a--;
        boolean named = false;
        for (int x = a; x < m - 1; x++) {
          if (s.token(x).ner().equals("PERSON") || s.token(x).ner().equals("ORGANIZATION")) named = true;
        }
        if (named && a < m - 1 && a >= 1 && isContentBoundary(s, a - 1)) return a;
      }
      return -1;
    }
    if (k - 1 >= 1 && isCloseParen(s.token(k - 1))) {
      // "Gov. Mike Pence (R-IN) said"
      int open = k - 2;
      while (open >= 0 && open >= k - 8 && !isOpenParen(s.token(open))) open--;
      if (open >= 1 && isOpenParen(s.token(open)) && isNounPhraseToken(s.token(open - 1))) k = open;
    }
    while (k - 1 >= 0 && isNounPhraseToken(s.token(k - 1))) k--;
    if (k == v) return -1;
    // "John Kirby, the White House spokesman, said": a name, then an apposition
    if (k - 1 >= 1 && s.token(k - 1).text().equals(",") && s.token(v - 1).text().equals(",")) {
      return -1;
    }
    if (k >= 2 && s.token(k - 1).text().equals(",")) {
      int j = k - 1;
      int m = j;
      while (m - 1 >= 0 && isNounPhraseToken(s.token(m - 1))) m--;
      boolean named = m < j && (s.token(j - 1).ner().equals("PERSON") || s.token(j - 1).ner().equals("ORGANIZATION"));
      if (named && m >= 1 && isContentBoundary(s, m - 1)) return m;
    }
    return k;
  }

  /** End of the noun phrase starting at {@code from} (with an apposition), bounded by {@code end}. */
  private static int nounPhraseAfter(Sentence s, int from, int end) {
    int k = from;
    // "said James Acton, a physicist who is co-director of ...": an inverted source that starts
    // with a name runs, with its apposition, to the end of the sentence
    if (from < end && (s.token(from).ner().equals("PERSON") || s.token(from).isProperNoun()
        || s.token(from).pos().equals("DT") && from + 1 < end && s.token(from + 1).isProperNoun())) {
      int j = from;
      while (j < end && s.token(j).isProperNoun()) j++;
      if (j < end && s.token(j).text().equals(",")) {
        boolean clause = false;
        for (int x = j; x < end; x++) {
          if (isQuoteToken(s.token(x))) return x;
          if (s.token(x).isVerb() && !(x > j && (s.token(x - 1).pos().startsWith("W") || s.token(x - 1).pos().equals("VBZ")
              || s.token(x - 1).pos().equals("VBD")))) {
            clause = s.token(x).pos().equals("VBZ") || s.token(x).pos().equals("VBD") || s.token(x).pos().equals("VBP");
            if (clause && !hasRelativeBefore(s, j, x)) return j;
          }
        }
        return end;
      }
    }
    while (k < end && (isNounPhraseToken(s.token(k)) || s.token(k).text().equals(",") && k + 1 < end
        || s.token(k).pos().equals("IN") && Lexicon.lower(s.token(k).text()).equals("of") && k > from)) {
      k++;
    }
    while (k > from && (s.token(k - 1).text().equals(",") || s.token(k - 1).pos().equals("IN"))) k--;
    return k;
  }

  private static boolean hasRelativeBefore(Sentence s, int from, int x) {
    for (int k = from; k < x; k++) {
      if (s.token(k).pos().startsWith("W")) return true;
    }
    return false;
  }

  private static boolean isOpenParen(Token t) {
    return t.text().equals("(") || t.pos().equals("-LRB-");
  }

  private static boolean isCloseParen(Token t) {
    return t.text().equals(")") || t.pos().equals("-RRB-");
  }

  /** Tokens of a name with its apposition: "head of the Congressional Black Caucus", "(D-N.C.)". */
  private static boolean isAppositionToken(Token t) {
    String w = t.text();
    return isNounPhraseToken(t) || w.equals("of") || w.equals("(") || w.equals(")") || w.equals("-LRB-")
        || w.equals("-RRB-");
  }

  private static boolean isNounPhraseToken(Token t) {
    String p = t.pos();
    if ((t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) && !t.text().equals(",")) return true;
    return t.isNoun() || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("PRP")
        || p.equals("PRP$") || p.equals("CD") || p.equals("HYPH");
  }

  /** The head of a noun phrase: its last noun or pronoun before any comma. */
  private static int nounHead(Sentence s, int from, int to) {
    int head = -1;
    int depth = 0;
    for (int k = from; k < to; k++) {
      Token t = s.token(k);
      if (isOpenParen(t)) depth++;
      if (isCloseParen(t)) depth = Math.max(0, depth - 1);
      if (depth > 0 || isCloseParen(t)) continue;
      if (t.text().equals(",") && head >= 0) break;
      if (t.isNoun() || t.pos().equals("PRP")) head = k;
    }
    return head;
  }

  /** A comma, or a closing quotation mark (with or without a comma), ends a content before its source. */
  private static boolean isContentBoundary(Sentence s, int k) {
    if (k < 0) return false;
    String w = s.token(k).text();
    return w.equals(",") || w.equals("\u201D") || w.equals("\"") || w.equals("''") || w.equals(",\u201D");
  }

  private static boolean isQuoteToken(Token t) {
    return Lexicon.isQuoteChar(t.text().charAt(0)) || t.text().equals("''");
  }

  private static boolean isClosingPunct(Token t) {
    String w = t.text();
    return w.equals(".") || w.equals("!") || w.equals("?");
  }

  private static BitSet range(int from, int to) {
    BitSet b = new BitSet();
    if (to > from) b.set(from, to);
    return b;
  }

  // ---------------------------------------------------------------------------------------------
  // verbs

  private Attribution verbCue(Sentence s, DependencyGraph g, int v) {
    Token verb = s.token(v);
    String lemma = Lexicon.lower(verb.lemma());
    // a cue inside a direct quote is the speaker's own reporting, not the article's
    if (quotes.inside(verb.span())) return null;
    String rel = g.relation(v);
    if (rel.equals("amod") || g.is(v, "acl") && !g.is(v, "acl:relcl")) return null;
    if (g.is(v, "aux") || g.is(v, "cop")) return null;

    boolean passive = !g.children(v, "aux:pass").isEmpty() || !g.children(v, "nsubj:pass").isEmpty();
    int subj = subject(s, g, v, passive);
    if (subj < 0) return null;
    if (g.is(subj, "expl")) return null;
    Token st = s.token(subj);
    if (!(st.isNoun() || isPronoun(st) || st.pos().equals("CD"))) return null;
    String sw = Lexicon.lower(st.text());
    if (Lexicon.WEEKDAYS.contains(sw) || Lexicon.MONTHS.contains(sw) || Lexicon.TIME_WORDS.contains(sw)
        || sw.equals("you") || sw.equals("anyone") || sw.equals("anybody")) {
      return null;
    }
    if (Lexicon.FIRST_PERSON.contains(sw) && quotes.inside(st.span())) {
      // "I think ..." inside a quote is the quoted speaker's own hedging, not a separate report
      return null;
    }

    Span content = null;
    String rule = null;
    int comp = firstChild(g, v, "ccomp");
    // "Improbable as it may seem, Mr. Clarke said the deal had played to his advantage": when the
    // cue has a complement after it, that is what was said, not a fronted clause before it
    if (comp >= 0 && comp < v) {
      for (int c : g.children(v, "ccomp")) {
        if (c > v) {
          comp = c;
          break;
        }
      }
    }
    if (passive && comp < 0) return null;
    if (comp >= 0 && comp != subj) {
      BitSet set = g.subtree(comp);
      // "said the plan failed and that 40 people were hurt": a second "that" clause belongs too
      for (int c : g.children(v, "conj")) {
        if (c > comp && hasThatMark(s, g, c)) set.or(g.subtree(c));
      }
      for (int c : g.children(comp, "conj")) {
        if (hasThatMark(s, g, c)) set.or(g.subtree(c));
      }
      set.clear(v);
      content = trimmedSpan(s, set);
      rule = "ccomp";
    }
    if (content == null && Lexicon.SPEECH_VERBS.contains(lemma) && firstChild(g, v, "obj") < 0
        && (rel.equals("parataxis") || g.is(v, "ccomp") && g.head(v) >= 0 && g.head(v) < v)) {
      int h = g.head(v);
      if (h >= 0) {
        BitSet set = g.subtree(h);
        set.andNot(g.subtree(v));
        content = reportedClause(s, set, v);
        rule = "parataxis";
      }
    }
    if (content == null && g.is(v, "root")) {
      int para = firstParataxisBefore(g, v);
      if (para >= 0) {
        content = clauseSpan(s, g, para, v);
        rule = "root-parataxis";
      }
    }
    if (content == null && XCOMP_CUES.contains(lemma)) {
      int x = firstChild(g, v, "xcomp");
      if (x >= 0) {
        content = clauseSpan(s, g, x, v);
        rule = "xcomp";
      }
    }
    if (content == null && lemma.equals("call")) {
      int obj = firstChild(g, v, "obj");
      int x = firstChild(g, v, "xcomp");
      if (obj >= 0 && x >= 0) {
        BitSet set = g.subtree(obj);
        set.or(g.subtree(x));
        content = trimmedSpan(s, set);
        rule = "call-obj-xcomp";
      }
    }
    if (content == null && Lexicon.STANCE_VERBS.contains(lemma)) {
      int obj = firstChild(g, v, "obj");
      if (obj < 0 && lemma.equals("call")) {
        // "called for more school investment"
        for (int c : g.children(v, "obl")) {
          if (c > v && g.firstChild(c, "case") >= 0 && Lexicon.lower(s.token(g.firstChild(c, "case")).text()).equals("for")) obj = c;
        }
      }
      if (obj >= 0 && obj > v) {
        BitSet set = g.subtree(obj);
        content = trimmedSpan(s, set);
        rule = "stance-obj";
      }
    }
    if (content == null && (Lexicon.EVIDENCE_VERBS.contains(lemma) || lemma.equals("say") || lemma.equals("report")
        || lemma.equals("announce") || lemma.equals("cite") || lemma.equals("estimate"))) {
      int obj = firstChild(g, v, "obj");
      boolean finder = Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(st.lemma())) || st.ner().equals("ORGANIZATION")
          || Lexicon.ORG_HEADS.contains(Lexicon.lower(st.lemma()));
      if (obj >= 0 && !isPronoun(s.token(obj)) && (Lexicon.EVIDENCE_VERBS.contains(lemma) && finder || hasQuote(s, g, obj)
          || lemma.equals("announce") || lemma.equals("estimate") || lemma.equals("report"))) {
        content = trimmedSpan(s, g.subtree(obj));
        rule = "obj";
      }
    }
    if (content == null) {
      Span q = adjacentQuote(s, g, v, subj);
      if (q != null) {
        content = q;
        rule = "adjacent-quote";
      }
    }
    if (content == null || content.isEmpty()) return null;
    Span srcSpan = mentionSpan(s, g, subj);
    if (srcSpan.overlaps(content) && !content.contains(srcSpan)) {
      // the subject and the content cannot share words
      return null;
    }
    if (content.contains(srcSpan) || content.contains(verb.span())) {
      content = cut(content, srcSpan.union(verb.span()));
      if (content == null) return null;
    }
    int relTo = -1;
    if (Lexicon.RELATIVE_PRONOUNS.contains(Lexicon.lower(st.word())) && g.is(v, "acl:relcl")) {
      relTo = g.head(v);
    }
    Attribution.Mention mention = new Attribution.Mention(s.index(), subj, srcSpan, relTo);
    Span cue = cueSpan(s, g, v, lemma);
    ClaimKind kind = ClaimKind.REPORTED;
    Span quoted = quoteCovering(content);
    if (quoted != null) {
      content = quoted;
      kind = ClaimKind.QUOTE;
    }
    return new Attribution(s.index(), kind, mention, cue, v, content, STAGE + ":" + rule);
  }

  /** The subject of a cue verb, followed up through control, adverbial and coordinated verbs. */
  private static int subject(Sentence s, DependencyGraph g, int v, boolean passive) {
    int node = v;
    for (int depth = 0; depth < 4 && node >= 0; depth++) {
      int subj = firstChild(g, node, "nsubj");
      if (subj >= 0 && !g.is(subj, "nsubj:pass")) return subj;
      if (passive && depth == 0) {
        // "it was reported by the agency"
        for (int c : g.children(node)) {
          if (g.is(c, "obl") || g.is(c, "nmod")) {
            for (int cc : g.children(c, "case")) {
              if (Lexicon.lower(s.token(cc).word()).equals("by")) return c;
            }
          }
        }
        return -1;
      }
      if (g.is(node, "xcomp") || g.is(node, "advcl") || g.is(node, "conj")) {
        node = g.head(node);
        passive = false;
        continue;
      }
      return -1;
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // according to

  /**
   * "According to X, CONTENT." and "CONTENT, according to X." read off the surface (parsers
   * often mangle the phrase); in mid-sentence ("Y, according to X, Z") the content is the
   * sentence around it.
   */
  private Attribution accordingTo(Sentence s, int according) {
    if (quotes.inside(s.token(according).span())) return null;
    int n = s.size();
    int end = n;
    while (end > 0 && isClosingPunct(s.token(end - 1))) end--;
    int srcFrom = according + 2;
    int srcTo = srcFrom;
    while (srcTo < end && !s.token(srcTo).text().equals(",") && srcTo - srcFrom < 20
        && !(s.token(srcTo).isVerb() && !s.token(srcTo).pos().equals("VBN") && !s.token(srcTo).pos().equals("VBG"))) {
      srcTo++;
    }
    if (srcTo == srcFrom) return null;
    int head = nounHead(s, srcFrom, srcTo);
    if (head < 0) return null;
    Span srcSpan = trimmedSpan(s, range(srcFrom, srcTo));
    if (srcSpan == null) return null;
    boolean opening = true;
    for (int k = 0; k < according; k++) {
      if (!(s.token(k).pos().equals("CC") || s.token(k).pos().equals("RB") || isQuoteToken(s.token(k)))) opening = false;
    }
    BitSet content = new BitSet();
    if (opening) {
      if (srcTo >= end || !s.token(srcTo).text().equals(",")) return null;
      content.set(srcTo + 1, end);
    } else {
      content.set(0, according);
      if (srcTo < end && s.token(srcTo).text().equals(",")) content.set(srcTo + 1, end);
    }
    Span c = trimmedSpan(s, content);
    if (c == null || words(c) < 2) return null;
    Span cue = new Span(s.token(according).start(), s.token(according + 1).end());
    ClaimKind kind = ClaimKind.ACCORDING_TO;
    return new Attribution(s.index(), kind, new Attribution.Mention(s.index(), head, srcSpan, -1), cue, according, c,
        STAGE + ":according-to");
  }

  // ---------------------------------------------------------------------------------------------
  // spans

  /** The span of a complement clause of the cue, without the cue and its subject. */
  private Span clauseSpan(Sentence s, DependencyGraph g, int head, int cue) {
    BitSet set = g.subtree(head);
    set.clear(cue);
    return trimmedSpan(s, set);
  }

  /**
   * A reported clause that the cue interrupts or closes: the tokens of {@code set}; when the cue
   * sits inside them, the larger side.
   */
  private Span reportedClause(Sentence s, BitSet set, int cue) {
    if (set.isEmpty()) return null;
    int first = set.nextSetBit(0);
    int last = set.length() - 1;
    if (first < cue && cue < last) {
      // "X, the agency said, Y": the content runs across the cue; keep the whole
      return trimmedSpan(s, set);
    }
    return trimmedSpan(s, set);
  }

  /** The mention of a source: the subject's subtree. */
  private Span mentionSpan(Sentence s, DependencyGraph g, int subj) {
    BitSet set = g.subtree(subj);
    // leave out a clause that follows a relative pronoun subject's head: "officials who spoke ..." stays
    Span sp = trimmedSpan(s, set);
    return sp == null ? s.token(subj).span() : sp;
  }

  /** The cue: auxiliaries and negation, the verb, a particle, and a listener ("told reporters"). */
  private Span cueSpan(Sentence s, DependencyGraph g, int v, String lemma) {
    int start = v;
    int end = v;
    for (int c : g.children(v)) {
      if ((g.is(c, "aux") || g.is(c, "aux:pass") || g.is(c, "neg") || g.is(c, "advmod") && c == v - 1) && c < v
          && allBetween(s, c, v, g, v)) {
        start = Math.min(start, c);
      }
      if (g.is(c, "compound:prt") && c > v && c <= v + 2) end = Math.max(end, c);
    }
    if (TELL_VERBS.contains(lemma)) {
      for (int c : g.children(v)) {
        if ((g.is(c, "obj") || g.is(c, "iobj")) && c > v) {
          // the listener noun phrase, up to its head: "the press conference"
          boolean contiguous = true;
          for (int k = end + 1; k < c; k++) {
            if (!g.dominates(c, k)) contiguous = false;
          }
          if (contiguous && c - v <= 4) end = Math.max(end, c);
        }
      }
    }
    return new Span(s.token(start).start(), s.token(end).end());
  }

  /** True when every token strictly between a and b is an auxiliary, negation or adverb of v. */
  private static boolean allBetween(Sentence s, int a, int b, DependencyGraph g, int v) {
    for (int k = a + 1; k < b; k++) {
      if (g.head(k) != v) return false;
      if (!(g.is(k, "aux") || g.is(k, "aux:pass") || g.is(k, "advmod") || g.is(k, "neg"))) return false;
    }
    return true;
  }

  /** Tokens of {@code set} as a span from first to last, without punctuation at either end. */
  private Span trimmedSpan(Sentence s, BitSet set) {
    if (set.isEmpty()) return null;
    int first = set.nextSetBit(0);
    int last = set.length() - 1;
    while (first <= last && isTrimmable(s.token(first))) first++;
    while (last >= first && isTrimmable(s.token(last))) last--;
    if (first > last) return null;
    return balanceQuotes(new Span(s.token(first).start(), s.token(last).end()));
  }

  private static boolean isTrimmable(Token t) {
    String w = t.text();
    if (w.length() == 1 && ",.;:\u2014\u2013-".indexOf(w.charAt(0)) >= 0) return true;
    return w.equals("--") || w.equals("...");
  }

  /** Drops a lone quotation mark at either end, keeps paired ones. */
  private Span balanceQuotes(Span sp) {
    int b = sp.start();
    int e = sp.end();
    int marks = 0;
    for (int i = b; i < e; i++) {
      if (Lexicon.isQuoteChar(text.charAt(i))) marks++;
    }
    if (marks % 2 == 1) {
      if (Lexicon.isQuoteChar(text.charAt(b)) && (quotes.at(b) == null || quotes.at(b).end() > e)) {
        b++;
      } else if (Lexicon.isQuoteChar(text.charAt(e - 1))) {
        e--;
      }
    }
    while (b < e && Character.isWhitespace(text.charAt(b))) b++;
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
    return b < e ? new Span(b, e) : null;
  }

  /** The content without {@code cut} when it sits at one end; null when nothing remains. */
  private Span cut(Span content, Span cutOut) {
    if (!content.overlaps(cutOut)) return content;
    Span left = cutOut.start() > content.start() ? new Span(content.start(), cutOut.start()) : null;
    Span right = cutOut.end() < content.end() ? new Span(cutOut.end(), content.end()) : null;
    Span keep = left == null ? right : right == null ? left : left.length() >= right.length() ? left : right;
    if (keep == null) return null;
    return trimText(keep);
  }

  private Span trimText(Span sp) {
    int b = sp.start();
    int e = sp.end();
    while (b < e && (Character.isWhitespace(text.charAt(b)) || ",;:\u2014\u2013".indexOf(text.charAt(b)) >= 0)) b++;
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",;:\u2014\u2013".indexOf(text.charAt(e - 1)) >= 0)) e--;
    return b < e ? balanceQuotes(new Span(b, e)) : null;
  }

  /** The quote that makes up most of {@code content}, if any. */
  private Span quoteCovering(Span content) {
    for (Span q : quotes.overlapping(content)) {
      int inner = Math.max(0, q.overlap(content));
      int letters = letters(content);
      if (letters > 0 && letters(q.start() > content.start() ? new Span(Math.max(q.start(), content.start()),
          Math.min(q.end(), content.end())) : new Span(content.start(), Math.min(q.end(), content.end()))) * 10 >= letters * 8
          && inner > 0) {
        return q;
      }
    }
    return null;
  }

  private int letters(Span sp) {
    int n = 0;
    for (int i = sp.start(); i < sp.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) n++;
    }
    return n;
  }

  /** A direct quote right before ("“...,” he said") or after ("He said: “...”") the cue. */
  private Span adjacentQuote(Sentence s, DependencyGraph g, int v, int subj) {
    int lo = Math.min(v, subj);
    int hi = Math.max(v, subj);
    Span before = null;
    Span after = null;
    for (Span q : quotes.overlapping(s.span())) {
      if (q.end() <= s.token(lo).start() && onlyPunctBetween(q.end(), s.token(lo).start())) before = q;
      if (q.start() >= s.token(hi).end() && onlyPunctBetween(s.token(hi).end(), q.start())) {
        if (after == null) after = q;
      }
    }
    Span q = before != null ? before : after;
    if (q == null || words(q) < 3) return null;
    return q;
  }

  private boolean onlyPunctBetween(int a, int b) {
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && ",:;\u2014\u2013-".indexOf(c) < 0) return false;
    }
    return true;
  }

  private int words(Span sp) {
    return Texts.words(text, sp);
  }

  private boolean hasQuote(Sentence s, DependencyGraph g, int node) {
    Span sp = trimmedSpan(s, g.subtree(node));
    return sp != null && !quotes.overlapping(sp).isEmpty();
  }

  private boolean wholeSentenceQuoted(Sentence s) {
    Span q = quotes.at(s.span().start());
    return q != null && q.contains(s.span());
  }

  private static int firstChild(DependencyGraph g, int v, String rel) {
    return g.firstChild(v, rel);
  }

  private static int firstParataxisBefore(DependencyGraph g, int v) {
    for (int c : g.children(v)) {
      if (c < v && (g.is(c, "parataxis") || g.is(c, "ccomp"))) return c;
    }
    return -1;
  }

  private static boolean isPronoun(Token t) {
    return t.pos().startsWith("PRP") || t.pos().startsWith("W");
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
