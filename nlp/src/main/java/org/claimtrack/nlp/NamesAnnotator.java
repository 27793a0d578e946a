package org.claimtrack.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's names annotator ({@link NERCombinerAnnotator}) with its CRF model read through the
 * {@link NerModelCache}, and an interrupt that ends an annotation instead of losing its names.
 */
final class NamesAnnotator extends NERCombinerAnnotator {
  private static final Logger log = LoggerFactory.getLogger(NamesAnnotator.class);

  private NamesAnnotator(Properties properties) throws IOException {
    super(properties);
  }

  /**
   * The annotator {@code new NERCombinerAnnotator(properties)} makes for one CRF model ({@code
   * ner.model}), its model read from {@code cache} (a directory, or null for none) when it is
   * there. CoreNLP's constructor is run without the model, then the model CoreNLP would have
   * loaded, with the properties it would have passed, is put where it would have put it ({@code
   * NerModelCacheTest} compares the result with CoreNLP's own through every object it reaches).
   * Anything other than one model, or a CoreNLP whose fields are not where they were, is made
   * by CoreNLP's constructor.
   */
  static NamesAnnotator load(Properties properties, Path cache) throws IOException, ClassNotFoundException {
    String model = properties.getProperty("ner.model", "").trim();
    if (cache == null || model.isEmpty() || model.contains(",")
        || PropertiesUtils.getBool(properties, "ner.rulesOnly", false)
        || PropertiesUtils.getBool(properties, "ner.usePresetNERTags", false)
        // with SUTime, CoreNLP passes its properties down with the model's: not what is computed below
        || PropertiesUtils.getBool(properties, "ner.useSUTime", true)) {
      return new NamesAnnotator(properties);
    }
    Properties withoutModel = new Properties();
    withoutModel.putAll(properties);
    withoutModel.setProperty("ner.model", "");
    NamesAnnotator annotator = new NamesAnnotator(withoutModel);
    // what NERCombinerAnnotator passes its combiner, which passes it to each model's load
    Properties passed = PropertiesUtils.extractSelectedProperties(properties, NERClassifierCombiner.DEFAULT_PASS_DOWN_PROPERTIES);
    CRFClassifier<CoreLabel> crf = NerModelCache.load(model, passed, cache);
    try {
      NERClassifierCombiner combiner = (NERClassifierCombiner) field(NERCombinerAnnotator.class, "ner").get(annotator);
      @SuppressWarnings("unchecked")
      List<AbstractSequenceClassifier<CoreLabel>> base =
          (List<AbstractSequenceClassifier<CoreLabel>>) field(ClassifierCombiner.class, "baseClassifiers").get(combiner);
      if (!base.isEmpty()) throw new IllegalStateException("a model loaded without one");
      base.add(crf);
      combiner.flags.backgroundSymbol = crf.flags.backgroundSymbol;
      field(ClassifierCombiner.class, "initLoadPaths").set(combiner, new ArrayList<>(List.of(model)));
      return annotator;
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn("cannot put the names model in CoreNLP's annotator ({}); CoreNLP loads it", e.toString());
      return new NamesAnnotator(properties);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  // CoreNLP catches an interrupt in the middle of a sentence's names, clears the thread's flag and
  // gives the sentence no names at all ("O" on every token), silently: an article read while a task
  // was being cancelled got sources without affiliations, and the stream stored them. Here the
  // interrupt ends the annotation instead
  @Override
  public void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
    Thread.currentThread().interrupt();
    throw new NlpInterruptedException("finding names");
  }
}
