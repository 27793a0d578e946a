package org.claimtrack.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyExtractorTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "Advertisement", "ADVERTISEMENT", "Read more", "Share this article", "Story continues below advertisement",
    "Read more: What to expect from the council vote", "Related: Transit fares to rise",
    "Leia também: Ônibus novos", "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press",
    "Published November 19, 2019", "Updated 5:10 p.m. ET Nov. 19, 2019", "19/11/2019 10:32",
    "Get the latest updates right in your inbox. Subscribe to our newsletters.",
    "Have a tip? Amy Lee may be reached at alee@example.com. Follow her on Twitter.",
    "China has warned it will take control (Image: GETTY )", "Natalie Naccache | Bloomberg | Getty Images",
    "Reporting by Rodrigo Campos; Editing by Nick Zieminski",
    "[button link=\"/submit\" type=\"big\"] Send us YOUR review[/button]",
    "https://example.com/wp-content/uploads/a.jpeg 1200 676 https://example.com/b.jpeg",
    "Advert", "This slideshow requires JavaScript."})
  void boilerplateLines(String line) {
    assertThat(BodyExtractor.boilerplate(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "By 2030, emissions will have to fall by half.", "By Tuesday, the company had hired 40 people.",
    "The vote is on March 3, 2020.", "— The Nigerian Senate (@NGRSenate) October 9, 2018",
    "Subscribers to the paper's newsletter rose by 10% last year.",
    "Read the full report on the ministry's website, officials said.", "Related parties hold 40% of the shares.",
    "The photo was taken by a Getty Images photographer in 2012, the agency said."})
  void articleLines(String line) {
    assertThat(BodyExtractor.boilerplate(line)).isFalse();
  }

  @Test
  void sameHeadline() {
    assertThat(BodyExtractor.similar(BodyExtractor.norm("Council passes budget"),
        BodyExtractor.norm("Council passes budget | Gazette"))).isTrue();
    assertThat(BodyExtractor.similar(BodyExtractor.norm("Budget"), BodyExtractor.norm("Council passes budget"))).isFalse();
  }

  @Test
  void blobsAreNotText() {
    assertThat(BodyExtractor.blob("x".repeat(500))).isTrue();
    assertThat(BodyExtractor.blob("word ".repeat(100))).isFalse();
    assertThat(BodyExtractor.blob("日本語の文章です。".repeat(40))).isFalse();
  }

  @Test
  void chartAxesAndLegendsAreNoTextButTheChartHeadlineIs() {
    String html = "<html><body><article><div class=\"body\">"
        + "<p>First paragraph of the story, long enough to be running text, with a comma in it.</p>"
        + "<div class=\"chartHed\">Treasury has paid at least $1.4 billion in interest since 2012</div>"
        + "<div class=\"chart-axis\"><span>2019</span><span>2020</span><span>'21</span></div>"
        + "<div class=\"chart-legend\"><span>Apple 40%</span><span>Cisco 30%</span></div>"
        + "<p>Second paragraph of the story, also long enough to be running text, with a comma.</p>"
        + "</div></article><div class=\"BreakpointDetector_container\"><span>0 : 0</span></div></body></html>";
    HtmlArticle a = ((org.claimtrack.domain.Result.Ok<HtmlArticle>) HtmlArticleExtractor.standard()
        .extract("p", html, null)).value();
    assertThat(a.paragraphs()).isEqualTo(List.of(
        "First paragraph of the story, long enough to be running text, with a comma in it.",
        "Treasury has paid at least $1.4 billion in interest since 2012",
        "Second paragraph of the story, also long enough to be running text, with a comma."));
  }

  @Test
  void relatedHeadingDropsTheSectionItHeads() {
    String html = "<html><body><article><div class=\"body\">"
        + "<p>First paragraph of the story, long enough to be running text, with a comma in it.</p>"
        + "<div class=\"inline-box\"><h3>Related stories</h3><p>A teaser that reads like text, long enough, and with a comma.</p></div>"
        + "<p>Second paragraph of the story, also long enough to be running text, with a comma.</p>"
        + "<h3>You may also like</h3>"
        + "<p>Another teaser at the end that reads like text, long enough, and with a comma.</p>"
        + "</div></article></body></html>";
    HtmlArticle a = ((org.claimtrack.domain.Result.Ok<HtmlArticle>) HtmlArticleExtractor.standard()
        .extract("p", html, null)).value();
    assertThat(a.paragraphs()).isEqualTo(List.of(
        "First paragraph of the story, long enough to be running text, with a comma in it.",
        "Second paragraph of the story, also long enough to be running text, with a comma."));
  }
}
