package edu.stanford.nlp.ie.crf;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Properties;

/**
 * The state a loaded {@link CRFClassifier} is made of, taken out and put back in: claimtrack keeps
 * the names model's state in a binary file ({@code org.claimtrack.nlp.NerModelCache}) because
 * reading it through Java serialization is the slowest part of a start. A class in CoreNLP's
 * package because the classifier's fields are package-private; {@link #assemble} does what {@link
 * CRFClassifier#loadClassifier(java.io.ObjectInputStream, Properties)} does after each of its
 * reads, in the same order, and {@code NerModelCacheTest} compares a classifier made here with
 * CoreNLP's own load field by field, through every object it reaches.
 */
public final class CrfParts {
  private CrfParts() {}

  /** What {@code loadClassifier} reads, in its order; {@code labelDictionary} null when the flags have none. */
  public record State(
      List<Index<CRFLabel>> labelIndices,
      Index<String> classIndex,
      Index<String> featureIndex,
      SeqClassifierFlags flags,
      List<FeatureFactory<CoreLabel>> featureFactories,
      int windowSize,
      float[][] weights,
      MaxSizeConcurrentHashSet<String> knownLCWords,
      LabelDictionary labelDictionary) {}

  /** The state of a classifier loaded from a model (before it has classified anything). */
  public static State of(CRFClassifier<CoreLabel> c) throws ReflectiveOperationException {
    if (c.flags.useEmbedding) throw new IllegalArgumentException("a model with embeddings");
    @SuppressWarnings("unchecked")
    MaxSizeConcurrentHashSet<String> lc = (MaxSizeConcurrentHashSet<String>) field(AbstractSequenceClassifier.class,
        "knownLCWords").get(c);
    return new State(c.labelIndices, c.classIndex, c.featureIndex, c.flags, c.featureFactories, c.windowSize,
        c.weights, lc, (LabelDictionary) field(CRFClassifier.class, "labelDictionary").get(c));
  }

  /**
   * The classifier {@code CRFClassifier.getClassifier(loadPath, props)} makes from a model of this
   * state: the same assignments in the same order, then CoreNLP's {@code reinit}.
   */
  public static CRFClassifier<CoreLabel> assemble(State s, Properties props, String loadPath)
      throws ReflectiveOperationException {
    if (s.flags().useEmbedding) throw new IllegalArgumentException("a model with embeddings");
    if ((s.flags().labelDictionaryCutoff > 0) != (s.labelDictionary() != null)) {
      throw new IllegalArgumentException("a label dictionary where the flags say otherwise");
    }
    CRFClassifier<CoreLabel> c = new CRFClassifier<>();
    c.labelIndices = s.labelIndices();
    c.classIndex = s.classIndex();
    c.featureIndex = s.featureIndex();
    c.flags = s.flags();
    c.featureFactories = s.featureFactories();
    if (props != null) c.flags.setProperties(props, false);
    c.windowSize = s.windowSize();
    c.weights = s.weights();
    field(AbstractSequenceClassifier.class, "knownLCWords").set(c, s.knownLCWords());
    Method reinit = AbstractSequenceClassifier.class.getDeclaredMethod("reinit");
    reinit.setAccessible(true);
    reinit.invoke(c);
    if (c.flags.labelDictionaryCutoff > 0) field(CRFClassifier.class, "labelDictionary").set(c, s.labelDictionary());
    c.flags.loadClassifier = loadPath;
    return c;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
