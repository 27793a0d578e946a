package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Quantity;
import org.claimtrack.extract.quantity.NumberRecognizer;
import org.claimtrack.extract.quantity.SentenceQuantities;
import org.claimtrack.extract.words.StageVersion;
import org.claimtrack.nlp.Sentence;

/**
 * Stage {@code quantity}: the figures of a sentence, with what they count
 * ({@link SentenceQuantities}, over the number recognizer of package {@code quantity}). Its version
 * derives from the bytecode of every class of that package and from its {@code quantity-*} word
 * lists, so a rule change changes the version and the ledger re-extracts.
 */
final class QuantityStage {
  static final String STAGE = version();

  private QuantityStage() {}

  static List<Quantity> find(Sentence s, String text) {
    return SentenceQuantities.find(s, text);
  }

  private static String version() {
    NumberRecognizer r = NumberRecognizer.standard();
    List<Class<?>> rules = new ArrayList<>(r.ruleClasses());
    rules.add(QuantityStage.class);
    return StageVersion.of("quantity", 2, rules, r.wordLists(), r.wordMaps());
  }
}
