package org.claimtrack.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Span;
import org.claimtrack.ingest.ArticleHash;
import org.claimtrack.ingest.sniff.SharedDir;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  /** One news sentence or two per language, written for this test. */
  static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("en", "The government on Tuesday approved a new package of measures to curb rising energy prices, "
          + "the minister told a news conference."),
      Map.entry("es", "El Gobierno aprobó este martes un paquete de medidas económicas para frenar la subida de los "
          + "precios de la energía, según informó la ministra en una rueda de prensa."),
      Map.entry("fr", "Le gouvernement a présenté mardi un projet de loi visant à réduire les dépenses publiques de dix "
          + "milliards d'euros, a annoncé le ministre de l'Économie devant les députés."),
      Map.entry("de", "Die Bundesregierung hat am Dienstag ein neues Maßnahmenpaket beschlossen, um die steigenden "
          + "Energiepreise abzufedern, teilte ein Sprecher des Ministeriums mit."),
      Map.entry("it", "Il governo ha approvato martedì un nuovo pacchetto di misure per contenere l'aumento dei prezzi "
          + "dell'energia, ha dichiarato il ministro durante una conferenza stampa."),
      Map.entry("pt", "O governo aprovou nesta terça-feira um novo pacote de medidas para conter a alta dos preços da "
          + "energia, informou o ministro em entrevista coletiva aos jornalistas."),
      Map.entry("nl", "De regering heeft dinsdag een nieuw pakket maatregelen goedgekeurd om de stijgende energieprijzen "
          + "te beperken, zo maakte de minister bekend op een persconferentie."),
      Map.entry("ru", "Правительство во вторник одобрило новый пакет мер по сдерживанию роста цен на энергоносители, "
          + "сообщил министр на пресс-конференции."),
      Map.entry("uk", "Уряд у вівторок схвалив новий пакет заходів для стримування зростання цін на енергоносії, "
          + "повідомив міністр на пресконференції. Заходи почнуть діяти з наступного місяця."),
      Map.entry("pl", "Rząd zatwierdził we wtorek nowy pakiet środków mających powstrzymać wzrost cen energii, "
          + "poinformował minister na konferencji prasowej."),
      Map.entry("tr", "Hükümet salı günü enerji fiyatlarındaki artışı sınırlamak için yeni bir önlem paketini onayladı, "
          + "bakan bir basın toplantısında açıkladı."),
      Map.entry("ar", "وافقت الحكومة يوم الثلاثاء على حزمة جديدة من الإجراءات للحد من ارتفاع أسعار الطاقة، "
          + "حسبما أعلن الوزير في مؤتمر صحفي."),
      Map.entry("zh", "政府星期二批准了一揽子新措施，以遏制能源价格上涨，部长在新闻发布会上表示。这些措施将于下个月开始实施，"
          + "预计将惠及数百万家庭和小企业。"),
      Map.entry("ja", "政府は火曜日、エネルギー価格の上昇を抑えるための新たな対策を閣議決定したと、大臣が記者会見で明らかにした。"
          + "対策は来月から実施される予定だ。"),
      Map.entry("ko", "정부는 화요일 에너지 가격 상승을 억제하기 위한 새로운 대책을 승인했다고 장관이 기자회견에서 밝혔다. "
          + "이 대책은 다음 달부터 시행될 예정이다."));

  /**
   * The benchmark pages that are not in English, by page hash, labelled by reading them ("id" is
   * Indonesian, which the detector does not know: it must not answer "en").
   */
  static final Map<String, String> NOT_ENGLISH = Map.ofEntries(
      Map.entry("0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2", "ko"),
      Map.entry("11ea381ad92b5448cf66eae62f52ac565361a244c8881615fc6a7bb523cc0c32", "pt"),
      Map.entry("20b2b64916b00b25203c9f1bf14248922f4d522f18328e9f876cce116df0083e", "it"),
      Map.entry("21486419bb109c5a62a68957f528e6ff29c92f58d8d3c1f2837c86ff3f3e11f9", "id"),
      Map.entry("23aaecd14171f96cfd201a8a46666097e286ad71f74f29347a78c5ecba50da1e", "pt"),
      Map.entry("3252222e61fe78982cffe0b0bad2b089c27b32f65852d1c5d3951517f3c2e295", "pt"),
      Map.entry("3c6d3381ef52ca26be2fbde19c1b0fe17d85682b726dfecf5e300c1ca34546b1", "ru"),
      Map.entry("57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2", "de"),
      Map.entry("7837c9d66c815b9a21dd669a3dc21677c3f084b1b7dd603d56e87867d8970dd3", "id"),
      Map.entry("85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3", "ja"),
      Map.entry("9da36ae4714bfccc72374c6c146e9d1cd3cca39e2110bd67ccdbcc806f4cf139", "ko"),
      Map.entry("b3c19dd5f0612d098788fa5173e491b3280da6226b492f8fe110f4ab1896cca8", "pt"),
      Map.entry("b6fb53e9fb043c98eb1e6530a1074c40922e29025f5454809f3938a7c174faa3", "it"),
      Map.entry("ba07d1e64775f4090e39116c382111f5a2cfe9528dd179673f4e9bfcea370c15", "de"),
      Map.entry("c4a3637c6696f238cf9fe1c7fbb17bbb6731a71d4f5fe399b9b4fc3294a96a6b", "ru"),
      Map.entry("c82b3d1d540bbbd6081bdfb78b4c068c583aa766bcaaefe7ad16d24e5413a829", "ru"),
      Map.entry("cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e", "pt"),
      Map.entry("f105de6e63ca91ea482f60193f6252092557f969f2fd128ff68c0d4d6b90dd7d", "ja"),
      Map.entry("f6ac15a4d98511396da23e4428deb5605422b1c8bbc8284e771f6896bdccf57f", "pt"),
      Map.entry("ff0f958ade714ebfaf5c0b42b1c0152a62063f4e6f72141406ccefc4a2677f21", "ru"));

  static final LanguageDetector DETECTOR = LanguageDetector.standard();

  @Test
  void tellsTheFifteenLanguages() {
    assertThat(LanguageDetector.languages()).hasSize(15).containsAll(SAMPLES.keySet());
    for (Map.Entry<String, String> s : SAMPLES.entrySet()) {
      assertThat(DETECTOR.detect(s.getValue())).as(s.getKey()).contains(s.getKey());
    }
  }

  @Test
  void noAnswerRatherThanAWrongOne() {
    assertThat(DETECTOR.detect(null)).isEmpty();
    assertThat(DETECTOR.detect("")).isEmpty();
    assertThat(DETECTOR.detect("Officials said.")).as("too short").isEmpty();
    assertThat(DETECTOR.detect("1,234 5,678 9,012 — 3.4% +5.6% (2024) ".repeat(10))).as("no letters").isEmpty();
    assertThat(LanguageDetector.sample("word ".repeat(2000))).hasSizeLessThanOrEqualTo(LanguageDetector.SAMPLE_CHARS);
  }

  /**
   * The benchmark's 181 real article bodies (161 English, 20 others, labelled above): English is
   * recognised, no page gets a wrong language, and the cost per article is printed.
   */
  @Test
  void realArticles() throws IOException {
    Path gt = SharedDir.locate().resolve("eval/article-extraction-benchmark/ground-truth.json");
    JsonNode root = new ObjectMapper().readTree(Files.readString(gt));
    int english = 0;
    int englishFound = 0;
    int inSet = 0;
    int inSetFound = 0;
    int undetermined = 0;
    List<String> wrong = new ArrayList<>();
    long chars = 0;
    long cold = System.nanoTime();
    for (Iterator<String> it = root.fieldNames(); it.hasNext();) DETECTOR.detect(root.get(it.next()).get("articleBody").asText());
    double coldMs = (System.nanoTime() - cold) / 1e6;
    long t0 = System.nanoTime();
    for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
      String hash = it.next();
      String body = root.get(hash).get("articleBody").asText();
      chars += Math.min(body.length(), LanguageDetector.SAMPLE_CHARS);
      String gold = NOT_ENGLISH.getOrDefault(hash, "en");
      Optional<String> got = DETECTOR.detect(body);
      if (got.isEmpty()) {
        undetermined++;
      } else if (!got.get().equals(gold)) {
        wrong.add(hash.substring(0, 8) + " " + gold + "->" + got.get());
      }
      if (gold.equals("en")) {
        english++;
        if (got.equals(Optional.of("en"))) englishFound++;
      } else if (LanguageDetector.languages().contains(gold)) {
        inSet++;
        if (got.equals(Optional.of(gold))) inSetFound++;
      }
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    int pages = root.size();
    System.out.printf("Lingua (low accuracy, 15 languages): models loaded in %d ms; %d articles: first pass "
            + "%.1f ms per article (JIT warming up), second pass %.1f ms per article (%.0f chars looked at on average)%n",
        DETECTOR.loadTime().toMillis(), pages, coldMs / pages, ms / pages, (double) chars / pages);
    System.out.printf("language on the benchmark: English %d/%d, other known languages %d/%d, "
        + "undetermined %d, wrong %d %s%n", englishFound, english, inSetFound, inSet, undetermined, wrong.size(), wrong);
    assertThat(pages).isEqualTo(181);
    assertThat(wrong).isEmpty();
    assertThat(englishFound).isGreaterThanOrEqualTo(english - 3);
    assertThat(inSetFound).isGreaterThanOrEqualTo(inSet - 2);
  }

  @Test
  void sharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Optional<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String text = i % 2 == 0 ? SAMPLES.get("de") : SAMPLES.get("en");
        futures.add(pool.submit(() -> LanguageDetector.standard().detect(text)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).contains(i % 2 == 0 ? "de" : "en");
      }
      assertThat(LanguageDetector.standard()).isSameAs(DETECTOR);
    } finally {
      pool.shutdownNow();
    }
  }

  static Article article(String id, String text) {
    return new Article(id, "f.jsonl", text, new Span(0, text.length()), null, null, null, null, ArticleHash.of(text));
  }

  @Test
  void policySkipsWhatItDoesNotKeep() {
    LanguagePolicy english = LanguagePolicy.englishOnly();
    assertThat(english.check(article("a1", SAMPLES.get("en")))).isEmpty();
    Skipped de = english.check(article("a2", SAMPLES.get("de"))).orElseThrow();
    assertThat(de).isEqualTo(new Skipped("a2", "language de", "de"));
    assertThat(de.line()).isEqualTo("a2: skipped: language de");
    assertThat(english.check(article("a3", "Short text."))).as("undetermined is kept").isEmpty();

    LanguagePolicy strict = new LanguagePolicy(DETECTOR, Set.of("en", "fr"), false);
    assertThat(strict.check(article("a4", SAMPLES.get("fr")))).isEmpty();
    assertThat(strict.check(article("a5", "Short text."))).contains(new Skipped("a5", "language undetermined", null));
    assertThatThrownBy(() -> new LanguagePolicy(DETECTOR, Set.of("xx"), true))
        .hasMessageStartingWith("cannot detect language 'xx': expected one of [ar, de, en");
    assertThatThrownBy(() -> new Skipped("a", "two\nlines", null)).isInstanceOf(IllegalArgumentException.class);
  }
}
