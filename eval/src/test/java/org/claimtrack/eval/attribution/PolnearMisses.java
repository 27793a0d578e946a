package org.claimtrack.eval.attribution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.extract.ExtractorConfig;

/**
 * A developer's look at what the extractor gets wrong on polnear-dev (the dev split only): the
 * suite's scores (as {@code claimtrack eval --only polnear} prints them), then, in a folder, the
 * gold attributions no prediction matches ({@code missed.txt}, counted by cue word), the
 * predictions no gold matches ({@code fp.txt}, counted by rule), and matched pairs whose source
 * or content spans differ ({@code source.txt}, {@code content.txt}). Parses are cached
 * ({@link CachedParses}), so a rerun after a rule change takes seconds. Not a test.
 *
 * <p>Run after {@code mvn -o -q -pl extract,eval -am test-compile}, with the eval and extract
 * classes and the cli's class path: {@code java -cp ... PolnearMisses [OUT_DIR] [CACHE_DIR]}.
 */
public final class PolnearMisses {

  record Pred(Span source, Span cue, Span content, String rule) {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "/tmp/pn");
    Path cachePath = Path.of(args.length > 1 ? args[1] : "/tmp/pn-cache");
    Files.createDirectories(out);
    List<PolnearArticle> articles = PolnearReader.read(SharedEval.dir());
    String grep = System.getProperty("grep");
    if (grep != null) {
      CachedParses c = new CachedParses(cachePath);
      for (PolnearArticle a : articles) {
        org.claimtrack.nlp.NlpDocument d = c.annotate(a.text(), new Span(0, a.text().length()), a.published(),
            new org.claimtrack.nlp.AnnotationPlan(x -> true, x -> false));
        for (org.claimtrack.nlp.Sentence s : d.sentences()) {
          if (s.span().of(a.text()).contains(grep)) System.out.println(hand(s));
        }
      }
      System.exit(0);
    }
    String only = System.getProperty("article");
    if (only != null) articles = articles.stream().filter(a -> a.id().startsWith(only)).toList();
    CachedParses parses = new CachedParses(cachePath);
    ClaimExtractor ex = ClaimExtractors.create(ExtractorConfig.DEFAULT, parses);
    List<List<Pred>> preds = ParallelDocs.mapInOrder(articles, 2, a -> predict(ex, a));
    System.out.printf("parsed %d of %d sentences, %d of %d tokens (%.1f %%)%n", parses.parsedSentences.get(),
        parses.sentences.get(), parses.parsedTokens.get(), parses.tokens.get(),
        100.0 * parses.parsedTokens.get() / parses.tokens.get());
    AttributionScores total = AttributionScores.ZERO;
    for (int i = 0; i < articles.size(); i++) {
      PolnearArticle a = articles.get(i);
      List<PredictedAttribution> p = new ArrayList<>();
      for (Pred x : preds.get(i)) p.add(new PredictedAttribution(x.source(), x.cue(), x.content()));
      total = total.plus(AttributionScorer.score(a.text(), a.attributions(), p));
    }
    System.out.printf("source exact  F1 %.3f  P %.3f R %.3f  (%s)%n", total.sourceExact().f1(),
        total.sourceExact().precision(), total.sourceExact().recall(), total.sourceExact());
    System.out.printf("source overl  F1 %.3f  P %.3f R %.3f%n", total.sourceOverlap().f1(),
        total.sourceOverlap().precision(), total.sourceOverlap().recall());
    System.out.printf("cue exact     F1 %.3f  P %.3f R %.3f%n", total.cueExact().f1(), total.cueExact().precision(),
        total.cueExact().recall());
    System.out.printf("content exact F1 %.3f  P %.3f R %.3f%n", total.contentExact().f1(),
        total.contentExact().precision(), total.contentExact().recall());
    System.out.printf("content overl F1 %.3f  P %.3f R %.3f  (%s)%n", total.contentOverlap().f1(),
        total.contentOverlap().precision(), total.contentOverlap().recall(), total.contentOverlap());
    System.out.printf("attribution   F1 %.3f  P %.3f R %.3f%n", total.attribution().f1(),
        total.attribution().precision(), total.attribution().recall());

