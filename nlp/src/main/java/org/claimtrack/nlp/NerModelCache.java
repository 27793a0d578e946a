package org.claimtrack.nlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ie.crf.CrfParts;
import edu.stanford.nlp.ie.crf.LabelDictionary;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A binary copy of a loaded names model (CoreNLP's CRF): its feature index, weights, known
 * lower-case words and distributional-similarity lexicon, the bulk of it, in a plain layout, and
 * the rest (label indices, flags, feature factories: small objects) in Java serialization as
 * CoreNLP keeps them. Reading CoreNLP's model is Java serialization of all of it, one object at a
 * time (1.5 s of CPU on a quiet machine, 2–6 s of wall time among the other models' loads, and
 * a JIT's worth of compilations of the serialization code), the last model to be ready at
 * start-up; this reads it back in a fraction of that. The classifier made from here is the one
 * CoreNLP makes ({@link CrfParts#assemble}; {@code NerModelCacheTest} compares the two through
 * every object they reach).
 *
 * <p>Named, checked, written and cleaned up as {@link ParserModelCache}'s files are ({@link
 * ModelCacheFile}): a file of another model, a truncated or a damaged one is never used.
 */
final class NerModelCache {
  private static final Logger log = LoggerFactory.getLogger(NerModelCache.class);
  private static final long MAGIC = 0x4354_4E45_5243_5246L; // "CTNERCRF"
  /** Changes whenever the layout below changes. */
  private static final int FORMAT = 1;
  private static final String PREFIX = "ner-";

  private final Path dir;

  NerModelCache(Path dir) {
    this.dir = dir;
  }

  /** What identifies {@code model}'s bytes and the code that reads it; empty when it cannot be known without reading it. */
  static Optional<String> identity(String model) {
    return ModelCacheFile.identity(model, CRFClassifier.class).map(id -> "crf format " + FORMAT + "\n" + id);
  }

  Path fileOf(String identity) {
    return ModelCacheFile.fileOf(dir, PREFIX, identity);
  }

  /**
   * The classifier {@code CRFClassifier.getClassifier(model, props)} makes, from this cache or from
   * the model (then kept here for the next start). {@code props} must be empty (what CoreNLP's
   * names annotator passes without pass-down properties): other properties change the flags after
   * they are read, and the cache keeps them as read.
   */
  static CRFClassifier<CoreLabel> load(String model, Properties props, Path cache) throws IOException, ClassNotFoundException {
    Optional<String> identity = cache == null || !props.isEmpty() ? Optional.empty() : identity(model);
    if (identity.isEmpty()) return CRFClassifier.getClassifier(model, props);
    NerModelCache kept = new NerModelCache(cache);
    Optional<CRFClassifier<CoreLabel>> cached = kept.read(identity.get(), model, props);
    if (cached.isPresent()) return cached.get();
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model, props);
    kept.write(identity.get(), crf);
    return crf;
  }

  /** The classifier kept for this identity; empty when there is none or it is not whole. */
  Optional<CRFClassifier<CoreLabel>> read(String identity, String model, Properties props) {
    Path f = fileOf(identity);
    if (!Files.isRegularFile(f)) return Optional.empty();
    try {
      ByteBuffer b = ModelCacheFile.open(f, MAGIC, FORMAT, identity);
      int blob = b.getInt();
      if (blob < 0 || blob > b.remaining()) throw new IOException("a part of " + blob + " bytes");
      byte[] bytes = new byte[blob];
      b.get(bytes);
      List<Index<CRFLabel>> labelIndices;
      Index<String> classIndex;
      SeqClassifierFlags flags;
      List<FeatureFactory<CoreLabel>> factories;
      int windowSize;
      LabelDictionary labelDictionary;
      boolean featuresLocked;
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        labelIndices = cast(in.readObject());
        classIndex = cast(in.readObject());
        flags = (SeqClassifierFlags) in.readObject();
        factories = cast(in.readObject());
        windowSize = in.readInt();
        labelDictionary = (LabelDictionary) in.readObject();
        featuresLocked = in.readBoolean();
      }
      int nFeatures = size(b, 4);
      List<String> features = new ArrayList<>(nFeatures);
      for (int i = 0; i < nFeatures; i++) features.add(ModelCacheFile.string(b));
      HashIndex<String> featureIndex = new HashIndex<>(features);
      if (featureIndex.size() != nFeatures) throw new IOException("a feature twice");
      if (featuresLocked) featureIndex.lock();
      int rows = size(b, 4);
      float[][] weights = new float[rows][];
      for (int i = 0; i < rows; i++) {
        weights[i] = new float[size(b, 4)];
        b.asFloatBuffer().get(weights[i]);
        b.position(b.position() + weights[i].length * Float.BYTES);
      }
      int nWords = size(b, 4);
      Set<String> words = new HashSet<>(Math.max(16, (int) (nWords / 0.75f) + 1));
      for (int i = 0; i < nWords; i++) words.add(ModelCacheFile.string(b));
      MaxSizeConcurrentHashSet<String> knownLCWords = new MaxSizeConcurrentHashSet<>(words);
      knownLCWords.setMaxSize(b.getInt());
      if (factories.size() != b.getInt()) throw new IOException("feature factories differ");
      for (FeatureFactory<CoreLabel> ff : factories) {
        int nValues = b.getInt();
        if (nValues < 0) continue; // this factory has no lexicon
        String[] values = new String[fits(b, nValues, 4)];
        for (int i = 0; i < values.length; i++) values[i] = ModelCacheFile.string(b);
        int n = size(b, 8);
        Map<String, String> lexicon = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
        for (int i = 0; i < n; i++) {
          String word = ModelCacheFile.string(b);
          int v = b.getInt();
          if (v < 0 || v >= values.length) throw new IOException("a lexicon class out of range");
          lexicon.put(word, values[v]);
        }
        if (!(ff instanceof NERFeatureFactory)) throw new IOException("a lexicon for a " + ff.getClass().getName());
        lexicon().set(ff, lexicon);
      }
      if (b.remaining() != 0) throw new IOException(b.remaining() + " bytes left over");
      CrfParts.State state = new CrfParts.State(labelIndices, classIndex, featureIndex, flags, factories, windowSize,
          weights, knownLCWords, labelDictionary);
      return Optional.of(CrfParts.assemble(state, props, model));
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      log.info("names model cache {} not used ({}); the model is read instead", f, e.toString());
      return Optional.empty();
    }
  }

  /** Keeps {@code crf} (a classifier just loaded from the model of this identity) for the next start. */
  void write(String identity, CRFClassifier<CoreLabel> crf) {
    Path f = fileOf(identity);
    try {
      CrfParts.State s = CrfParts.of(crf);
      Field lexiconField = lexicon();
      // the lexicons go in the plain part: taken out of their factories while the rest is serialized
      Map<FeatureFactory<CoreLabel>, Map<String, String>> lexicons = new LinkedHashMap<>();
      for (FeatureFactory<CoreLabel> ff : s.featureFactories()) {
        if (ff instanceof NERFeatureFactory) {
          @SuppressWarnings("unchecked")
          Map<String, String> l = (Map<String, String>) lexiconField.get(ff);
          if (l != null) lexicons.put(ff, l);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        for (FeatureFactory<CoreLabel> ff : lexicons.keySet()) lexiconField.set(ff, null);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
          out.writeObject(s.labelIndices());
          out.writeObject(s.classIndex());
          out.writeObject(s.flags());
          out.writeObject(new ArrayList<>(s.featureFactories()));
          out.writeInt(s.windowSize());
          out.writeObject(s.labelDictionary());
          out.writeBoolean(s.featureIndex().isLocked());
        }
      } finally {
        for (var e : lexicons.entrySet()) lexiconField.set(e.getKey(), e.getValue());
      }
      ModelCacheFile.write(f, PREFIX, MAGIC, FORMAT, identity, out -> {
        out.putBytes(bytes.toByteArray());
        out.putInt(s.featureIndex().size());
        for (String feature : s.featureIndex().objectsList()) out.putString(feature);
        out.putInt(s.weights().length);
        for (float[] row : s.weights()) {
          out.putInt(row.length);
          out.putFloats(row, row.length);
        }
        List<String> words = new ArrayList<>(s.knownLCWords());
        out.putInt(words.size());
        for (String w : words) out.putString(w);
        out.putInt(s.knownLCWords().getMaxSize());
        out.putInt(s.featureFactories().size());
        for (FeatureFactory<CoreLabel> ff : s.featureFactories()) {
          Map<String, String> lexicon = lexicons.get(ff);
          if (lexicon == null) {
            out.putInt(-1);
            continue;
          }
          Map<String, Integer> valueIds = new LinkedHashMap<>();
          for (String v : lexicon.values()) valueIds.putIfAbsent(v, valueIds.size());
          out.putInt(valueIds.size());
          for (String v : valueIds.keySet()) out.putString(v);
          out.putInt(lexicon.size());
          for (var e : lexicon.entrySet()) {
            out.putString(e.getKey());
            out.putInt(valueIds.get(e.getValue()));
          }
        }
      });
      log.info("names model kept in {} for the next start", f);
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      log.info("cannot keep the names model in {} ({}); the next start reads the model again", f, e.toString());
    }
  }

  private static Field lexicon() throws NoSuchFieldException {
    Field f = NERFeatureFactory.class.getDeclaredField("lexicon");
    f.setAccessible(true);
    return f;
  }

  /** A count of items at least {@code bytesEach} long each, checked against what is left. */
  private static int size(ByteBuffer b, int bytesEach) throws IOException {
    return fits(b, b.getInt(), bytesEach);
  }

  /** {@code n}, when {@code n} items at least {@code bytesEach} long each fit in what is left. */
  private static int fits(ByteBuffer b, int n, int bytesEach) throws IOException {
    if (n < 0 || (long) n * bytesEach > b.remaining()) throw new IOException("a count of " + n + " larger than the file");
    return n;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }
}
