package org.claimtrack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (.ci/chromium-setup installs both). Screenshots of each page go to
 * target/screenshots.
 */
class BrowserTest {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";
  static TestServer s;
  static WebDriver d;
  static Path shots;
  static Path profile;

  @BeforeAll
  static void browser() throws Exception {
    if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
      throw new AssertionError("the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
          + "): run sudo bash .ci/chromium-setup");
    }
    s = TestServer.get();
    shots = Path.of(System.getProperty("claimtrack.screenshots", "target/screenshots"));
    Files.createDirectories(shots);
    d = chromium(true);
  }

  static WebDriver chromium(boolean javascript) throws Exception {
    profile = Files.createTempDirectory("claimtrack-chromium-");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    // the flags this machine needs: no sandbox as root, and no background traffic to a closed network
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1280,1500");
    if (!javascript) o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort()
        .build();
    return new ChromeDriver(svc, o);
  }

  @AfterAll
  static void quit() {
    if (d != null) d.quit();
  }

  static void shot(WebDriver drv, String name) throws Exception {
    File f = ((TakesScreenshot) drv).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static WebDriverWait waiting(int seconds) {
    return new WebDriverWait(d, Duration.ofSeconds(seconds));
  }

  static void noAlert() {
    try {
      String text = d.switchTo().alert().getText();
      throw new AssertionError("an alert opened: " + text);
    } catch (NoAlertPresentException expected) {
      // inert
    }
  }

  @Test
  void theRussiaTrackerShowsItsEstimatesInDateOrderWithRevisionsMarkedAndTheSentenceOnHover() throws Exception {
    d.get(s.url("/trackers"));
    assertThat(d.findElements(By.cssSelector("table.trackers svg.spark"))).isNotEmpty();
    shot(d, "trackers");
    d.get(s.url("/trackers/" + ApiTest.RUSSIA));
    List<WebElement> rows = d.findElements(By.cssSelector("table.estimates tbody tr"));
    assertThat(rows.size()).isGreaterThanOrEqualTo(8);
    LocalDate prev = LocalDate.MIN;
    for (WebElement r : rows) {
      String date = r.findElement(By.cssSelector("td:nth-child(2)")).getText();
      if (date.equals("undated")) continue;
      assertThat(LocalDate.parse(date)).as("figures in date order").isAfterOrEqualTo(prev);
      prev = LocalDate.parse(date);
    }
    assertThat(d.findElements(By.cssSelector("#tracker-chart line.revision")).size()).isGreaterThanOrEqualTo(2);
    assertThat(d.findElement(By.id("rev-h")).isDisplayed()).isTrue();
    assertThat(d.findElements(By.cssSelector("#tracker-chart a.est.repeat"))).as("the repeat is drawn faded").isNotEmpty();
    assertThat(d.findElements(By.cssSelector("#tracker-chart a.est.hedged"))).as("the hedged figure is hollow").isNotEmpty();
    assertThat(d.findElements(By.cssSelector("ol.strip li.day"))).isNotEmpty();
    assertThat(d.findElement(By.id("verdict")).getText()).startsWith("Verdict:");
    assertThat(d.findElement(By.cssSelector("figcaption .drawn")).getText()).contains("drawn").contains("CSV").contains("JSON");
    WebElement mark = d.findElements(By.cssSelector("#tracker-chart a.est")).get(0);
    new Actions(d).moveToElement(mark).perform();
    WebElement panel = d.findElement(By.id("hover-panel"));
    waiting(5).until(x -> panel.isDisplayed());
    assertThat(panel.getText()).contains(mark.getAttribute("data-sentence"));
    shot(d, "tracker");
  }

  @Test
  void aConflictIsMarkedOnTheChartTheTableAndTheDayStrip() throws Exception {
    JsonNode conflicted = s.json("/api/trackers?flag=conflicted").get("items").get(0);
    d.get(s.url("/trackers/" + conflicted.get("id").asText()));
    assertThat(d.findElements(By.cssSelector("#tracker-chart .conflict-mark")).size()).isGreaterThanOrEqualTo(2);
    assertThat(d.findElements(By.cssSelector("#tracker-chart line.conflict-link"))).isNotEmpty();
    assertThat(d.findElements(By.cssSelector("table.estimates tr.conflict")).size()).isGreaterThanOrEqualTo(2);
    assertThat(d.findElements(By.cssSelector("ol.strip li.day.conflict"))).isNotEmpty();
    shot(d, "tracker-conflict");
  }

  @Test
  void clickingAnEstimateOpensTheArticleWithThatNumberHighlighted() throws Exception {
    JsonNode est = null;
    for (JsonNode e : s.json("/api/trackers/" + ApiTest.RUSSIA).get("estimates")) {
      if (e.get("repeatOf").isNull() && !e.get("reportedOn").isNull() && e.get("figure").asText().contains("12,000")) est = e;
    }
    assertThat(est).as("a 12,000 figure in the Russia tracker").isNotNull();
    String claim = est.get("claimId").asText();
    d.get(s.url("/trackers/" + ApiTest.RUSSIA));
    d.findElement(By.cssSelector("#tracker-chart a.est[data-claim='" + claim + "']")).click();
    waiting(10).until(x -> x.getCurrentUrl().endsWith("#claim-" + claim));
    assertThat(d.getCurrentUrl()).contains("/articles/" + est.get("article").get("hash").asText());
    List<WebElement> numbers = waiting(10).until(x -> {
      List<WebElement> found = x.findElements(By.cssSelector(".article-text .hl-number.target"));
      return found.isEmpty() ? null : found;
    });
    assertThat(numbers.stream().map(WebElement::getText).toList()).contains(est.get("surface").asText());
    WebElement card = d.findElement(By.id("claim-" + claim));
    assertThat(card.getAttribute("class")).contains("target");
    assertThat(card.getText()).contains(est.get("surface").asText());
    shot(d, "article");
  }

  @Test
  void searchFindsSergeevka() throws Exception {
    d.get(s.url("/search"));
    WebElement q = d.findElement(By.id("q"));
    q.sendKeys("Sergeevka", Keys.ENTER);
    List<WebElement> hits = waiting(10).until(x -> {
      List<WebElement> found = x.findElements(By.cssSelector("ol.hits li"));
      return found.isEmpty() ? null : found;
    });
    assertThat(hits.get(0).getText()).containsIgnoringCase("Sergeevka");
    hits.get(0).findElement(By.tagName("a")).click();
    waiting(10).until(x -> x.getCurrentUrl().contains("/articles/"));
    assertThat(d.findElement(By.id("article-text")).getText()).contains("Sergeevka");
    d.get(s.url("/search?q=Sergeevka"));
    shot(d, "search");
  }

  @Test
  void anIngestThroughThePageAddsAnArticleAndTheTrackerUpdates() throws Exception {
    int before = s.json("/api/trackers/" + ApiTest.RUSSIA).get("estimates").size();
    d.get(s.url("/ingest"));
    d.findElement(By.linkText("Sign in with a write token")).click();
    d.findElement(By.id("token")).sendKeys(s.token, Keys.ENTER);
    waiting(10).until(x -> x.getCurrentUrl().endsWith("/ingest"));
    d.findElement(By.name("text")).sendKeys("Monday, November 25, 2024\nMore North Korean troops reach Russia | Test Wire\n\n"
        + "Test Wire \u2014\nSouth Korea's National Intelligence Service said on Monday that about 13,000 North Korean"
        + " soldiers were now in Russia.\n\nThe agency gave no further details.\n");
    d.findElement(By.name("name")).clear();
    d.findElement(By.name("name")).sendKeys("nis-13000.txt");
    shot(d, "ingest");
    d.findElement(By.cssSelector("#ingest-form button[type=submit]")).click();
    waiting(10).until(x -> x.getCurrentUrl().matches(".*/ingest/[^/]+$"));
    // the page updates itself (htmx polls the progress fragment) until the job is done
    // (htmx swaps the fragment between a find and a read: a stale element is looked up again)
    waiting(180).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(x -> "DONE".equals(x.findElement(By.id("job-progress")).getAttribute("data-state")));
    assertThat(d.findElement(By.id("job-stored")).getText()).isEqualTo("1");
    shot(d, "ingest-job");
    d.get(s.url("/trackers/" + ApiTest.RUSSIA));
    List<WebElement> rows = d.findElements(By.cssSelector("table.estimates tbody tr"));
    assertThat(rows).hasSize(before + 1);
    assertThat(rows.get(rows.size() - 1).getText()).contains("13,000").contains("2024-11-25");
  }

  @Test
  void anXssProbeArticleRendersInert() throws Exception {
    String hash = null;
    for (JsonNode a : s.json("/api/articles?limit=500").get("items")) {
      if (TestServer.PROBE_TITLE.equals(a.get("title").asText())) hash = a.get("hash").asText();
    }
    assertThat(hash).as("the probe article is stored").isNotNull();
    d.get(s.url("/articles/" + hash));
    noAlert();
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo(TestServer.PROBE_TITLE);
    assertThat(d.findElements(By.tagName("img"))).isEmpty();
    List<WebElement> scripts = d.findElements(By.tagName("script"));
    for (WebElement sc : scripts) assertThat(sc.getAttribute("src")).isNotBlank();
    assertThat(d.findElement(By.id("article-text")).getText()).contains("<script>alert(3)</script>")
        .contains("\"><img src=x onerror=alert(4)>");
    shot(d, "xss-probe");
    for (String path : List.of("/search?q=drones", "/trackers", "/sources?q=officials")) {
      d.get(s.url(path));
      noAlert();
      assertThat(d.findElements(By.tagName("img"))).as(path).isEmpty();
    }
  }

  @Test
  void keyboardReachesEveryFigureOfTheChart() {
    d.get(s.url("/trackers/" + ApiTest.RUSSIA));
    WebElement body = d.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    assertThat(d.switchTo().activeElement().getText()).isEqualTo("Skip to content");
    boolean reached = false;
    for (int i = 0; i < 80 && !reached; i++) {
      d.switchTo().activeElement().sendKeys(Keys.TAB);
      WebElement a = d.switchTo().activeElement();
      reached = a.getAttribute("class") != null && a.getAttribute("class").contains("est");
    }
    assertThat(reached).as("Tab reaches a figure of the chart").isTrue();
    assertThat(d.findElement(By.id("hover-panel")).isDisplayed()).as("focus shows the sentence").isTrue();
  }

  @Test
  void readableOnAPhone() throws Exception {
    d.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      for (String path : List.of("/trackers", "/trackers/" + ApiTest.RUSSIA, "/search?q=troops")) {
        d.get(s.url(path));
        long overflow = (Long) ((JavascriptExecutor) d).executeScript(
            "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no sideways scrolling of the page at %s", path).isLessThanOrEqualTo(1);
      }
      shot(d, "phone-tracker");
    } finally {
      d.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
    }
  }

  @Test
  void readingWorksWithoutJavaScript() throws Exception {
    WebDriver plain = chromium(false);
    try {
      plain.get(s.url("/trackers"));
      plain.findElement(By.linkText(s.json("/api/trackers/" + ApiTest.RUSSIA).get("what").asText())).click();
      assertThat(plain.findElements(By.cssSelector("table.estimates tbody tr")).size()).isGreaterThanOrEqualTo(8);
      assertThat(plain.findElements(By.cssSelector("#tracker-chart a.est"))).isNotEmpty();
      plain.findElements(By.cssSelector("table.estimates a.figure")).get(0).click();
      assertThat(plain.getCurrentUrl()).contains("#claim-");
      assertThat(plain.findElements(By.cssSelector(".article-text .hl-number"))).isNotEmpty();
      assertThat(plain.findElements(By.cssSelector(".claim-card"))).isNotEmpty();
    } finally {
      plain.quit();
    }
  }

  static WebElement marker(String name) {
    return d.findElements(By.cssSelector("#map path.place-marker")).stream()
        .filter(m -> name.equals(m.getAttribute("data-name"))).findFirst()
        .orElseThrow(() -> new AssertionError("no marker named " + name + " on the map"));
  }

  static void mapDrawn() {
    waiting(60).until(x -> {
      WebElement m = d.findElement(By.id("map"));
      return m.getAttribute("data-places") != null && m.getAttribute("data-outlines") != null;
    });
  }

  @Test
  void theMapShowsTheSeedsPlacesOverCountryOutlinesAndClickingAPlaceListsItsClaims() throws Exception {
    d.get(s.url("/map"));
    mapDrawn();
    noAlert();
    assertThat(d.findElements(By.cssSelector("#map path.country")).size()).as("country outlines").isGreaterThan(200);
    List<String> names = d.findElements(By.cssSelector("#map path.place-marker")).stream()
        .map(m -> m.getAttribute("data-name")).toList();
    assertThat(names).contains("Kursk region", "Sergeevka", "Kazan", "Far East");
    // no tile server: every image and request is this server's
    assertThat(d.findElements(By.cssSelector("#map img.leaflet-tile"))).isEmpty();
    shot(d, "map");

    new Actions(d).moveToElement(marker("Kazan")).click().perform();
    WebElement panel = d.findElement(By.id("place-claims"));
    waiting(10).until(x -> panel.getText().startsWith("Kazan"));
    List<WebElement> claims = panel.findElements(By.cssSelector("ul.claims li a"));
    assertThat(claims).isNotEmpty();
    assertThat(panel.getText()).contains("Tatarstan");
    assertThat(claims.get(0).getAttribute("href")).contains("/articles/").contains("#claim-");

    // keyboard: a place is focusable and Enter lists its claims (Sergeevka: at its containing place)
    marker("Sergeevka").sendKeys(Keys.ENTER);
    waiting(10).until(x -> panel.getText().startsWith("Sergeevka"));
    assertThat(panel.getText()).contains("Kursk");
    shot(d, "map-place");

    // the trackers' layer: the Russia tracker at Russia's point, under the places, reachable by keyboard
    WebElement ring = d.findElement(By.cssSelector("#map path.tracker-marker[data-tracker='" + ApiTest.RUSSIA + "']"));
    assertThat(ring.getAttribute("data-path")).isEqualTo("Russia");
    ring.sendKeys(Keys.ENTER);
    String what = s.json("/api/trackers/" + ApiTest.RUSSIA).get("what").asText();
    waiting(10).until(x -> panel.getText().startsWith(what));
    assertThat(panel.findElement(By.cssSelector("p.tracker-path")).getText()).startsWith("Tracker · Russia · country");
    assertThat(panel.findElement(By.cssSelector("h3 a")).getAttribute("href")).endsWith("/trackers/" + ApiTest.RUSSIA);
    shot(d, "map-tracker");

    // filtered by tracker: fewer (or as many) places, and the filter is kept in the form
    int allPlaces = Integer.parseInt(d.findElement(By.id("map")).getAttribute("data-places"));
    d.get(s.url("/map?tracker=" + ApiTest.RUSSIA));
    mapDrawn();
    assertThat(Integer.parseInt(d.findElement(By.id("map")).getAttribute("data-places"))).isPositive()
        .isLessThanOrEqualTo(allPlaces);
    assertThat(new org.openqa.selenium.support.ui.Select(d.findElement(By.name("tracker"))).getFirstSelectedOption()
        .getAttribute("value")).isEqualTo(ApiTest.RUSSIA);
    assertThat(d.findElement(By.id("map")).getAttribute("data-trackers")).isEqualTo("1");
    // a date range after the corpus: no tracker either
    d.get(s.url("/map?from=2030-01-01"));
    mapDrawn();
    assertThat(d.findElements(By.cssSelector("#map path.tracker-marker"))).isEmpty();

    // the list under the map works without JavaScript too: its link opens the place's claims
    d.get(s.url("/map"));
    d.findElement(By.linkText("Kazan")).click();
    assertThat(d.findElement(By.cssSelector("#place-claims h3")).getText()).startsWith("Kazan");
    assertThat(d.findElements(By.cssSelector("#place-claims ul.claims li"))).isNotEmpty();
  }

  @Test
  void aTrackerPageShowsWhereItsFiguresAre() throws Exception {
    d.get(s.url("/trackers/" + ApiTest.RUSSIA));
    mapDrawn();
    List<WebElement> rows = d.findElements(By.cssSelector("section.where table.places tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(d.findElements(By.cssSelector("section.where #map path.place-marker"))).hasSize(rows.size());
    assertThat(d.findElement(By.cssSelector("section.where")).getText()).contains("Russia");
    // its place, resolved: the containment path (here a country: just "Russia") and the codes; on its map, the tracker
    assertThat(d.findElement(By.id("place-path")).getText()).startsWith("Where: Russia").contains("country · RU");
    assertThat(d.findElements(By.cssSelector("section.where #map path.tracker-marker"))).hasSize(1);
    assertThat(d.findElement(By.cssSelector("section.where table.map-trackers")).getText()).contains("Russia");
    new Actions(d).moveToElement(d.findElements(By.cssSelector("section.where #map path.place-marker")).get(0)).click().perform();
    waiting(10).until(x -> !d.findElements(By.cssSelector("#place-claims ul.claims li")).isEmpty());
    shot(d, "tracker-where");
  }
}
