package org.claimtrack.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Authorial figures name the publisher: from metadata, else the site's name, else its domain. */
class SiteNameTest {

  private static String publisher(String html, String url) {
    return Metadata.read(Jsoup.parse(html, url == null ? "" : url), url).publisher();
  }

  @Test
  void anApplicationNameThatIsTheHeadlineIsNoPublisher() {
    String html = "<html><head><title>Halls too full, experts warn</title>"
        + "<meta name=\"application-name\" content=\"Halls too full, experts warn\"></head><body><p>x</p></body></html>";
    assertThat(publisher(html, "https://www.theguardian.com/education/2020/oct/02/halls")).isEqualTo("The Guardian");
  }

  @Test
  void aSiteNameGivenAsValueIsRead() {
    String html = "<html><head><title>A bizarre tally</title><meta value=\"MSNBC.com\" name=\"og:site_name\"></head>"
        + "<body><p>x</p></body></html>";
    assertThat(publisher(html, "https://www.msnbc.com/show/a-bizarre-tally")).isEqualTo("MSNBC.com");
  }

  @Test
  void theTitlesPartThatSpellsTheHostElseTheDomain() {
    String titled = "<html><head><title>Storm hits coast | Daily Herald</title></head><body><p>x</p></body></html>";
    assertThat(publisher(titled, "https://www.dailyherald.com/news/storm")).isEqualTo("Daily Herald");
    String bare = "<html><head><title>Storm hits coast</title></head><body><p>x</p></body></html>";
    assertThat(publisher(bare, "https://news.example.org/storm")).isEqualTo("news.example.org");
    assertThat(publisher(bare, null)).isNull();
  }
}