    Map<String, Integer> missedByCue = new TreeMap<>();
    Map<String, Integer> shapes = new TreeMap<>();
    Map<String, Integer> lemmas = new TreeMap<>();
    CachedParses cache = new CachedParses(cachePath);
    Map<String, Integer> fpByRule = new TreeMap<>();
    Map<String, Integer> tpByRule = new TreeMap<>();
    StringBuilder missed = new StringBuilder();
    StringBuilder fp = new StringBuilder();
    StringBuilder tps = new StringBuilder();
    StringBuilder src = new StringBuilder();
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      PolnearArticle a = articles.get(i);
      String text = a.text();
      List<GoldAttribution> gold = a.attributions();
      List<Pred> pred = new ArrayList<>(preds.get(i));
      List<SpanMatching.Match> m = SpanMatching.greedy(gold.size(), pred.size(), (gi, pi) -> {
        int c = gold.get(gi).content().overlap(pred.get(pi).content());
        if (c == 0) return 0;
        Extent gc = gold.get(gi).cue();
        if (gc == null) return c;
        if (pred.get(pi).cue() == null) return 0;
        int q = gc.overlap(pred.get(pi).cue());
        return q == 0 ? 0 : c + q;
      });
      boolean[] gm = new boolean[gold.size()];
      boolean[] pm = new boolean[pred.size()];
      for (SpanMatching.Match x : m) {
        gm[x.gold()] = true;
        pm[x.predicted()] = true;
        GoldAttribution g = gold.get(x.gold());
        Pred p = pred.get(x.predicted());
        tpByRule.merge(p.rule(), 1, Integer::sum);
        tps.append(a.id()).append(' ').append(p.rule()).append(" cue [").append(p.cue() == null ? "-" : flat(p.cue().of(text)))
            .append("] src [").append(p.source() == null ? "-" : flat(p.source().of(text))).append("] content [")
            .append(clip(p.content().of(text))).append("]\n");
        Span gs = g.source() == null ? null : SpanTrim.trim(g.source().cover(), text);
        Span ps = p.source() == null ? null : SpanTrim.trim(p.source(), text);
        if (gs != null && !gs.equals(ps)) {
          src.append(a.id()).append(' ').append(p.rule()).append("\n  gold [").append(gs.of(text)).append("]\n  pred [")
              .append(ps == null ? "-" : ps.of(text)).append("]  cue [").append(g.cue() == null ? "-" : g.cue().cover().of(text))
              .append("]\n");
        }
        Span gcn = SpanTrim.trim(g.content().cover(), text);
        Span pcn = SpanTrim.trim(p.content(), text);
        if (!gcn.equals(pcn)) {
          content.append(a.id()).append(' ').append(p.rule()).append(" cue [")
              .append(g.cue() == null ? "-" : g.cue().cover().of(text)).append("]\n  gold ").append(frag(g.content(), text))
              .append("\n  pred [").append(clip(pcn.of(text))).append("]\n");
        }
      }
      for (int gi = 0; gi < gold.size(); gi++) {
        if (gm[gi]) continue;
        GoldAttribution g = gold.get(gi);
        String cue = g.cue() == null ? "(none)" : flat(g.cue().cover().of(text)).toLowerCase();
        missedByCue.merge(cue, 1, Integer::sum);
        String shape = shape(cache, a, g);
        shapes.merge(shape.substring(0, shape.indexOf(' ', shape.indexOf(' ') + 1) < 0 ? shape.length() : shape.indexOf(' ', shape.indexOf(' ') + 1)), 1, Integer::sum);
        lemmas.merge(shape, 1, Integer::sum);
        missed.append(a.id()).append(' ').append(g.id()).append(" {").append(shape).append("} cue [").append(cue).append("] src [")
            .append(g.source() == null ? "-" : flat(g.source().cover().of(text))).append("]\n  content ")
            .append(frag(g.content(), text)).append("\n  ctx [").append(clip(context(text, g))).append("]\n");
        for (Pred p : pred) {
          if (g.content().overlap(p.content()) > 0) {
            missed.append("  near ").append(p.rule()).append(" cue [").append(p.cue() == null ? "-" : p.cue().of(text))
                .append("] src [").append(p.source() == null ? "-" : p.source().of(text)).append("]\n");
          }
        }
      }
      for (int pi = 0; pi < pred.size(); pi++) {
        if (pm[pi]) continue;
        Pred p = pred.get(pi);
        fpByRule.merge(p.rule(), 1, Integer::sum);
        fp.append(a.id()).append(' ').append(p.rule()).append(" cue [").append(p.cue() == null ? "-" : p.cue().of(text))
            .append("] src [").append(p.source() == null ? "-" : p.source().of(text)).append("]\n  content [")
            .append(clip(p.content().of(text))).append("]\n");
      }
    }
    if (only != null) {
      for (int i = 0; i < articles.size(); i++) {
        PolnearArticle a = articles.get(i);
        for (GoldAttribution g : a.attributions()) {
          System.out.println("GOLD " + g.content().cover().start() + " " + g.id() + " src [" + (g.source() == null ? "-"
              : flat(g.source().cover().of(a.text()))) + "] cue [" + (g.cue() == null ? "-" : flat(g.cue().cover().of(a.text())))
              + "] " + frag(g.content(), a.text()));
        }
        for (Pred p : preds.get(i)) {
          System.out.println("PRED " + p.content().start() + " " + p.rule() + " src [" + (p.source() == null ? "-"
              : p.source().of(a.text())) + "] cue [" + (p.cue() == null ? "-" : p.cue().of(a.text())) + "] ["
              + clip(p.content().of(a.text())) + "]");
        }
      }
    }
    write(out.resolve("missed.txt"), counts(missedByCue) + "\n" + missed);
    write(out.resolve("shapes.txt"), "missed by cue shape (head POS, word lists, relation)\n" + counts(shapes)
        + "\nby shape and lemma\n" + counts(lemmas));
    write(out.resolve("fp.txt"), counts(fpByRule) + "\n" + fp);
    write(out.resolve("source.txt"), src.toString());
    write(out.resolve("tp.txt"), tps.toString());
    write(out.resolve("content.txt"), content.toString());
    write(out.resolve("rules.txt"), "true positives by rule\n" + counts(tpByRule) + "\nfalse positives by rule\n"
        + counts(fpByRule));
    System.out.println("wrote " + out + "/{missed,fp,source,content,rules}.txt");
    System.exit(0);
  }

  static List<Pred> predict(ClaimExtractor ex, PolnearArticle a) {
    String text = a.text();
    org.claimtrack.domain.Article art = new org.claimtrack.domain.Article(a.id(), a.id(), text,
        new Span(0, text.length()), null, null, a.published(), null, org.claimtrack.ingest.ArticleHash.of(text));
    Result<ArticleClaims> r = ex.extract(art);
    List<Pred> out = new ArrayList<>();
    if (r instanceof Result.Ok<ArticleClaims> ok) {
      for (List<Claim> g : org.claimtrack.eval.Systems.attributionGroups(ok.value().claims())) {
        Claim first = g.get(0);
        Span content = first.span();
        String rule = rule(first);
        for (Claim c : g) {
          content = content.union(c.span());
          if (c.cueSpan() == null && first.cueSpan() != null) rule = rule(first) + "+" + rule(c);
        }
        out.add(new Pred(first.sourceSpan(), first.cueSpan(), content, rule));
      }
    }
    return out;
  }

  private static String rule(Claim c) {
    for (String st : c.provenance().stages()) {
      int k = st.indexOf(':');
      if (st.startsWith("attribution") && k > 0) return st.substring(k + 1);
    }
    for (String st : c.provenance().stages()) {
      if (!st.startsWith("corenlp") && !st.startsWith("attribution") && !st.startsWith("source")
          && !st.startsWith("quantity") && !st.startsWith("time") && !st.startsWith("hedge")) return st;
    }
    return String.join(",", c.provenance().stages());
  }

  /**
   * The shape of a gold attribution's cue: the part of speech of its head word (a verb if it has
   * one, else a noun, else its first word), the cue lists its lemma is in, its relation in the
   * full parse, and its lemma.
   */
  static String shape(CachedParses cache, PolnearArticle a, GoldAttribution g) {
    String text = a.text();
    if (g.cue() == null) return "NOCUE - - -";
    org.claimtrack.nlp.NlpDocument d = cache.annotate(text, new Span(0, text.length()), a.published(),
        new org.claimtrack.nlp.AnnotationPlan(s -> true, s -> false));
    Span cue = g.cue().cover();
    for (org.claimtrack.nlp.Sentence s : d.sentences()) {
      if (!s.span().overlaps(cue)) continue;
      List<Integer> toks = s.tokensIn(cue);
      if (toks.isEmpty()) continue;
      int head = -1;
      for (int k : toks) {
        if (s.token(k).isVerb() && !s.token(k).pos().equals("MD")) head = k;
      }
      if (head < 0) {
        for (int k : toks) {
          if (s.token(k).isNoun()) {
            head = k;
            break;
          }
        }
      }
      if (head < 0) head = toks.get(0);
      org.claimtrack.nlp.Token t = s.token(head);
      String lemma = org.claimtrack.extract.Lexicon.lower(t.lemma());
      String pos = t.isVerb() ? "V" : t.isNoun() ? "N" : t.pos().equals("IN") || t.pos().equals("TO") ? "P"
          : t.pos().startsWith("JJ") ? "J" : t.isPunct() ? "PUNCT" : "O:" + t.pos();
      if (t.isVerb()) pos += t.pos().equals("VBG") ? "g" : t.pos().equals("VBN") ? "n" : "";
      String lists = "";
      if (org.claimtrack.extract.Lexicon.SPEECH_VERBS.contains(lemma)) lists += "sp";
      if (org.claimtrack.extract.Lexicon.COGNITION_VERBS.contains(lemma)) lists += "cg";
      if (org.claimtrack.extract.Lexicon.EVIDENCE_VERBS.contains(lemma)) lists += "ev";
      if (org.claimtrack.extract.Lexicon.STANCE_VERBS.contains(lemma)) lists += "st";
      if (lists.isEmpty()) lists = "-";
      String rel = s.isParsed() ? s.graph().relation(head) : "?";
      String crel = relationTo(s, head, g.content());
      String srel = g.source() == null ? "nosrc" : relationTo(s, head, g.source());
      return pos + " " + lists + " " + rel + " c=" + crel + " s=" + srel + " " + lemma;
    }
    return "NOSENT - - -";
  }

  /** How the head of {@code e} (its first fragment's) hangs on the cue head {@code v}: "obj", "^ccomp" (the cue hangs on it), "far". */
  static String relationTo(org.claimtrack.nlp.Sentence s, int v, Extent e) {
    if (!s.isParsed()) return "?";
    org.claimtrack.nlp.DependencyGraph g = s.graph();
    List<Integer> toks = new ArrayList<>();
    for (Span f : e.fragments()) toks.addAll(s.tokensIn(f));
    if (toks.isEmpty()) return "out";
    java.util.Set<Integer> in = new java.util.HashSet<>(toks);
    int h = -1;
    for (int k : toks) {
      if (!in.contains(g.head(k))) {
        h = k;
        break;
      }
    }
    if (h < 0) return "cycle";
    if (in.contains(v)) return "incl";
    if (g.head(h) == v) {
      String r = g.relation(h);
      if (r.equals("obl") || r.equals("nmod")) {
        int c = g.firstChild(h, "case");
        if (c >= 0) r += "_" + org.claimtrack.extract.Lexicon.lower(s.token(c).text());
      }
      return r;
    }
    if (g.head(v) == h) return "^" + g.relation(v);
    if (g.head(v) >= 0 && g.head(g.head(v)) == h) return "^^" + g.relation(g.head(v)) + "/" + g.relation(v);
    if (g.head(h) >= 0 && g.head(g.head(h)) == v) return "__" + g.relation(g.head(h)) + "/" + g.relation(h);
    return "far";
  }

  /** A sentence in {@code Hand}'s notation: tagged tokens, then its dependencies. */
  static String hand(org.claimtrack.nlp.Sentence s) {
    StringBuilder b = new StringBuilder();
    for (org.claimtrack.nlp.Token t : s.tokens()) {
      b.append(t.text()).append('/').append(t.pos());
      if (!t.lemma().equals(t.text().toLowerCase(java.util.Locale.ROOT))) b.append('/').append(t.lemma());
      if (!t.ner().equals("O")) b.append('@').append(t.ner());
      b.append(' ');
    }
    b.append('\n');
    if (s.isParsed()) {
      org.claimtrack.nlp.DependencyGraph g = s.graph();
      for (int i = 0; i < s.size(); i++) {
        int h = g.head(i);
        b.append(g.relation(i)).append('(').append(h < 0 ? "ROOT" : s.token(h).text()).append('-').append(h + 1)
            .append(", ").append(s.token(i).text()).append('-').append(i + 1).append(") ");
      }
    }
    return b.append('\n').toString();
  }

  private static String context(String text, GoldAttribution g) {
    Span c = g.content().cover();
    int b = c.start();
    int e = c.end();
    for (Extent x : new Extent[] {g.source(), g.cue()}) {
      if (x != null) {
        b = Math.min(b, x.cover().start());
        e = Math.max(e, x.cover().end());
      }
    }
    return text.substring(Math.max(0, b - 40), Math.min(text.length(), e + 20));
  }

  private static String frag(Extent e, String text) {
    StringBuilder b = new StringBuilder();
    for (Span f : e.fragments()) b.append('[').append(clip(f.of(text))).append(']');
    return b.toString();
  }

  private static String clip(String s) {
    s = flat(s);
    return s.length() <= 300 ? s : s.substring(0, 140) + " ... " + s.substring(s.length() - 140);
  }

  private static String flat(String s) {
    return s.replace('\n', ' ');
  }

  private static String counts(Map<String, Integer> m) {
    List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
    l.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    StringBuilder b = new StringBuilder();
    int sum = 0;
    for (Map.Entry<String, Integer> e : l) sum += e.getValue();
    b.append("total ").append(sum).append('\n');
    for (Map.Entry<String, Integer> e : l) b.append(String.format("%5d  %s%n", e.getValue(), e.getKey()));
    return b.toString();
  }

  private static void write(Path f, String s) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(f))) {
      w.print(s);
    }
  }
}
