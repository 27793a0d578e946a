package org.claimtrack.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.domain.Article;
import org.claimtrack.extract.attribution.Attribution;
import org.claimtrack.extract.attribution.AttributionStage;
import org.claimtrack.extract.attribution.Quotes;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Hashes;
import org.claimtrack.domain.Hedge;
import org.claimtrack.domain.Origin;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.AnnotationPlan;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.NlpPipeline;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Timex;
import org.claimtrack.nlp.Token;
import org.claimtrack.places.ClaimPlaces;
import org.claimtrack.places.PlaceFinder;
import org.claimtrack.places.Places;

/** The claim extractor: NLP, then attribution, sources, quantities, dates, hedges and places. */
final class DefaultClaimExtractor implements ClaimExtractor {
  static final String VERSION = "claimtrack-0.1.0";

  private final ExtractorConfig config;
  private final NlpPipeline nlp;
  private final List<String> stages;
  private final PlaceFinder places;

  DefaultClaimExtractor(ExtractorConfig config, NlpPipeline nlp) {
    this(config, nlp, Places.standard());
  }

  /** An extractor whose claims get their places from {@code places}; none looked for when it is null. */
  DefaultClaimExtractor(ExtractorConfig config, NlpPipeline nlp, PlaceFinder places) {
    this.config = config;
    this.nlp = nlp;
    this.places = places;
    List<String> st = new ArrayList<>(stages(nlp.name()));
    if (places == null) st.remove(Places.STAGE);
    else st.set(st.indexOf(Places.STAGE), places.name());
    this.stages = List.copyOf(st);
  }

  /** The versioned stages an extractor over pipeline {@code nlpName} runs. */
  static List<String> stages(String nlpName) {
    return List.of(nlpName, AttributionStage.STAGE, DiscourseStage.STAGE, SourceResolver.STAGE, QuantityStage.STAGE,
        org.claimtrack.extract.figure.FigureStage.STAGE, TimeNormalizer.STAGE, HedgeStage.STAGE, Places.STAGE);
  }

  @Override
  public List<String> stages() {
    return stages;
  }

  /**
   * A time word (see {@link #isTimeWord}) that can be part of a date or time the claims use: their
   * dates, what they are about, and the dates that are not figures. Not a word that alone makes
   * only a reference ("now", "recently", "current": {@link Lexicon#REFERENCE_TIME_WORDS}), and not
   * a month name used as a modal or verb ("may", "march"). SUTime costs the extractor more than
   * the parser does, for every token it scans; the date tagger ({@link TimeTagger}) still runs
   * around every time word.
   */
  static boolean isClaimTimeWord(Token t) {
    if (!isTimeWord(t)) return false;
    String w = Lexicon.lower(t.text());
    if (Lexicon.REFERENCE_TIME_WORDS.contains(w)) return false;
    return !(Lexicon.MONTHS.contains(w) && (t.pos().equals("MD") || t.isVerb()));
  }

  /**
   * A month, weekday, a word like "yesterday" or "years", or digits written as a time: a year
   * ("2024", "1990s", "'90s"), a date ("11/22/2024", "2024-11-22"), a time ("10:30", "3pm") or a
   * day ("22nd"). Plain numbers ("3,000", "12") are not: a date or duration made of them comes
   * with a month, unit or time word that opens a window around it anyway.
   */
  static boolean isTimeWord(Token t) {
    String w = Lexicon.lower(t.text());
    if (Lexicon.TIME_WORDS.contains(w) || Lexicon.MONTHS.contains(w) || Lexicon.WEEKDAYS.contains(w)) return true;
    boolean digit = false;
    for (int i = 0; i < w.length() && !digit; i++) digit = Character.isDigit(w.charAt(i));
    return digit && TIME_DIGITS.matcher(w).matches();
  }

