package org.claimtrack.eval.attribution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.AnnotationPlan;
import org.claimtrack.nlp.Arc;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.NlpPipeline;
import org.claimtrack.nlp.NlpPipelines;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Timex;
import org.claimtrack.nlp.Token;

/**
 * A developer's pipeline for tuning rules on a fixed set of texts: the first run annotates each
 * text with every sentence parsed (time tagging as the plan asks) and keeps the result in a
 * folder; later runs read it back and drop the parse of each sentence the plan would not parse,
 * so the extractor sees what CoreNLP would give it (CoreNLP parses and tags each sentence on its
 * own) without loading CoreNLP. Not a test, and never used by the product.
 */
final class CachedParses implements NlpPipeline {
  private final Path dir;
  private NlpPipeline real;
  /** Sentences and tokens seen, and those the plans asked to parse. */
  final java.util.concurrent.atomic.AtomicLong sentences = new java.util.concurrent.atomic.AtomicLong();
  final java.util.concurrent.atomic.AtomicLong parsedSentences = new java.util.concurrent.atomic.AtomicLong();
  final java.util.concurrent.atomic.AtomicLong tokens = new java.util.concurrent.atomic.AtomicLong();
  final java.util.concurrent.atomic.AtomicLong parsedTokens = new java.util.concurrent.atomic.AtomicLong();

  CachedParses(Path dir) {
    this.dir = dir;
  }

  @Override
  public String name() {
    return NlpPipelines.sharedName();
  }

  @Override
  public NlpDocument annotate(String text, Span region, LocalDate documentDate, AnnotationPlan plan) {
    Path f = dir.resolve(key(text, region, documentDate) + ".bin");
    NlpDocument full;
    try {
      if (Files.isRegularFile(f)) {
        full = read(f);
      } else {
        synchronized (this) {
          if (real == null) real = NlpPipelines.shared();
        }
        full = real.annotate(text, region, documentDate,
            new AnnotationPlan(s -> true, plan.time(), plan.timeAnchor()));
        Files.createDirectories(dir);
        write(full, f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : full.sentences()) {
      Sentence tagged = new Sentence(s.index(), s.span(), s.tokens(), null, s.timexes());
      boolean parse = s.isParsed() && plan.parse().test(tagged);
      sentences.incrementAndGet();
      tokens.addAndGet(s.size());
      if (parse) {
        parsedSentences.incrementAndGet();
        parsedTokens.addAndGet(s.size());
      }
      out.add(parse ? s : tagged);
    }
    return new NlpDocument(text, region, documentDate, out);
  }

  private static String key(String text, Span region, LocalDate date) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((text + "\u0000" + region + "\u0000" + date).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(NlpDocument d, Path f) throws IOException {
    Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
    try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
      o.writeInt(d.sentences().size());
      for (Sentence s : d.sentences()) {
        o.writeInt(s.index());
        o.writeInt(s.span().start());
        o.writeInt(s.span().end());
        o.writeInt(s.tokens().size());
        for (Token t : s.tokens()) {
          o.writeInt(t.start());
          o.writeInt(t.end());
          o.writeUTF(t.text());
          o.writeUTF(t.word());
          o.writeUTF(t.pos());
          o.writeUTF(t.lemma());
          o.writeUTF(t.ner());
        }
        o.writeInt(s.arcs() == null ? -1 : s.arcs().size());
        if (s.arcs() != null) {
          for (Arc a : s.arcs()) {
            o.writeInt(a.head());
            o.writeInt(a.dependent());
            o.writeUTF(a.relation());
          }
        }
        o.writeInt(s.timexes() == null ? -1 : s.timexes().size());
        if (s.timexes() != null) {
          for (Timex t : s.timexes()) {
            o.writeInt(t.span().start());
            o.writeInt(t.span().end());
            o.writeInt(t.firstToken());
            o.writeInt(t.endToken());
            o.writeUTF(t.type());
            o.writeUTF(t.value() == null ? "\u0000" : t.value());
          }
        }
      }
    }
    Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static NlpDocument read(Path f) throws IOException {
    List<Sentence> out = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        int index = in.readInt();
        Span span = new Span(in.readInt(), in.readInt());
        int nt = in.readInt();
        List<Token> toks = new ArrayList<>(nt);
        for (int k = 0; k < nt; k++) {
          Span ts = new Span(in.readInt(), in.readInt());
          toks.add(new Token(k, ts, in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF()));
        }
        int na = in.readInt();
        List<Arc> arcs = null;
        if (na >= 0) {
          arcs = new ArrayList<>(na);
          for (int k = 0; k < na; k++) arcs.add(new Arc(in.readInt(), in.readInt(), in.readUTF()));
        }
        int nx = in.readInt();
        List<Timex> tx = null;
        if (nx >= 0) {
          tx = new ArrayList<>(nx);
          for (int k = 0; k < nx; k++) {
            Span ts = new Span(in.readInt(), in.readInt());
            int a = in.readInt();
            int b = in.readInt();
            String type = in.readUTF();
            String value = in.readUTF();
            tx.add(new Timex(ts, a, b, type, value.equals("\u0000") ? null : value));
          }
        }
        out.add(new Sentence(index, span, toks, arcs, tx));
      }
    }
    // text, region and date are the caller's; the caller rebuilds the document
    return new NlpDocument("", new Span(0, 0), null, out);
  }
}
