package org.claimtrack.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.FastScoringClassifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads CoreNLP's neural dependency parser model (the text format of {@code english_UD.gz}) in a
 * third of the time CoreNLP takes, into the very parser CoreNLP would make: the same words, tags
 * and labels in the same order, the same weights bit for bit (each number is read to the float
 * {@link Float#parseFloat} gives: the exact quotient of its digits by a power of ten, correctly
 * rounded, or {@code parseFloat} itself when the fast path does not apply), then CoreNLP's
 * classifier (as {@link FastScoringClassifier}: the same scores, computed faster) and CoreNLP's
 * initialization. CoreNLP spends its time in {@code String.split} and {@code parseFloat} over 6.4
 * million numbers; this reads each line's characters in place. {@link #load(String, Path)} keeps
 * the result in a {@link ParserModelCache} and reads it from there at later starts.
 *
 * <p>The parser's fields are private, so they are set by reflection, for CoreNLP 4.5.10's
 * {@code DependencyParser}: on anything unexpected (another CoreNLP, another model format), this
 * falls back to {@link DependencyParser#loadFromModelFile} (CoreNLP's own classifier then).
 * {@code ParserModelLoaderTest} checks that both loads give the same parser.
 */
final class ParserModelLoader {
  private static final Logger log = LoggerFactory.getLogger(ParserModelLoader.class);
  private static final float[] POW10 = {1f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

  private ParserModelLoader() {}

  /** The parser of {@code model} (a classpath resource, file or URL, gzip'd or not). */
  static DependencyParser load(String model) {
    try {
      return fast(model);
    } catch (ReflectiveOperationException | RuntimeException | IOException e) {
      log.warn("cannot read {} the fast way ({}); CoreNLP reads it", model, e.toString());
      return DependencyParser.loadFromModelFile(model);
    }
  }

  /**
   * The parser of {@code model}, from {@code cache} (a directory, or null for none) when it holds
   * this model's parser, else read from the model and kept there for the next start.
   */
  static DependencyParser load(String model, Path cache) {
    if (cache == null) return load(model);
    Optional<String> identity = ParserModelCache.identity(model);
    if (identity.isEmpty()) return load(model);
    ParserModelCache kept = new ParserModelCache(cache);
    Optional<DependencyParser> cached = kept.read(identity.get());
    if (cached.isPresent()) return cached.get();
    DependencyParser parser = load(model);
    kept.write(identity.get(), parser);
    return parser;
  }

  static DependencyParser fast(String model) throws IOException, ReflectiveOperationException {
    DependencyParser parser = new DependencyParser(new Properties());
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    float[][] e;
    float[][] w1;
    float[] b1;
    float[][] w2;
    List<Integer> preComputed = new ArrayList<>();
    int hidden;
    int embedding;
    try (BufferedReader in = IOUtils.readerFromString(model)) {
      String first = in.readLine();
      if (first == null || !first.startsWith("dict=")) {
        throw new IOException("not the model format this reads (first line: " + first + ")");
      }
      int nDict = header(first);
      int nPos = header(in.readLine());
      int nLabel = header(in.readLine());
      embedding = header(in.readLine());
      hidden = header(in.readLine());
      int nTokens = header(in.readLine());
      int nPre = header(in.readLine());
      e = new float[nDict + nPos + nLabel][embedding];
      int row = 0;
      for (int k = 0; k < nDict; k++) words.add(embeddingRow(in.readLine(), e[row++]));
      for (int k = 0; k < nPos; k++) tags.add(embeddingRow(in.readLine(), e[row++]));
      for (int k = 0; k < nLabel; k++) labels.add(embeddingRow(in.readLine(), e[row++]));
      w1 = new float[hidden][embedding * nTokens];
      float[] line = new float[Math.max(hidden, nLabel * 2 - 1)];
      for (int j = 0; j < w1[0].length; j++) {
        numbers(in.readLine(), 0, line, w1.length);
        for (int i = 0; i < w1.length; i++) w1[i][j] = line[i];
      }
      b1 = new float[hidden];
      numbers(in.readLine(), 0, b1, hidden);
      w2 = new float[nLabel * 2 - 1][hidden];
      for (int j = 0; j < w2[0].length; j++) {
        numbers(in.readLine(), 0, line, w2.length);
        for (int i = 0; i < w2.length; i++) w2[i][j] = line[i];
      }
      while (preComputed.size() < nPre) {
        for (String n : in.readLine().split(" ")) preComputed.add(Integer.parseInt(n));
      }
    }
    return assemble(parser, words, tags, labels, embedding, hidden, e, w1, b1, w2, preComputed, null);
  }

  /**
   * Fills {@code parser} (new, default settings) as CoreNLP's own load does from a model's parts:
   * its words, tags and labels and their ids, the sizes, then its classifier (as {@link
   * FastScoringClassifier}) and CoreNLP's initialization. With {@code saved} null, that
   * initialization precomputes the hidden-layer table as CoreNLP always does; otherwise {@code
   * saved} is that table, computed before (see {@link ParserModelCache}): the classifier is made
   * with no features to precompute, so initialization computes nothing, then gets the feature map
   * CoreNLP's constructor would have made and the table.
   */
  static DependencyParser assemble(DependencyParser parser, List<String> words, List<String> tags, List<String> labels,
      int embedding, int hidden, float[][] e, float[][] w1, float[] b1, float[][] w2, List<Integer> preComputed,
      double[][] saved) throws ReflectiveOperationException, IOException {
    set(parser, "knownWords", words);
    set(parser, "knownPos", tags);
    set(parser, "knownLabels", labels);
    invoke(parser, "generateIDs");
    Config config = (Config) get(parser, "config");
    set(config, "hiddenSize", hidden);
    set(config, "embeddingSize", embedding);
    set(parser, "preComputed", preComputed);
    FastScoringClassifier classifier = classifier(config, e, w1, b1, w2, saved == null ? preComputed : List.of());
    set(parser, "classifier", classifier);
    invoke(parser, "initialize", false);
    if (saved != null) {
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) get(classifier, "preMap");
      for (int i = 0; i < preComputed.size() && i < config.numPreComputed; ++i) preMap.put(preComputed.get(i), i);
      if (preMap.size() != saved.length) {
        throw new IOException("table of " + saved.length + " rows for " + preMap.size() + " features");
      }
      set(classifier, "saved", saved);
    }
    classifier.ready();
    return parser;
  }

  private static int header(String line) {
    return Integer.parseInt(line.substring(line.indexOf('=') + 1));
  }

  /** "word v1 v2 ... vn": fills {@code into} with the values, returns the word. */
  private static String embeddingRow(String line, float[] into) {
    int space = line.indexOf(' ');
    String word = space < 0 ? line : line.substring(0, space);
    numbers(line, space + 1, into, into.length);
    return word;
  }

  /**
   * Reads {@code n} numbers separated by single spaces from {@code line} at {@code from}, as
   * {@code line.split(" ")} and {@link Float#parseFloat} would.
   */
  static void numbers(String line, int from, float[] into, int n) {
    int p = from;
    for (int k = 0; k < n; k++) {
      int end = line.indexOf(' ', p);
      if (end < 0) end = line.length();
      into[k] = number(line, p, end);
      p = end + 1;
    }
  }

  /**
   * The float {@link Float#parseFloat} gives for {@code s[from, to)}. Fast path (Clinger's): a
   * plain decimal whose digits make at most 2^24 and with at most ten after the point is the
   * quotient of two floats held exactly, and one IEEE division rounds it correctly, as {@code
   * parseFloat} does; anything else goes to {@code parseFloat}.
   */
  static float number(String s, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) negative = s.charAt(i++) == '-';
    long mantissa = 0;
    int decimals = 0;
    boolean point = false;
    boolean digits = false;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits = true;
        if (point) decimals++;
        if (mantissa > (1 << 24) || decimals > 10) return Float.parseFloat(s.substring(from, to));
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return Float.parseFloat(s.substring(from, to));
      }
    }
    if (!digits) return Float.parseFloat(s.substring(from, to));
    float v = (float) mantissa / POW10[decimals];
    return negative ? -v : v;
  }

  /** The field {@code name} of {@code c} or of the nearest superclass that declares it. */
  private static Field field(Class<?> c, String name) throws NoSuchFieldException {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      try {
        Field f = k.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    throw new NoSuchFieldException(c.getName() + "." + name);
  }

  /**
   * CoreNLP's classifier of these weights, as {@link FastScoringClassifier} (the same scores,
   * faster); {@code config} is the parser's. Call its {@code ready()} once its table is in place.
   */
  static FastScoringClassifier classifier(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2,
      List<Integer> preComputed) {
    return new FastScoringClassifier(config, e, w1, b1, w2, preComputed);
  }

  /** Calls the parser's private {@code generateIDs()} or {@code initialize(boolean)}. */
  static void invoke(DependencyParser parser, String method, Object... args) throws ReflectiveOperationException {
    Class<?>[] types = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) types[i] = args[i] instanceof Boolean ? boolean.class : args[i].getClass();
    Method m = DependencyParser.class.getDeclaredMethod(method, types);
    m.setAccessible(true);
    m.invoke(parser, args);
  }

  static void set(Object o, String name, Object value) throws ReflectiveOperationException {
    field(o.getClass(), name).set(o, value);
  }

  static Object get(Object o, String name) throws ReflectiveOperationException {
    return field(o.getClass(), name).get(o);
  }
}
