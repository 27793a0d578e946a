package org.claimtrack.places.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.AnnotationPlan;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.NlpPipelines;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;
import org.claimtrack.places.PlaceFinder;
import org.claimtrack.places.Places;
import org.claimtrack.places.PlacesJson;

/**
 * Development loop for the places stage: tags articles once (CoreNLP, cached as TSV), then runs
 * the finder over the cache and writes {@code places --format jsonl} lines, for score_geo.py.
 * Usage: GeoDev IN.jsonl CACHE.tsv OUT.jsonl
 */
public final class GeoDev {
  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]), cache = Path.of(args[1]), out = Path.of(args[2]);
    ObjectMapper json = new ObjectMapper();
    List<String[]> arts = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode a = json.readTree(line);
        arts.add(new String[] {a.get("id").asText(), a.get("text").asText()});
      }
    }
    if (!Files.exists(cache)) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<NlpDocument>> fs = new ArrayList<>();
      for (String[] a : arts) {
        fs.add(pool.submit(() -> NlpPipelines.shared().annotate(a[1], new Span(0, a[1].length()), null, AnnotationPlan.tagsOnly())));
      }
      try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
        for (int i = 0; i < arts.size(); i++) {
          NlpDocument d = fs.get(i).get();
          w.write("#" + i + "\n");
          for (Sentence s : d.sentences()) {
            w.write("S\t" + s.span().start() + "\t" + s.span().end() + "\n");
            for (Token t : s.tokens()) {
              w.write(t.start() + "\t" + t.end() + "\t" + t.pos() + "\t" + t.ner() + "\t" + t.word().replace('\t', ' ').replace('\n', ' ') + "\n");
            }
          }
        }
      }
      pool.shutdown();
    }
    List<NlpDocument> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
      String text = null;
      List<Sentence> sents = null;
      List<Token> toks = null;
      Span sspan = null;
      int idx = -1;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) {
          if (text != null) {
            if (toks != null) sents.add(new Sentence(sents.size(), sspan, toks, null, null));
            docs.add(new NlpDocument(text, new Span(0, text.length()), null, sents));
          }
          idx = Integer.parseInt(line.substring(1));
          text = arts.get(idx)[1];
          sents = new ArrayList<>();
          toks = null;
        } else if (line.startsWith("S\t")) {
          if (toks != null) sents.add(new Sentence(sents.size(), sspan, toks, null, null));
          String[] f = line.split("\t");
          sspan = new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
          toks = new ArrayList<>();
        } else {
          String[] f = line.split("\t", 5);
          Span sp = new Span(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
          toks.add(new Token(toks.size(), sp, sp.of(text), f[4], f[2], f[4].toLowerCase(), f[3]));
        }
      }
      if (toks != null) sents.add(new Sentence(sents.size(), sspan, toks, null, null));
      docs.add(new NlpDocument(text, new Span(0, text.length()), null, sents));
    }
    PlaceFinder finder = Places.standard();
    long t0 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs.size(); i++) {
        w.write(PlacesJson.line(arts.get(i)[0], finder.find(docs.get(i))));
        w.write('\n');
      }
    }
    System.err.printf("GeoDev: %d articles, finder %.2f ms/article%n", docs.size(), (System.nanoTime() - t0) / 1e6 / docs.size());
  }
}
