package org.claimtrack.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtrack.domain.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP, run in stages so that each sentence gets only the work it needs: every sentence is
 * tokenized and tagged (POS, lemma, 3-class NER); only the sentences the plan selects are parsed
 * and run through SUTime. CoreNLP's objects never leave this class: the result is our records.
 *
 * <p>Thread-safe: CoreNLP's tagger, CRF and neural parser are safe for concurrent use, and
 * SUTime runs with rules that do not mutate shared state (see {@link #deterministicSuTimeRules}).
 */
final class CoreNlpPipeline implements NlpPipeline {
  private static final Logger log = LoggerFactory.getLogger(CoreNlpPipeline.class);
  static final String VERSION = "corenlp-4.5.10.v1";

  private final NlpConfig config;
  private final StanfordCoreNLP segmenter;
  private final AnnotationPipeline tagger;
  private final DependencyParser parser;
  private final TimeAnnotator sutime;

  CoreNlpPipeline(NlpConfig config) {
    this.config = config;
    long t0 = System.nanoTime();
    // the models load side by side: the tagger, the names, the parser and SUTime share nothing. The
    // tagging annotators are made directly (as CoreNLP's pool makes them, with the same properties),
    // because that pool, which the segmenter uses, is not made for concurrent construction
    ExecutorService loaders = Executors.newFixedThreadPool(3, r -> {
      Thread t = new Thread(r, "claimtrack-corenlp-load");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<DependencyParser> parsing = loaders.submit(() -> ParserModelLoader.load(config.parserModel(), config.modelCache()));
      Properties tag = new Properties();
      tag.setProperty("annotators", "pos,lemma,ner");
      tag.setProperty("ner.model", config.nerModel());
      tag.setProperty("ner.useSUTime", "false");
      tag.setProperty("ner.applyNumericClassifiers", "false");
      tag.setProperty("ner.applyFineGrained", "false");
      tag.setProperty("ner.buildEntityMentions", "false");
      Future<Annotator> names = loaders.submit(() -> NamesAnnotator.load(tag, config.modelCache()));
      Future<TimeAnnotator> times = loaders.submit(() -> {
        Properties time = new Properties();
        time.setProperty("sutime.rules", deterministicSuTimeRules());
        return new TimeAnnotator("sutime", time, true);
      });

      Properties seg = new Properties();
      seg.setProperty("annotators", "tokenize,ssplit");
      seg.setProperty("tokenize.language", "en");
      // characters the tokenizer cannot read are dropped as before, but not warned about on stderr by
      // CoreNLP: this pipeline logs them at DEBUG (see untokenizable)
      seg.setProperty("tokenize.options", TokenizerAnnotator.TokenizerType.English.getDefaultOptions()
          + ",untokenizable=noneDelete");
      // a line break ends a sentence: news text puts one paragraph, title or date line per line
      seg.setProperty("ssplit.newlineIsSentenceBreak", "always");
      segmenter = new StanfordCoreNLP(seg);

      // pos, lemma, ner: what new StanfordCoreNLP(tag, false) runs, in that order
      AnnotationPipeline tagging = new AnnotationPipeline();
      tagging.addAnnotator(new POSTaggerAnnotator("pos", tag));
      tagging.addAnnotator(new MorphaAnnotator(false));
      tagging.addAnnotator(done(names));
      tagger = tagging;

      parser = done(parsing);
      sutime = done(times);
    } finally {
      loaders.shutdownNow();
    }
    log.info("CoreNLP loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
  }

  /** The value of a load on another thread; what it threw, thrown here. */
  private static <T> T done(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading CoreNLP", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException("cannot load CoreNLP: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public String name() {
    return VERSION;
  }

  @Override
  public NlpDocument annotate(String text, Span region, LocalDate documentDate, AnnotationPlan plan) {
    return guarded(() -> {
      Pending p = tagAndParse(text, region, documentDate, plan);
      return p.times(i -> true);
    });
  }

  @Override
  public Deferred annotateDeferred(String text, Span region, LocalDate documentDate, AnnotationPlan plan) {
    Pending p = guarded(() -> tagAndParse(text, region, documentDate, plan));
    return new Deferred() {
      @Override
      public NlpDocument document() {
        return p.document();
      }

      @Override
      public NlpDocument withTimes(java.util.function.IntPredicate sentences) {
        return guarded(() -> p.times(sentences));
      }
    };
  }

  /** Runs CoreNLP work so that an interrupt anywhere in it fails the call instead of losing annotations. */
  private static <T> T guarded(java.util.function.Supplier<T> work) {
    if (Thread.currentThread().isInterrupted()) throw new NlpInterruptedException("starting an annotation");
    T out;
    try {
      out = work.get();
    } catch (RuntimeInterruptedException e) {
      // CoreNLP cleared the flag when it threw
      Thread.currentThread().interrupt();
      throw new NlpInterruptedException("annotating");
    }
    // an annotator that swallowed an interrupt may have left the flag set: its output is not trusted
    if (Thread.currentThread().isInterrupted()) throw new NlpInterruptedException("annotating");
    return out;
  }

  /** Tokens, tags, names and parses; SUTime left to {@link Pending#times}. */
  private Pending tagAndParse(String text, Span region, LocalDate documentDate, AnnotationPlan plan) {
    if (!region.fits(text.length())) {
      throw new IllegalArgumentException("region " + region + " exceeds text of length " + text.length());
    }
    String regionText = region.of(text);
    int shift = region.start();
    Annotation doc = new Annotation(regionText);
    segmenter.annotate(doc);
    if (log.isDebugEnabled()) untokenizable(regionText, doc.get(CoreAnnotations.TokensAnnotation.class), shift);
    List<CoreMap> coreSentences = splitLongSentences(doc);
    doc.set(CoreAnnotations.SentencesAnnotation.class, coreSentences);
    if (!coreSentences.isEmpty()) {
      tagger.annotate(doc);
    }
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      Sentence s = toSentence(i, coreSentences.get(i), text, shift, null, null);
      List<Arc> arcs = null;
      if (s.size() <= config.maxParseTokens() && plan.parse().test(s)) {
        arcs = parse(coreSentences.get(i));
      }
      sentences.add(new Sentence(s.index(), s.span(), s.tokens(), arcs, null));
    }
    return new Pending(text, region, documentDate, plan, regionText, shift, doc, coreSentences, sentences);
  }

  /** An annotation without time expressions yet, and the CoreNLP objects SUTime needs to add them. */
  private final class Pending {
    final String text;
    final Span region;
    final LocalDate documentDate;
    final AnnotationPlan plan;
    final String regionText;
    final int shift;
    final Annotation doc;
    final List<CoreMap> coreSentences;
    final List<Sentence> sentences;
    final List<List<Timex>> timexes = new ArrayList<>();
    final boolean[] timed;

    Pending(String text, Span region, LocalDate documentDate, AnnotationPlan plan, String regionText, int shift,
        Annotation doc, List<CoreMap> coreSentences, List<Sentence> sentences) {
      this.text = text;
      this.region = region;
      this.documentDate = documentDate;
      this.plan = plan;
      this.regionText = regionText;
      this.shift = shift;
      this.doc = doc;
      this.coreSentences = coreSentences;
      this.sentences = sentences;
      for (int i = 0; i < sentences.size(); i++) timexes.add(null);
      this.timed = new boolean[sentences.size()];
    }

    /**
     * SUTime on the wanted sentences that need it and have not had it, all in one call so that it
     * sees them in order; in a long sentence only on windows of tokens around the words a date
     * can be made of. A sentence's result does not depend on the others in the call.
     */
    NlpDocument times(java.util.function.IntPredicate wanted) {
      List<CoreMap> timeSentences = new ArrayList<>();
      List<Integer> timeIndex = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        if (timed[i] || !wanted.test(i) || !plan.time().test(s)) continue;
        timed[i] = true;
        timexes.set(i, new ArrayList<>());
        for (CoreMap window : timeWindows(doc, coreSentences.get(i), s, plan)) {
          timeSentences.add(window);
          timeIndex.add(i);
        }
      }
      if (!timeSentences.isEmpty()) {
        Annotation sub = new Annotation(regionText);
        sub.set(CoreAnnotations.SentencesAnnotation.class, timeSentences);
        if (documentDate != null) {
          sub.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        sutime.annotate(sub);
        for (int k = 0; k < timeSentences.size(); k++) {
          int i = timeIndex.get(k);
          timexes.get(i).addAll(toTimexes(timeSentences.get(k), sentences.get(i), shift));
        }
      }
      return document();
    }

    NlpDocument document() {
      List<Sentence> out = new ArrayList<>(sentences.size());
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        List<Timex> t = timexes.get(i);
        out.add(new Sentence(s.index(), s.span(), s.tokens(), s.arcs(), t == null ? null : List.copyOf(t)));
      }
      return new NlpDocument(text, region, documentDate, out);
    }
  }

  /**
   * Logs, at DEBUG, the characters the tokenizer dropped: neither in a token nor white space (what
   * CoreNLP's tokenizer would warn about on standard error).
   */
  static void untokenizable(String text, List<CoreLabel> tokens, int shift) {
    int dropped = 0;
    int first = -1;
    int at = 0;
    for (CoreLabel t : tokens) {
      for (int i = at; i < Math.min(t.beginPosition(), text.length()); i++) {
        if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
          dropped++;
          if (first < 0) first = i;
        }
      }
      at = Math.max(at, t.endPosition());
    }
    for (int i = at; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        dropped++;
        if (first < 0) first = i;
      }
    }
    if (dropped > 0) {
      log.debug("the tokenizer dropped {} character(s) it cannot read; the first is U+{} at offset {}", dropped,
          String.format("%04X", (int) text.charAt(first)), first + shift);
    }
  }

  /** How many tokens on each side of a time word SUTime sees. */
  static final int TIME_WINDOW = 7;

  /**
   * The parts of a sentence SUTime runs on: the whole sentence when the plan names no anchor
   * words or the sentence is short, else merged windows of {@link #TIME_WINDOW} tokens around
   * each anchor. SUTime's cost grows with every token it scans; dates are local.
   */
  private static List<CoreMap> timeWindows(Annotation doc, CoreMap core, Sentence s, AnnotationPlan plan) {
    if (plan.timeAnchor() == null || s.size() <= 4 * TIME_WINDOW) return List.of(core);
    List<CoreLabel> toks = core.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    int from = -1;
    int to = -1;
    for (int k = 0; k < s.size(); k++) {
      if (!plan.timeAnchor().test(s.token(k))) continue;
      int a = Math.max(0, k - TIME_WINDOW);
      int b = Math.min(s.size(), k + TIME_WINDOW + 1);
      if (from >= 0 && a <= to) {
        to = Math.max(to, b);
      } else {
        if (from >= 0) out.add(sentenceOf(doc, toks.subList(from, to)));
        from = a;
        to = b;
      }
    }
    if (from >= 0) out.add(sentenceOf(doc, toks.subList(from, to)));
    return out;
  }

  private List<Arc> parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    List<Arc> arcs = new ArrayList<>();
    for (TypedDependency td : gs.typedDependencies()) {
      int dep = td.dep().index() - 1;
      int head = td.gov().index() - 1;
      String rel = head < 0 ? "root" : td.reln().toString();
      arcs.add(new Arc(head, dep, rel));
    }
    return arcs;
  }

  private static List<Timex> toTimexes(CoreMap coreSentence, Sentence sentence, int shift) {
    List<CoreMap> found = coreSentence.get(TimeAnnotations.TimexAnnotations.class);
    List<Timex> out = new ArrayList<>();
    if (found == null) return out;
    for (CoreMap m : found) {
      Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      edu.stanford.nlp.time.Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
      if (b == null || e == null || t == null || e <= b) continue;
      Span span = new Span(b + shift, e + shift);
      int first = -1;
      int end = -1;
      for (Token tok : sentence.tokens()) {
        if (tok.span().overlaps(span)) {
          if (first < 0) first = tok.index();
          end = tok.index() + 1;
        }
      }
      if (first < 0) continue;
      out.add(new Timex(span, first, end, t.timexType() == null ? "DATE" : t.timexType(), t.value()));
    }
    return out;
  }

  private static Sentence toSentence(
      int index, CoreMap s, String text, int shift, List<Arc> arcs, List<Timex> timexes) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      int b = l.beginPosition() + shift;
      int e = l.endPosition() + shift;
      String pos = l.tag() == null ? "NN" : l.tag();
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, new Span(b, e), text.substring(b, e), l.word(), pos, lemma, ner));
    }
    Span span =
        tokens.isEmpty()
            ? new Span(shift, shift)
            : new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    return new Sentence(index, span, tokens, arcs, timexes);
  }

  /** Cuts runs longer than the configured maximum, so that no stage sees an unbounded sentence. */
  private List<CoreMap> splitLongSentences(Annotation doc) {
    List<CoreMap> in = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    if (in == null) return out;
    int max = config.maxSentenceTokens();
    for (CoreMap s : in) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      if (toks == null || toks.isEmpty()) continue;
      if (toks.size() <= max) {
        out.add(s);
        continue;
      }
      for (int from = 0; from < toks.size(); from += max) {
        List<CoreLabel> part = new ArrayList<>(toks.subList(from, Math.min(toks.size(), from + max)));
        out.add(sentenceOf(doc, part));
      }
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap s = out.get(i);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int k = 0; k < toks.size(); k++) {
        toks.get(k).setIndex(k + 1);
        toks.get(k).setSentIndex(i);
      }
    }
    return out;
  }

  private static CoreMap sentenceOf(Annotation doc, List<CoreLabel> tokens) {
    CoreMap s = new ArrayCoreMap();
    tokens = new ArrayList<>(tokens);
    int b = tokens.get(0).beginPosition();
    int e = tokens.get(tokens.size() - 1).endPosition();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
    s.set(CoreAnnotations.TextAnnotation.class, doc.get(CoreAnnotations.TextAnnotation.class).substring(b, e));
    return s;
  }

  /**
   * SUTime's English rules tag a matched date's value with "resolveTo" past or future from the
   * tense around it ({@code VTag}). For weekday and month names the value is a constant shared
   * by every document, so a tag set while reading one article changes how "Monday" resolves in
   * the next one (CoreNLP issue #1061): output then depends on what was read before, and on
   * thread timing. We load the rules without those four rules, which makes SUTime a pure
   * function of its input; the extract stage resolves weekdays itself (latest such day on or
   * before the article's date).
   */
  static String deterministicSuTimeRules() {
    String base = "edu/stanford/nlp/models/sutime/";
    String english;
    try (InputStream in = CoreNlpPipeline.class.getClassLoader().getResourceAsStream(base + "english.sutime.txt")) {
      if (in == null) {
        throw new IllegalStateException("SUTime rules not on the classpath: is the CoreNLP models jar missing?");
      }
      english = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String patched = removeResolveToRules(english);
    try {
      Path file = Files.createTempFile("claimtrack-sutime-", ".txt");
      file.toFile().deleteOnExit();
      Files.writeString(file, patched, StandardCharsets.UTF_8);
      return base + "defs.sutime.txt," + file + "," + base + "english.holidays.sutime.txt";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write SUTime rules to a temporary file", e);
    }
  }

  /** Drops every rule block {@code { ... VTag(..., "resolveTo", ...) }} from a SUTime rules file. */
  static String removeResolveToRules(String rules) {
    StringBuilder out = new StringBuilder(rules.length());
    int i = 0;
    int removed = 0;
    while (i < rules.length()) {
      int tag = rules.indexOf("\"resolveTo\"", i);
      if (tag < 0) {
        out.append(rules, i, rules.length());
        break;
      }
      int open = rules.lastIndexOf("\n  {", tag);
      if (open < i) {
        open = rules.lastIndexOf('{', tag);
      }
      // the rule block closes at the first "}" at line start (after indentation) following the tag
      int close = rules.indexOf("\n  }", tag);
      if (open < i || close < 0) {
        throw new IllegalStateException("unexpected SUTime rules layout near offset " + tag);
      }
      out.append(rules, i, open + 1);
      i = close + 4;
      removed++;
    }
    if (removed != 4) {
      throw new IllegalStateException("expected 4 resolveTo rules in SUTime's English rules, found " + removed);
    }
    return out.toString();
  }
}