  private static final java.util.regex.Pattern TIME_DIGITS = java.util.regex.Pattern.compile(
      "(?:1[0-9]|20|21)\\d\\d(?:s|'s)?|'\\d\\ds?|\\d{1,4}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{1,4})?"
          + "|\\d{1,2}:\\d\\d(?::\\d\\d)?(?:am|pm|a\\.m\\.|p\\.m\\.)?|\\d{1,2}(?:am|pm|a\\.m\\.|p\\.m\\.|h)"
          + "|\\d{1,2}(?:st|nd|rd|th)|(?:fy|q[1-4])\\d{2,4}|\\d{4}-\\d{2}-\\d{2}t.*|\\d{8}");

  @Override
  public Result<ArticleClaims> extract(Article article) {
    String text = article.text();
    Problem tooLarge = config.limits().bodyTooLong(inputName(article), article.body().length());
    if (tooLarge != null) return Result.failed(tooLarge);
    if (!hasLetters(text, article.body())) {
      return Result.failed(inputName(article), Problem.Code.NO_SENTENCES, "no sentences: the text has no words");
    }
    // quotes are found on the raw text, so that the plan can leave unparsed the sentences whose
    // cues the surface rules already account for
    Quotes quotes = Quotes.find(text, article.body());
    AttributionStage surface = new AttributionStage(text, article.body(), quotes, List.of());
    AnnotationPlan plan = AnnotationPlan.timesAround(surface::needsParse, DefaultClaimExtractor::isClaimTimeWord);
    NlpPipeline.Deferred annotated = nlp.annotateDeferred(text, article.body(), article.published(), plan);
    NlpDocument doc = annotated.document();
    boolean words = false;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (Character.isLetter(t.text().charAt(0))) words = true;
      }
    }
    if (!words) {
      return Result.failed(inputName(article), Problem.Code.NO_SENTENCES, "no sentences: the text has no words");
    }
    tooLarge = config.limits().tooManySentences(inputName(article), doc.sentences().size());
    if (tooLarge != null) return Result.failed(tooLarge);
    Run run = new Run(article, annotated, quotes);
    List<Claim> claims = run.claims();
    doc = run.doc;
    tooLarge = config.limits().tooManyClaims(inputName(article), claims.size());
    if (tooLarge != null) return Result.failed(tooLarge);
    // places: the finder reads the tokens and NER just computed (no second NLP run)
    if (places != null) claims = ClaimPlaces.place(claims, doc, places.find(doc), places.name());
    return Result.ok(new ArticleClaims(article, claims));
  }

  /** How a problem names the article: its file, and its id when that says more. */
  static String inputName(Article a) {
    if (a.file() == null || a.file().equals(a.id())) return a.id();
    return a.file() + " (id " + a.id() + ")";
  }

  private static boolean hasLetters(String text, Span body) {
    for (int i = body.start(); i < body.end(); i++) {
      if (Character.isLetter(text.charAt(i))) return true;
    }
    return false;
  }

  /** The work on one article. */
  private final class Run {
    final Article article;
    final NlpPipeline.Deferred annotated;
    /** The annotation; time expressions are added as the run finds which sentences need them. */
    NlpDocument doc;
    final String text;
    final Quotes quotes;
    final List<List<TimeNormalizer.Normalized>> times = new ArrayList<>();
    final List<List<Quantity>> quantities = new ArrayList<>();
    Map<Draft, List<Span>> nested = Map.of();

    Run(Article article, NlpPipeline.Deferred annotated, Quotes quotes) {
      this.article = article;
      this.annotated = annotated;
      NlpDocument untimed = annotated.document();
      this.text = untimed.text();
      this.quotes = quotes;
      // SUTime first where a date may unmake a figure: the sentences with figures before dates are
      // taken out (time expressions only ever remove figures)
      boolean[] figures = new boolean[untimed.sentences().size()];
      for (int i = 0; i < figures.length; i++) figures[i] = !QuantityStage.find(untimed.sentences().get(i), text).isEmpty();
      this.doc = annotated.withTimes(i -> figures[i]);
      for (Sentence s : doc.sentences()) {
        quantities.add(QuantityStage.find(s, text));
      }
      List<List<Quantity>> typed = org.claimtrack.extract.figure.FigureStage.annotate(doc.sentences(), text, quantities);
      quantities.clear();
      quantities.addAll(typed);
    }

    List<Claim> claims() {
      List<Attribution> atts = new ArrayList<>(new AttributionStage(doc, quotes).find());
      if (config.continuations()) atts.addAll(quoteContinuations(atts));
      atts.sort(Comparator.comparingInt((Attribution a) -> mentionPosition(a)).thenComparing(a -> a.content()));

      SourceResolver resolver = new SourceResolver(doc);
      List<SourceResolver.Resolved> resolved = new ArrayList<>();
      List<Attribution> kept = new ArrayList<>();
      Map<Attribution, Integer> entityOf = new HashMap<>();
      for (Attribution a : atts) {
        if (a.source() == null) {
          kept.add(a);
          resolved.add(null);
          continue;
        }
        SourceResolver.Resolved r = resolver.resolve(a.source());
        kept.add(a);
        resolved.add(r);
      }
      // continuation quotes take the entity of the quote they continue
      List<Draft> drafts = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        Attribution a = kept.get(i);
        SourceResolver.Resolved r = resolved.get(i);
        if (r == null) r = continuedEntity(a, kept, resolved);
        if (r == null) continue;
        drafts.add(new Draft(a, r));
      }
      drafts = Relays.apply(text, drafts, resolver, doc.sentences());
      drafts.sort(Comparator.comparing((Draft d) -> d.att().content()));
      if (config.continuations()) drafts.addAll(AccountContinuation.find(text, doc.sentences(), quantities, quotes, drafts));
      drafts.addAll(Leftovers.find(text, doc.sentences(), quantities, drafts));
      drafts.sort(Comparator.comparing((Draft d) -> d.att().content()));
      nested = nestedContents(drafts);
      // then where a claim may take its dates: its cue's sentence and its content's
      timeClaimSentences(drafts);

      // reportedOn: the cue's own date, else the same source's latest dated statement before
      Map<Integer, LocalDate> lastDated = new HashMap<>();
      List<Claim> claims = new ArrayList<>();
      List<Draft> byPosition = new ArrayList<>(drafts);
      byPosition.sort(Comparator.comparingInt(d -> d.att().cueSpan() != null ? d.att().cueSpan().start() : d.att().content().start()));
      Map<Draft, LocalDate> reportedOn = new HashMap<>();
      for (Draft d : byPosition) {
        LocalDate own = cueDate(d.att());
        LocalDate on = own != null ? own : lastDated.get(d.entity().entity());
        if (own != null) lastDated.put(d.entity().entity(), own);
        reportedOn.put(d, on);
      }
      for (Draft d : drafts) {
        claims.add(claim(d, resolver.source(d.entity()), origin(d, resolver), reportedOn.get(d)));
      }
      if (config.authorialClaims()) claims.addAll(authorial(claims));
      claims.sort(Comparator.comparing(Claim::span).thenComparing(c -> c.kind()));
      return claims;
    }

    /**
     * Time expressions on the sentences the claims' dates come from (the cue's sentence, the
     * content's sentences) and on those with figures (authorial claims, {@code about}), normalized.
     */
    private void timeClaimSentences(List<Draft> drafts) {
      int n = doc.sentences().size();
      boolean[] wanted = new boolean[n];
      for (int i = 0; i < n; i++) wanted[i] = !quantities.get(i).isEmpty();
      for (Draft d : drafts) {
        wanted[d.att().sentence()] = true;
        for (int i = 0; i < n; i++) {
          if (doc.sentences().get(i).span().overlaps(d.att().content())) wanted[i] = true;
        }
      }
      doc = annotated.withTimes(i -> wanted[i]);
      times.clear();
      for (Sentence s : doc.sentences()) times.add(TimeNormalizer.normalize(s, text, article.published()));
    }

    private int mentionPosition(Attribution a) {
      return a.source() != null ? a.source().span().start() : a.content().start();
    }

    /** For each outer attribution, the contents of the attributions nested in it: their figures are theirs. */
    private Map<Draft, List<Span>> nestedContents(List<Draft> drafts) {
      Map<Draft, List<Span>> out = new HashMap<>();
      for (Draft b : drafts) {
        if (b.relay() == null || b.att().cueSpan() == null || b.att().source() == null) continue;
        for (Draft a : drafts) {
          if (a != b && a.att().sentence() == b.att().sentence() && a.att().content().contains(b.att().cueSpan())
              && a.att().content().contains(b.att().source().span())) {
            out.computeIfAbsent(a, k -> new ArrayList<>()).add(b.att().content());
          }
        }
      }
      return out;
    }

    private Origin origin(Draft d, SourceResolver resolver) {
      if (d.relay() == null) return null;
      List<Source> relayers = new ArrayList<>();
      for (SourceResolver.Resolved r : d.relay().relayers()) relayers.add(resolver.source(r));
      return new Origin(resolver.source(d.relay().originator()), d.relay().originatorSpan(), relayers);
    }

    private Claim claim(Draft d, Source source, Origin origin, LocalDate reportedOn) {
      Attribution a = d.att();
      Span content = a.content();
      List<Quantity> qs = quantitiesIn(content);
      for (Span inner : nested.getOrDefault(d, List.of())) qs.removeIf(q -> inner.contains(q.span()));
      List<Hedge> hedges = HedgeStage.find(doc.sentences(), content, text);
      String about = aboutIn(content);
      String cue = a.cueSpan() == null ? null : a.cueSpan().of(text);
      List<String> st = new ArrayList<>();
      st.add(nlp.name());
      st.add(a.rule());
      if (d.relay() != null) st.add(DiscourseStage.STAGE + ":relay");
      st.add(SourceResolver.STAGE);
      if (!qs.isEmpty()) st.add(QuantityStage.STAGE);
      if (!qs.isEmpty()) st.add(org.claimtrack.extract.figure.FigureStage.STAGE);
      if (reportedOn != null || about != null) st.add(TimeNormalizer.STAGE);
      if (!hedges.isEmpty()) st.add(HedgeStage.STAGE);
      Provenance p = new Provenance(article.hash(), a.sentence(), st, VERSION);
      return new Claim(id(a.kind(), content), a.kind(), source, a.source() == null ? null : a.source().span(), cue,
          a.cueSpan(), content.of(text), content, reportedOn, about, !hedges.isEmpty(), hedges, qs, origin, p);
    }

    private String id(ClaimKind kind, Span content) {
      return Hashes.sha256(article.hash() + ":" + kind + ":" + content.start() + ":" + content.end()).substring(0, 16);
    }

    private List<Quantity> quantitiesIn(Span content) {
      List<Quantity> out = new ArrayList<>();
      for (int i = 0; i < doc.sentences().size(); i++) {
        if (!doc.sentences().get(i).span().overlaps(content)) continue;
        for (Quantity q : quantities.get(i)) {
          if (content.contains(q.span())) out.add(q);
        }
      }
      return out;
    }

    /** The first calendar date or period the content mentions. */
    private String aboutIn(Span content) {
      for (int i = 0; i < doc.sentences().size(); i++) {
        if (!doc.sentences().get(i).span().overlaps(content)) continue;
        for (TimeNormalizer.Normalized n : times.get(i)) {
          if (!content.contains(n.timex().span())) continue;
          String cal = TimeNormalizer.calendar(n.value());
          if (cal != null && (n.timex().type().equals("DATE") || n.timex().type().equals("TIME"))) return cal;
        }
      }
      return null;
    }

    /** A day-precision date in the cue's sentence, outside the content and the source mention, nearest the cue. */
    private LocalDate cueDate(Attribution a) {
      if (a.cueSpan() == null) return null;
      Sentence s = doc.sentences().get(a.sentence());
      LocalDate best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (TimeNormalizer.Normalized n : times.get(a.sentence())) {
        Timex t = n.timex();
        if (a.content().overlaps(t.span())) continue;
        if (a.source() != null && a.source().span().overlaps(t.span())) continue;
        LocalDate d = TimeNormalizer.day(n.value());
        if (d == null) continue;
        int distance = Math.min(Math.abs(t.span().start() - a.cueSpan().end()), Math.abs(a.cueSpan().start() - t.span().end()));
        if (distance < bestDistance) {
          best = d;
          bestDistance = distance;
        }
      }
      return best;
    }

    /**
     * Direct quotes with no cue of their own that follow a quoted source: the next paragraphs of
     * a long quote. They take the source of the closest attributed quote before them, if no
     * other attribution comes in between.
     */
    private List<Attribution> quoteContinuations(List<Attribution> atts) {
      List<Attribution> out = new ArrayList<>();
      for (Span q : quotes.spans()) {
        if (Texts.words(text, q) < 5) continue;
        boolean covered = false;
        for (Attribution a : atts) {
          if (a.content().overlaps(q)) covered = true;
        }
        if (covered) continue;
        // the quote must be a sentence or more, not a phrase inside an authorial sentence
        Sentence first = sentenceAt(q.start());
        if (first == null || !startsSentence(first, q)) continue;
        out.add(new Attribution(first.index(), ClaimKind.QUOTE, null, null, -1, q, "quote-continuation.v1"));
      }
      return out;
    }

    private SourceResolver.Resolved continuedEntity(Attribution a, List<Attribution> all, List<SourceResolver.Resolved> resolved) {
      SourceResolver.Resolved best = null;
      int bestEnd = -1;
      for (int i = 0; i < all.size(); i++) {
        Attribution b = all.get(i);
        if (b == a || resolved.get(i) == null) continue;
        if (b.content().end() <= a.content().start() && b.content().end() > bestEnd) {
          best = b.kind() == ClaimKind.QUOTE ? resolved.get(i) : null;
          bestEnd = b.content().end();
        }
      }
      // nothing may stand between: the previous attribution must end within two sentences
      if (best != null) {
        Sentence prev = sentenceAt(bestEnd - 1);
        Sentence cur = sentenceAt(a.content().start());
        if (prev == null || cur == null || cur.index() - prev.index() > 2) return null;
      }
      return best;
    }

    /**
     * Numbers the writer states with no one credited: each sentence with quantities outside every
     * claim is an AUTHORIAL claim of the publisher.
     */
    private List<Claim> authorial(List<Claim> claims) {
      List<Claim> out = new ArrayList<>();
      for (int i = 0; i < doc.sentences().size(); i++) {
        Sentence s = doc.sentences().get(i);
        List<Quantity> qs = quantities.get(i);
        if (qs.isEmpty()) continue;
        boolean inClaim = false;
        for (Claim c : claims) {
          if (c.span().overlaps(s.span()) || c.cueSpan() != null && s.span().contains(c.cueSpan())) inClaim = true;
        }
        if (inClaim) continue;
        Span content = trimSentence(s);
        List<Hedge> hedges = HedgeStage.find(doc.sentences(), content, text);
        String about = aboutIn(content);
        List<String> st = new ArrayList<>(List.of(nlp.name(), "authorial.v1", QuantityStage.STAGE,
            org.claimtrack.extract.figure.FigureStage.STAGE));
        if (about != null) st.add(TimeNormalizer.STAGE);
        if (!hedges.isEmpty()) st.add(HedgeStage.STAGE);
        out.add(new Claim(id(ClaimKind.AUTHORIAL, content), ClaimKind.AUTHORIAL, Source.author(article.publisher()),
            null, null, null, content.of(text), content, null, about, !hedges.isEmpty(), hedges,
            quantitiesIn(content), new Provenance(article.hash(), s.index(), st, VERSION)));
      }
      return out;
    }

    private Span trimSentence(Sentence s) {
      return s.span();
    }

    private Sentence sentenceAt(int offset) {
      for (Sentence s : doc.sentences()) {
        if (s.span().start() <= offset && offset < s.span().end()) return s;
      }
      Sentence best = null;
      for (Sentence s : doc.sentences()) {
        if (s.span().start() <= offset) best = s;
      }
      return best;
    }

    private boolean startsSentence(Sentence s, Span q) {
      return q.start() <= s.tokens().get(0).end();
    }
  }

}
