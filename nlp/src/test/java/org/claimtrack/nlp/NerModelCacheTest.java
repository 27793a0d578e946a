package org.claimtrack.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.RandomAccessFile;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names annotator made with its model read from the cache is the annotator CoreNLP makes:
 * compared through every object either reaches (the CRF's features and weights, its flags, feature
 * factories and lexicon, the combiner around it), and by the names it finds; a bad cache file is
 * never used.
 */
class NerModelCacheTest {
  static final String MODEL = NlpConfig.DEFAULT.nerModel();
  static NamesAnnotator byCoreNlp;
  static String identity;

  static Properties tag() {
    // as CoreNlpPipeline makes them
    Properties tag = new Properties();
    tag.setProperty("annotators", "pos,lemma,ner");
    tag.setProperty("ner.model", MODEL);
    tag.setProperty("ner.useSUTime", "false");
    tag.setProperty("ner.applyNumericClassifiers", "false");
    tag.setProperty("ner.applyFineGrained", "false");
    tag.setProperty("ner.buildEntityMentions", "false");
    return tag;
  }

  @BeforeAll
  static void load() throws Exception {
    byCoreNlp = NamesAnnotator.load(tag(), null);
    identity = NerModelCache.identity(MODEL).orElseThrow();
  }

  @Test
  void theAnnotatorMadeFromTheCacheIsCoreNlpsThroughEveryObject(@TempDir Path dir) throws Exception {
    NamesAnnotator writing = NamesAnnotator.load(tag(), dir);
    Path f = new NerModelCache(dir).fileOf(identity);
    assertThat(f).isRegularFile();
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(f);
    }
    long written = Files.size(f);
    Object file = ParserModelCacheTest.key(f);
    NamesAnnotator reading = NamesAnnotator.load(tag(), dir);
    assertThat(Files.size(f)).isEqualTo(written);
    // a file not used would be written again: a new file moved into place, another inode
    assertThat(ParserModelCacheTest.key(f)).as("read, not written again").isNotNull().isEqualTo(file);

