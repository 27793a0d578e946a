package org.claimtrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The fast parser model load gives the parser CoreNLP's own load gives, bit for bit. */
class ParserModelLoaderTest {

  static void sameFloat(String s) {
    assertThat(Float.floatToRawIntBits(ParserModelLoader.number(s, 0, s.length())))
        .as(s).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(s)));
  }

  @Test
  void numbersAsParseFloatReadsThem() {
    for (String s : new String[] {"0.0000", "-0.0000", "0.0123", "-0.0291", "1", "-7", "12.5", "+3.25", "16777216",
        "16777217", "0.12345678901", "1e-5", "-2.5E3", ".5", "5.", "123456.7890", "0.3", "0.1", "3.4028235E38"}) {
      sameFloat(s);
    }
  }

  @Property(tries = 3000)
  void anyDecimalAsParseFloatReadsIt(@ForAll float f, @ForAll boolean shortForm) {
    if (Float.isNaN(f) || Float.isInfinite(f)) return;
    sameFloat(shortForm ? String.format(Locale.ROOT, "%.4f", f) : Float.toString(f));
    sameFloat(String.format(Locale.ROOT, "%.7f", f / 1e6f));
  }

  @Test
  void theParserIsTheOneCoreNlpLoads() throws Exception {
    String model = NlpConfig.DEFAULT.parserModel();
    DependencyParser ours = ParserModelLoader.fast(model);
    DependencyParser theirs = DependencyParser.loadFromModelFile(model);
    sameParser(ours, theirs);
  }

  /** Every field CoreNLP's parser and classifier keep from the model, and the transitions, are equal. */
  static void sameParser(DependencyParser ours, DependencyParser theirs) throws Exception {
    for (String f : new String[] {"knownWords", "knownPos", "knownLabels", "wordIDs", "posIDs", "labelIDs", "preComputed"}) {
      assertThat(get(ours, f)).as(f).isEqualTo(get(theirs, f));
    }
    Object oc = get(ours, "classifier");
    Object tc = get(theirs, "classifier");
    for (String f : new String[] {"W1", "W2", "E", "b1", "saved", "preMap", "numLabels"}) {
      assertThat(get(oc, f)).as("classifier." + f).isEqualTo(get(tc, f));
    }
    Object ocfg = get(ours, "config");
    Object tcfg = get(theirs, "config");
    for (Field f : ocfg.getClass().getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
      f.setAccessible(true);
      Object a = f.get(ocfg);
      Object b = f.get(tcfg);
      if (a != null && a.getClass().getName().contains("TreebankLanguagePack")) {
        assertThat(a.getClass()).as("config." + f.getName()).isEqualTo(b.getClass());
      } else {
        assertThat(a).as("config." + f.getName()).isEqualTo(b);
      }
    }
    assertThat(get(get(ours, "system"), "transitions")).isEqualTo(get(get(theirs, "system"), "transitions"));
  }

  static Object get(Object o, String name) throws Exception {
    Class<?> c = o.getClass();
    while (c != null) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
      } catch (NoSuchFieldException e) {
        c = c.getSuperclass();
      }
    }
    throw new NoSuchFieldException(name);
  }
}
