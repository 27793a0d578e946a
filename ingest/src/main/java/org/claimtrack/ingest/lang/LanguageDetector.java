package org.claimtrack.ingest.lang;

import com.github.pemistahl.lingua.api.Language;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Tells the language of a text, with Lingua, among fifteen common languages of the news: English,
 * Spanish, French, German, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish, Turkish, Arabic,
 * Chinese, Japanese and Korean.
 *
 * <p>Built for articles, not tweets: Lingua's low-accuracy mode (trigram models only, a few MB in
 * memory and about 1.5 s to load, against about 340 MB and 7 s for the full models), which is as
 * good as the full models on texts past 120 characters. Only the first
 * {@value #SAMPLE_CHARS} characters are looked at, so the cost per article is bounded (a few
 * milliseconds). A text with fewer than {@value #MIN_LETTERS} letters (a Chinese, Japanese or Korean
 * character counts as three), or whose two likeliest
 * languages are too close to call (a language outside the fifteen often looks like that), gets no
 * answer rather than a wrong one.
 *
 * <p>{@link #standard()} is built once per JVM, on first use, and is safe to share between threads.
 */
public final class LanguageDetector {
  /** Texts with fewer letters than this get no answer. */
  public static final int MIN_LETTERS = 60;
  /** Only this many characters from the start of a text are looked at. */
  public static final int SAMPLE_CHARS = 3000;
  /**
   * The runner-up's confidence relative to the best (1.0); at or above this the text is too close
   * to call. Long texts in one language score 0.7-0.85; Portuguese read as Spanish, or Indonesian
   * read as Turkish, score above 0.95.
   */
  static final double TOO_CLOSE = 0.95;

  private static final Language[] LANGUAGES = {Language.ENGLISH, Language.SPANISH, Language.FRENCH,
      Language.GERMAN, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN,
      Language.POLISH, Language.TURKISH, Language.ARABIC, Language.CHINESE, Language.JAPANESE, Language.KOREAN};

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
  private final Duration loadTime;

  private LanguageDetector(com.github.pemistahl.lingua.api.LanguageDetector lingua, Duration loadTime) {
    this.lingua = lingua;
    this.loadTime = loadTime;
  }

  /** The shared detector, built (and its models loaded) on first call. */
  public static LanguageDetector standard() {
    return Holder.STANDARD;
  }

  /** The ISO 639-1 codes this detector can answer: "ar", "de", "en"... */
  public static Set<String> languages() {
    Set<String> out = new TreeSet<>();
    for (Language l : LANGUAGES) out.add(code(l));
    return Set.copyOf(out);
  }

  /**
   * The language of {@code text} as an ISO 639-1 code ("en", "de"), or empty when the text is too
   * short or the detector is unsure.
   */
  public Optional<String> detect(String text) {
    if (text == null) return Optional.empty();
    String sample = sample(text);
    if (letters(sample) < MIN_LETTERS) return Optional.empty();
    SortedMap<Language, Double> confidence = lingua.computeLanguageConfidenceValues(sample);
    Language best = null;
    double bestValue = -1;
    double second = 0;
    for (Map.Entry<Language, Double> e : confidence.entrySet()) {
      double v = e.getValue();
      if (v > bestValue) {
        second = Math.max(second, bestValue);
        bestValue = v;
        best = e.getKey();
      } else {
        second = Math.max(second, v);
      }
    }
    if (best == null || best == Language.UNKNOWN || bestValue <= 0 || second / bestValue >= TOO_CLOSE) {
      return Optional.empty();
    }
    return Optional.of(code(best));
  }

  /** How long building this detector and loading its models took. */
  public Duration loadTime() {
    return loadTime;
  }

  /** The first SAMPLE_CHARS chars, cut back to a space so that no word is split. */
  static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) return text;
    int cut = SAMPLE_CHARS;
    while (cut > SAMPLE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) cut--;
    if (Character.isLowSurrogate(text.charAt(cut))) cut--;
    return text.substring(0, cut);
  }

  /**
   * Letters, with a Chinese character, a kana or a Hangul syllable counted as three: each carries
   * about as much as three Latin letters, and their scripts narrow the language down by themselves.
   */
  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) continue;
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      n += script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL ? 3 : 1;
    }
    return n;
  }

  private static String code(Language l) {
    return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /** Lazy, once per JVM: the class is initialised (under the JVM's lock) on first use. */
  private static final class Holder {
    static final LanguageDetector STANDARD = build();

    private static LanguageDetector build() {
      long t0 = System.nanoTime();
      com.github.pemistahl.lingua.api.LanguageDetector d =
          com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromLanguages(LANGUAGES)
              .withLowAccuracyMode()
              .withPreloadedLanguageModels()
              .build();
      return new LanguageDetector(d, Duration.ofNanos(System.nanoTime() - t0));
    }
  }
}