    for (NamesAnnotator made : List.of(writing, reading)) {
      Comparison c = new Comparison();
      c.compare(byCoreNlp, made, "annotator");
      assertThat(c.differences).as("differences").isEmpty();
      // objects of the JDK whose state reflection cannot read: CRFClassifier's Random (seeded in its
      // field's initializer, never drawn from by a load), and nothing else
      assertThat(c.uncompared).containsExactly("java.util.Random");
      assertThat(c.compared).as("objects compared").isGreaterThan(1_000_000);
    }
    assertThat(namesOf(reading)).isEqualTo(namesOf(byCoreNlp)).contains("PERSON", "LOCATION", "ORGANIZATION");
  }

  @Test
  void aDamagedTruncatedOrForeignFileIsNotUsed(@TempDir Path dir) throws Exception {
    NerModelCache cache = new NerModelCache(dir);
    Properties none = new Properties();
    assertThat(cache.read(identity, MODEL, none)).isEmpty();
    CRFClassifier<CoreLabel> crf = NerModelCache.load(MODEL, none, dir);
    Path f = cache.fileOf(identity);
    assertThat(cache.read(identity, MODEL, none)).isPresent();
    assertThat(cache.read(identity + "x", MODEL, none)).as("another identity").isEmpty();

    long size = Files.size(f);
    for (long at : new long[] {40, size / 3, size / 2, size - 20}) {
      flip(f, at);
      assertThat(cache.read(identity, MODEL, none)).as("a bit changed at %d", at).isEmpty();
      flip(f, at);
      assertThat(cache.read(identity, MODEL, none)).isPresent();
    }
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(size - 1000);
    }
    assertThat(cache.read(identity, MODEL, none)).as("truncated").isEmpty();
    NerModelCache.load(MODEL, none, dir);
    assertThat(Files.size(f)).as("written again").isEqualTo(size);

    // other properties change the flags after they are read, and the file keeps them as read: CoreNLP's load, no file
    Files.delete(f);
    Properties other = new Properties();
    other.setProperty("encoding", "ISO-8859-1");
    assertThat(NerModelCache.load(MODEL, other, dir).flags.inputEncoding).isEqualTo("ISO-8859-1");
    assertThat(f).doesNotExist();
    assertThat(crf.flags.inputEncoding).isEqualTo("UTF-8");
  }

  private static void flip(Path f, long at) throws Exception {
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.seek(at);
      int b = raf.read();
      raf.seek(at);
      raf.write(b ^ 0x10);
    }
  }

  private static List<String> namesOf(Annotator names) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP before = new StanfordCoreNLP(p);
    Annotation a = new Annotation("Ukraine's Defense Intelligence says roughly 12,000 soldiers are in Kursk, "
        + "Volodymyr Zelensky told reporters in Kyiv on Tuesday. John Kirby of the National Security Council "
        + "said at least 3,000 had arrived, and Vladimir Putin, speaking in Kazan, neither confirmed nor denied it.");
    before.annotate(a);
    AnnotationPipeline after = new AnnotationPipeline();
    after.addAnnotator(names);
    after.annotate(a);
    List<String> out = new ArrayList<>();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) out.add(t.ner());
    return out;
  }

  /** Two object graphs compared field by field; collections and maps by their contents. */
  static final class Comparison {
    final List<String> differences = new ArrayList<>();
    final Set<String> uncompared = new TreeSet<>();
    long compared;
    private final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();

    void compare(Object a, Object b, String path) throws IllegalAccessException {
      if (differences.size() > 20) return;
      if (a == b) return;
      if (a == null || b == null) {
        differences.add(path + ": " + a + " / " + b);
        return;
      }
      if (a.getClass() != b.getClass()) {
        differences.add(path + ": " + a.getClass() + " / " + b.getClass());
        return;
      }
      if (seen.get(a) == b) return;
      seen.put(a, b);
      compared++;
      Class<?> c = a.getClass();
      if (a instanceof String || a instanceof Number || a instanceof Boolean || a instanceof Character
          || a instanceof Enum<?> || a instanceof Class<?>) {
        if (!a.equals(b)) differences.add(path + ": " + a + " / " + b);
      } else if (c.isArray()) {
        int n = Array.getLength(a);
        if (n != Array.getLength(b)) {
          differences.add(path + ": length " + n + " / " + Array.getLength(b));
          return;
        }
        for (int i = 0; i < n; i++) compare(Array.get(a, i), Array.get(b, i), path + "[" + i + "]");
      } else if (a instanceof Map<?, ?> ma) {
        Map<?, ?> mb = (Map<?, ?>) b;
        if (ma.size() != mb.size()) {
          differences.add(path + ": size " + ma.size() + " / " + mb.size());
          return;
        }
        for (Map.Entry<?, ?> e : ma.entrySet()) {
          if (!mb.containsKey(e.getKey())) {
            differences.add(path + ": key " + e.getKey() + " only in the first");
            return;
          }
          compare(e.getValue(), mb.get(e.getKey()), path + "{" + e.getKey() + "}");
        }
      } else if (a instanceof Set<?> sa) {
        if (!sa.equals(b)) differences.add(path + ": sets differ");
      } else if (a instanceof Collection<?> ca) {
        List<?> la = new ArrayList<>(ca);
        List<?> lb = new ArrayList<>((Collection<?>) b);
        compare(la.toArray(), lb.toArray(), path);
      } else if (a instanceof Pattern pa) {
        if (!pa.pattern().equals(((Pattern) b).pattern()) || pa.flags() != ((Pattern) b).flags()) {
          differences.add(path + ": " + pa + " / " + b);
        }
      } else if (c.getName().startsWith("java.") || c.getName().startsWith("jdk.") || c.getName().startsWith("sun.")) {
        uncompared.add(c.getName());
      } else {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
          for (Field f : k.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            compare(f.get(a), f.get(b), path + "." + f.getName());
          }
        }
      }
    }
  }
}
