package org.claimtrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.FastScoringClassifier;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser's scores, computed our way, are CoreNLP's to the last bit, on the real model. */
class FastScoringClassifierTest {
  static Classifier ours;
  static Classifier theirs;
  static Method computeScores;

  @BeforeAll
  static void load() throws Exception {
    String model = NlpConfig.DEFAULT.parserModel();
    ours = (Classifier) ParserModelLoaderTest.get(ParserModelLoader.fast(model), "classifier");
    theirs = (Classifier) ParserModelLoaderTest.get(DependencyParser.loadFromModelFile(model), "classifier");
    computeScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
    computeScores.setAccessible(true);
  }

  @Test
  void theLoaderGivesTheFastClassifierWithoutTrainingState() throws Exception {
    assertThat(ours).isInstanceOf(FastScoringClassifier.class);
    assertThat(theirs.getClass()).isEqualTo(Classifier.class);
    // CoreNLP's own keeps 51 MB of zeros for training; ours drops them
    assertThat(ParserModelLoaderTest.get(theirs, "eg2E")).isNotNull();
    for (String f : new String[] {"eg2E", "eg2W1", "eg2b1", "eg2W2"}) {
      assertThat(ParserModelLoaderTest.get(ours, f)).as(f).isNull();
    }
  }

  /** Feature vectors drawn from the table's features and from any, as many of each. */
  static int[][] features(int n, long seed) throws Exception {
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) ParserModelLoaderTest.get(theirs, "preMap");
    int numTokens = ours.getW1()[0].length / ours.getE()[0].length;
    int vocabulary = ours.getE().length;
    List<List<Integer>> precomputedAt = new ArrayList<>();
    for (int j = 0; j < numTokens; j++) precomputedAt.add(new ArrayList<>());
    preMap.keySet().stream().sorted().forEach(k -> precomputedAt.get(k % numTokens).add(k / numTokens));
    Random r = new Random(seed);
    int[][] features = new int[n][numTokens];
    for (int[] f : features) {
      for (int j = 0; j < numTokens; j++) {
        List<Integer> pre = precomputedAt.get(j);
        f[j] = !pre.isEmpty() && r.nextInt(3) > 0 ? pre.get(r.nextInt(pre.size())) : r.nextInt(vocabulary);
      }
    }
    return features;
  }

  @Test
  void threadsSharingTheSliceCacheGetCoreNlpsScores() throws Exception {
    // more slices than the cache has slots, so that threads overwrite each other's slots while reading them
    int[][] features = features(1500, 99);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) ParserModelLoaderTest.get(theirs, "preMap");
    int numTokens = features[0].length;
    java.util.Set<Integer> sliced = new java.util.HashSet<>();
    for (int[] f : features) {
      for (int j = 0; j < numTokens; j++) if (!preMap.containsKey(f[j] * numTokens + j)) sliced.add(f[j] * numTokens + j);
    }
    assertThat(sliced.size()).as("distinct slices").isGreaterThan(FastScoringClassifier.SLICE_SLOTS);
    double[][] expected = new double[features.length][];
    for (int i = 0; i < features.length; i++) expected[i] = (double[]) computeScores.invoke(theirs, (Object) features[i]);
    List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int start = t * 500;
      threads.add(new Thread(() -> {
        try {
          for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < features.length; k++) {
              int i = (start + k) % features.length;
              if (!Arrays.equals((double[]) computeScores.invoke(ours, (Object) features[i]), expected[i])) wrong.add("vector " + i);
            }
          }
        } catch (ReflectiveOperationException e) {
          wrong.add(e.toString());
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) t.join();
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyScoreIsCoreNlpsBitForBit() throws Exception {
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) ParserModelLoaderTest.get(theirs, "preMap");
    int numTokens = ours.getW1()[0].length / ours.getE()[0].length;
    int[][] features = features(1500, 12);
    int precomputed = 0;
    for (int pass = 0; pass < 2; pass++) { // the second pass finds the slices in the cache
      for (int[] f : features) {
        double[] a = (double[]) computeScores.invoke(ours, (Object) f);
        double[] b = (double[]) computeScores.invoke(theirs, (Object) f);
        assertThat(Arrays.equals(a, b)).as("scores of %s", Arrays.toString(f)).isTrue();
        for (int j = 0; j < numTokens; j++) if (preMap.containsKey(f[j] * numTokens + j)) precomputed++;
      }
    }
    assertThat(precomputed).as("features from the table were tried").isGreaterThan(features.length * numTokens / 3);
    assertThat(precomputed).as("and features outside it").isLessThan(2 * features.length * numTokens);
  }
}
