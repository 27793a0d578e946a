package org.claimtrack.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A binary copy of a loaded dependency parser: the model's words, tags, labels and weights, and
 * the hidden-layer table CoreNLP precomputes from them at every load (20,000 vectors of 200
 * doubles, a second or two of CPU on a cold JVM, the largest part of the parser's start). The
 * table is a pure function of the model and CoreNLP's code, so it is kept as CoreNLP computed it,
 * bit for bit, and read back in a fraction of the time: a parser read from here is the parser
 * {@link ParserModelLoader#fast} makes ({@code ParserModelCacheTest} compares every field).
 *
 * <p>A cache file is named by the model's identity (its jar entry's CRC-32 and size, or its file's
 * size and modification time, and the CoreNLP jar's), which is known without reading the model;
 * the file holds that identity in full and a CRC-32C of its contents, so a file of another model,
 * a truncated or a damaged one is never used: it is read again from the model and written anew.
 * Written to a temporary file and moved into place, so processes sharing the directory never see
 * half a file ({@link ModelCacheFile}). A directory that cannot be written only costs the next
 * start its time.
 */
final class ParserModelCache {
  private static final Logger log = LoggerFactory.getLogger(ParserModelCache.class);
  private static final long MAGIC = 0x4354_5041_5253_4552L; // "CTPARSER"
  /** Changes whenever the layout below changes. */
  private static final int FORMAT = 1;

  private final Path dir;

  ParserModelCache(Path dir) {
    this.dir = dir;
  }

  /**
   * What identifies {@code model}'s bytes and the code that computes its table, without reading
   * the model; empty when the model cannot be identified that way (a URL, say): then no cache.
   */
  static Optional<String> identity(String model) {
    return ModelCacheFile.identity(model, DependencyParser.class).map(id -> "format " + FORMAT + "\n" + id);
  }

  /** The cache file of a model of this identity. */
  Path fileOf(String identity) {
    return ModelCacheFile.fileOf(dir, "parser-", identity);
  }

  /** The parser kept for this identity; empty when there is none or it is not whole. */
  Optional<DependencyParser> read(String identity) {
    Path f = fileOf(identity);
    if (!Files.isRegularFile(f)) return Optional.empty();
    try {
      ByteBuffer b = ModelCacheFile.open(f, MAGIC, FORMAT, identity);
      int nWords = b.getInt();
      int nTags = b.getInt();
      int nLabels = b.getInt();
      int embedding = b.getInt();
      int hidden = b.getInt();
      int w1Columns = b.getInt();
      int w2Rows = b.getInt();
      int nPre = b.getInt();
      int nSaved = b.getInt();
      // sizes are checked against what the file holds before anything that size is made
      for (int n : new int[] {nWords, nTags, nLabels, embedding, hidden, w1Columns, w2Rows, nPre, nSaved}) {
        if (n < 0) throw new IOException("a negative size");
      }
      long numbers = 4L * nPre + 4L * (nWords + (long) nTags + nLabels) * embedding + 4L * hidden * w1Columns
          + 4L * hidden + 4L * w2Rows * hidden + 8L * nSaved * hidden;
      if (numbers > b.remaining()) throw new IOException("sizes larger than the file");
      List<String> words = strings(b, nWords);
      List<String> tags = strings(b, nTags);
      List<String> labels = strings(b, nLabels);
      List<Integer> preComputed = new ArrayList<>(nPre);
      for (int i = 0; i < nPre; i++) preComputed.add(b.getInt());
      float[][] e = floats(b, nWords + nTags + nLabels, embedding);
      float[][] w1 = floats(b, hidden, w1Columns);
      float[] b1 = floats(b, 1, hidden)[0];
      float[][] w2 = floats(b, w2Rows, hidden);
      double[][] saved = new double[nSaved][hidden];
      for (double[] row : saved) {
        b.asDoubleBuffer().get(row);
        b.position(b.position() + hidden * Double.BYTES);
      }
      if (b.remaining() != 0) throw new IOException(b.remaining() + " bytes left over");
      DependencyParser parser = ParserModelLoader.assemble(new DependencyParser(new Properties()), words, tags, labels,
          embedding, hidden, e, w1, b1, w2, preComputed, saved);
      return Optional.of(parser);
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      log.info("parser cache {} not used ({}); the model is read instead", f, e.toString());
      return Optional.empty();
    }
  }

  /** Keeps {@code parser} (a parser just loaded from the model of this identity) for the next start. */
  void write(String identity, DependencyParser parser) {
    Path f = fileOf(identity);
    try {
      @SuppressWarnings("unchecked")
      List<String> words = (List<String>) ParserModelLoader.get(parser, "knownWords");
      @SuppressWarnings("unchecked")
      List<String> tags = (List<String>) ParserModelLoader.get(parser, "knownPos");
      @SuppressWarnings("unchecked")
      List<String> labels = (List<String>) ParserModelLoader.get(parser, "knownLabels");
      @SuppressWarnings("unchecked")
      List<Integer> preComputed = (List<Integer>) ParserModelLoader.get(parser, "preComputed");
      Classifier c = (Classifier) ParserModelLoader.get(parser, "classifier");
      double[][] saved = (double[][]) ParserModelLoader.get(c, "saved");
      float[][] e = c.getE();
      float[][] w1 = c.getW1();
      float[][] w2 = c.getW2();
      float[] b1 = c.getb1();
      int hidden = b1.length;
      int embedding = e[0].length;
      if (e.length != words.size() + tags.size() + labels.size()) throw new IOException("embeddings do not match the words");
      ModelCacheFile.write(f, "parser-", MAGIC, FORMAT, identity, out -> {
        for (int n : new int[] {words.size(), tags.size(), labels.size(), embedding, hidden, w1[0].length, w2.length,
            preComputed.size(), saved.length}) {
          out.putInt(n);
        }
        for (List<String> l : List.of(words, tags, labels)) for (String s : l) out.putString(s);
        for (int p : preComputed) out.putInt(p);
        for (float[] row : e) out.putFloats(row, embedding);
        for (float[] row : w1) out.putFloats(row, w1[0].length);
        out.putFloats(b1, hidden);
        for (float[] row : w2) out.putFloats(row, hidden);
        for (double[] row : saved) out.putDoubles(row, hidden);
      });
      log.info("parser kept in {} for the next start", f);
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      log.info("cannot keep the parser in {} ({}); the next start reads the model again", f, e.toString());
    }
  }

  private static List<String> strings(ByteBuffer b, int n) throws IOException {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(ModelCacheFile.string(b));
    return out;
  }

  private static float[][] floats(ByteBuffer b, int rows, int columns) {
    float[][] out = new float[rows][columns];
    for (float[] row : out) {
      b.asFloatBuffer().get(row);
      b.position(b.position() + columns * Float.BYTES);
    }
    return out;
  }
}
