package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's parser classifier with the same scores, bit for bit, computed faster: one of
 * claimtrack's two classes in CoreNLP's packages (with {@code edu.stanford.nlp.ie.crf.CrfParts}),
 * because the method it replaces, {@code computeScores(int[])}, is package-private (the parser
 * calls it once per transition; it was half of all extraction time). Every sum is taken in
 * CoreNLP's order, term by term, so every score is the same double; what changes is how the work
 * is laid out for the processor:
 *
 * <ul>
 *   <li>the output layer ({@code W2}, one row of 1,000 weights per transition) is kept transposed
 *       and widened to doubles (exactly: every float is a double), so that the sums of all
 *       transitions advance together, four hidden units per pass — a loop the JIT vectorizes,
 *       where CoreNLP's row-by-row dot products wait on each addition in turn;
 *   <li>a feature's hidden-layer slice (CoreNLP's {@code matrixMultiplySlice}, for features outside
 *       the precomputed table) takes four rows at once, four independent sums;
 *   <li>the precomputed table is CoreNLP's, found through an array instead of a map of boxed
 *       integers; the slices are kept in a cache of {@link #SLICE_SLOTS} slots, each feature in the
 *       slot its hash names, read and written without a lock (a slot holds an immutable slice with
 *       its feature: a thread sees a whole slice or another feature's, never half of one), in place
 *       of CoreNLP's least-recently-used cache of 5,000 behind one lock that every thread took
 *       twice per feature. A cached slice is the same floats as a computed one, so what the cache
 *       holds changes only the time.
 * </ul>
 *
 * <p>Until {@link #ready()} is called (once the parser is initialized and its table is in place),
 * scores are CoreNLP's own computation. {@code FastScoringClassifierTest} compares the two on the
 * real model.
 */
public final class FastScoringClassifier extends Classifier {
  private final int hiddenSize;
  private final int embeddingSize;
  private final int numTokens;
  private final int numCached;
  private final float[][] w1;
  private final float[][] e;
  private final float[] b1;
  /** {@code W2} transposed: [hidden unit][transition], as doubles. */
  private final double[][] w2t;
  private final int outputs;
  private volatile Tables tables;

  private record Tables(double[][] saved, int[] preIds, Slice[] slices) {}

  /** A feature's slice: final fields, so that a slot read without a lock sees it whole or not at all. */
  private static final class Slice {
    final int index;
    final float[] values;

    Slice(int index, float[] values) {
      this.index = index;
      this.values = values;
    }
  }

  /**
   * Slots of the slice cache (a power of two): at most 64 MB of slices. On the 84 PolNeAR dev
   * texts it misses 29 % of lookups, CoreNLP's cache of 5,000 about 33 % (4,096 slots: 35 %;
   * 65,536: 25 %, for 256 MB).
   */
  public static final int SLICE_SLOTS = 16_384;

  private static int slot(int index, int slots) {
    int h = index * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (slots - 1);
  }

  public FastScoringClassifier(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2, List<Integer> preComputed) {
    super(config, e, w1, b1, w2, preComputed);
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.numTokens = config.numTokens;
    this.numCached = config.numCached;
    this.w1 = w1;
    this.e = e;
    this.b1 = b1;
    this.outputs = w2.length;
    this.w2t = new double[hiddenSize][outputs];
    for (int i = 0; i < outputs; i++) {
      if (w2[i].length != hiddenSize) throw new IllegalArgumentException("W2 row " + i + " has " + w2[i].length + " weights");
      for (int k = 0; k < hiddenSize; k++) w2t[k][i] = w2[i][k];
    }
    dropTrainingHistories();
  }

  /**
   * CoreNLP's constructor makes AdaGrad's gradient histories even for a classifier that only
   * parses: doubles the shape of E, W1, b1 and W2 (51 MB for the English model, 78,000 arrays),
   * all zeros, kept as long as the parser. Only training reads them, and it makes them anew
   * ({@code clearGradientHistories}); this classifier never trains, so they go.
   */
  private void dropTrainingHistories() {
    for (String name : new String[] {"eg2E", "eg2W1", "eg2b1", "eg2W2"}) {
      try {
        field(name).set(this, null);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return; // another CoreNLP: they stay, as CoreNLP keeps them
      }
    }
  }

  /**
   * Takes the precomputed table and CoreNLP's feature map as they now are (the map as an array)
   * and starts an empty slice cache: called once, after the parser's initialization and after any
   * table is put in place.
   */
  @SuppressWarnings("unchecked")
  public void ready() throws ReflectiveOperationException {
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) field("preMap").get(this);
    int[] preIds = new int[e.length * numTokens];
    java.util.Arrays.fill(preIds, -1);
    for (Map.Entry<Integer, Integer> en : preMap.entrySet()) preIds[en.getKey()] = en.getValue();
    tables = new Tables((double[][]) field("saved").get(this), preIds, new Slice[SLICE_SLOTS]);
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field f = Classifier.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  @Override
  double[] computeScores(int[] feature) {
    Tables t = tables;
    if (t == null) return super.computeScores(feature);
    final double[] hidden = new double[hiddenSize];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * numTokens + j;
      int id = t.preIds[index];
      if (id >= 0) {
        add(hidden, t.saved[id]);
      } else if (numCached == 0) {
        sliceSum(hidden, w1, e[tok], offset);
      } else {
        Slice[] slices = t.slices;
        int slot = slot(index, slices.length);
        Slice s = slices[slot];
        if (s == null || s.index != index) {
          s = new Slice(index, slice(w1, e[tok], offset));
          slices[slot] = s;
        }
        add(hidden, s.values);
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hiddenSize; i++) {
      double v = hidden[i] + b1[i];
      hidden[i] = v * v * v;
    }
    return outputs(hidden);
  }

  /**
   * CoreNLP's {@code matrixMultiply(W2, hidden)}: each score {@code ((0 + h0*w0) + h1*w1) + ...},
   * in that order; four hidden units per pass over the scores, so each score is loaded and stored
   * once per four terms instead of once per term.
   */
  private double[] outputs(double[] hidden) {
    double[] scores = new double[outputs];
    int k = 0;
    for (; k + 4 <= hiddenSize; k += 4) {
      double h0 = hidden[k];
      double h1 = hidden[k + 1];
      double h2 = hidden[k + 2];
      double h3 = hidden[k + 3];
      double[] w0 = w2t[k];
      double[] w1 = w2t[k + 1];
      double[] w2 = w2t[k + 2];
      double[] w3 = w2t[k + 3];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = (((scores[i] + h0 * w0[i]) + h1 * w1[i]) + h2 * w2[i]) + h3 * w3[i];
      }
    }
    for (; k < hiddenSize; k++) {
      double h = hidden[k];
      double[] w = w2t[k];
      for (int i = 0; i < scores.length; i++) scores[i] += h * w[i];
    }
    return scores;
  }

  private static void add(double[] sum, double[] v) {
    for (int i = 0; i < sum.length; i++) sum[i] += v[i];
  }

  private static void add(double[] sum, float[] v) {
    for (int i = 0; i < sum.length; i++) sum[i] += v[i];
  }

  /** CoreNLP's {@code matrixMultiplySlice}: row i is {@code (float) sum_j (double) (m[i][off+j] * v[j])}, four rows at a time. */
  private static float[] slice(float[][] m, float[] v, int off) {
    float[] out = new float[m.length];
    int n = v.length;
    int i = 0;
    for (; i + 4 <= m.length; i += 4) {
      float[] r0 = m[i];
      float[] r1 = m[i + 1];
      float[] r2 = m[i + 2];
      float[] r3 = m[i + 3];
      double p0 = 0.0;
      double p1 = 0.0;
      double p2 = 0.0;
      double p3 = 0.0;
      for (int j = 0; j < n; j++) {
        float x = v[j];
        p0 += r0[off + j] * x;
        p1 += r1[off + j] * x;
        p2 += r2[off + j] * x;
        p3 += r3[off + j] * x;
      }
      out[i] = (float) p0;
      out[i + 1] = (float) p1;
      out[i + 2] = (float) p2;
      out[i + 3] = (float) p3;
    }
    for (; i < m.length; i++) {
      double p = 0.0;
      for (int j = 0; j < n; j++) p += m[i][off + j] * v[j];
      out[i] = (float) p;
    }
    return out;
  }

  /** CoreNLP's {@code matrixMultiplySliceSum}, when its slice cache is off. */
  private static void sliceSum(double[] sum, float[][] m, float[] v, int off) {
    for (int i = 0; i < m.length; i++) {
      double p = sum[i];
      for (int j = 0; j < v.length; j++) p += m[i][off + j] * v[j];
      sum[i] = p;
    }
  }
}
