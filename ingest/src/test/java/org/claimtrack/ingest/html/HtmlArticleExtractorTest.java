package org.claimtrack.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.domain.Span;
import org.claimtrack.ingest.ArticleHash;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  private final HtmlArticleExtractor x = HtmlArticleExtractor.standard();

  private HtmlArticle ok(String html) {
    return ok(html, null);
  }

  private HtmlArticle ok(String html, String baseUrl) {
    Result<HtmlArticle> r = x.extract("page.html", html, baseUrl);
    assertThat(r).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<HtmlArticle>) r).value();
  }

  private static Problem problem(Result<HtmlArticle> r) {
    assertThat(r).isInstanceOf(Result.Failed.class);
    return ((Result.Failed<HtmlArticle>) r).problem();
  }

  /** A page around one paragraph of running text, with extra markup in its head. */
  static String page(String head, String body) {
    return "<html><head>" + head + "</head><body>" + body
        + "<div class=\"text\"><p>The committee met on Monday to review the proposal, which would add two new bus lines"
        + " and extend service hours on weekends, officials said in a statement.</p></div></body></html>";
  }

  // ---------------------------------------------------------------- the body

  @Test
  void newsPageBodyIsTheArticleWithoutFurniture() {
    HtmlArticle a = ok(TestPages.NEWS);
    assertThat(a.paragraphs()).containsExactly(TestPages.NEWS_PARAGRAPHS);
    assertThat(a.body()).doesNotContain("Advertisement", "Share", "cookies", "newsletter", "Related", "reader42",
        "Most read", "Photo:", "By ", "Read more", "rights reserved", "November 19, 2024", "Sport");
  }

  @Test
  void newsPageMetadata() {
    HtmlArticle a = ok(TestPages.NEWS);
    assertThat(a.title()).isEqualTo("Council passes $4.2bn budget after late-night debate");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 19));
    assertThat(a.dateSource()).isEqualTo("json-ld");
    assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(a.publisher()).isEqualTo("Example Gazette");
    assertThat(a.url()).isEqualTo("https://gazette.example/news/2024/11/19/council-budget");
    assertThat(a.language()).isEqualTo("en-GB");
  }

  @Test
  void headingsAndListItemsAreParagraphsOfTheirOwn() {
    HtmlArticle a = ok("<html><body><article><h1>Title</h1>"
        + "<p>First paragraph of the story, which is long enough to read like running text, and has a comma.</p>"
        + "<h2>A subheading</h2><p>Second paragraph, also long enough to be taken for running text by anyone.</p>"
        + "<ol><li>One item of a list</li><li>Another item</li></ol>"
        + "<p>Third paragraph<br>with a line break, and enough words to count as a sentence here.</p></article></body></html>");
    assertThat(a.body()).isEqualTo("First paragraph of the story, which is long enough to read like running text, and has a comma."
        + "\n\nA subheading\n\nSecond paragraph, also long enough to be taken for running text by anyone."
        + "\n\nOne item of a list\n\nAnother item"
        + "\n\nThird paragraph\nwith a line break, and enough words to count as a sentence here.");
  }

  @Test
  void titleIsNotRepeatedInTheBody() {
    HtmlArticle a = ok(page("<meta property=\"og:title\" content=\"Bus lines to be extended\">",
        "<h1>Bus lines to be extended</h1>"));
    assertThat(a.body()).doesNotContain("Bus lines to be extended");
  }

  @Test
  void brokenMarkupIsReadAsBrowsersReadIt() {
    HtmlArticle a = ok("<html><body><div class=content><p>An unclosed paragraph that runs on, with a comma, for a while"
        + "<p>Another one <b>with bold <i>and italic</b> text, also unclosed, and long enough to count"
        + "<div><table><tr><td>cell</div></body>");
    assertThat(a.body()).contains("An unclosed paragraph that runs on", "Another one with bold and italic text");
  }

  @Test
  void wholePageHarvestWhenNoContainerStandsOut() {
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < 3; i++) {
      sb.append("<div><span>Paragraph ").append(i)
          .append(" stands alone in its own box, with enough words and a comma to count as text.</span></div>");
    }
    sb.append("</body></html>");
    HtmlArticle a = ok(sb.toString());
    assertThat(a.paragraphs()).hasSize(3);
  }

  // ---------------------------------------------------------------- metadata

  @Test
  void jsonLdGraphWithReferences() {
    String ld = """
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "@id": "https://site.example/#website", "name": "Site"},
          {"@type": "Organization", "@id": "https://site.example/#org", "name": "Site Media Ltd"},
          {"@type": "WebPage", "@id": "https://site.example/a/#webpage", "name": "Page name | Site", "datePublished": "2020-01-01"},
          {"@type": ["Article", "NewsArticle"], "headline": "Graph headline", "datePublished": "2021-03-04T10:00:00Z",
           "author": {"@id": "https://site.example/#/person/1"}, "publisher": {"@id": "https://site.example/#org"},
           "mainEntityOfPage": {"@id": "https://site.example/a/"}},
          {"@type": "Person", "@id": "https://site.example/#/person/1", "name": "Ada Writer"}
        ]}
        </script>""";
    HtmlArticle a = ok(page(ld, ""));
    assertThat(a.title()).isEqualTo("Graph headline");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(a.dateSource()).isEqualTo("json-ld");
    assertThat(a.authors()).containsExactly("Ada Writer");
    assertThat(a.publisher()).isEqualTo("Site Media Ltd");
    assertThat(a.url()).isEqualTo("https://site.example/a/");
  }

  @Test
  void jsonLdTopLevelListAuthorStringsAndLenientSyntax() {
    String ld = """
        <script type="application/ld+json">
        <!--
        [{"@type": "BreadcrumbList", "itemListElement": []},
         {"@type": "ReportageNewsArticle", "headline": "Tom &amp; Jerry&#8217;s day",
          "datePublished": "2022-07-08", "author": ["By Sam Smith", "Lee Jones"],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Wire"}, },
        ]
        -->
        </script>""";
    HtmlArticle a = ok(page(ld, ""));
    assertThat(a.title()).isEqualTo("Tom & Jerry’s day");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 7, 8));
    assertThat(a.authors()).containsExactly("Sam Smith", "Lee Jones");
    assertThat(a.publisher()).isEqualTo("Wire");
  }

  @Test
  void jsonLdPageAddressIsItsIdNotItsName() {
    HtmlArticle a = ok(page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\","
        + " \"mainEntityOfPage\": {\"@type\": \"WebPage\", \"name\": \"Page name\", \"@id\": \"https://s.example/a\"}}"
        + "</script>", ""), "https://s.example/amp/a");
    assertThat(a.url()).isEqualTo("https://s.example/a");
  }

  @Test
  void brokenJsonLdIsIgnored() {
    HtmlArticle a = ok(page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
        + "<meta property=\"og:title\" content=\"From OG\">", ""));
    assertThat(a.title()).isEqualTo("From OG");
  }

  @Test
  void openGraphOnly() {
    HtmlArticle a = ok(page("""
        <meta property="og:title" content="Headline from OG">
        <meta property="og:site_name" content="The Daily Example">
        <meta property="og:url" content="https://daily.example/story">
        <meta property="og:locale" content="pt_BR">
        <meta property="article:published_time" content="2019-11-19T05:00:00.000Z">""", ""));
    assertThat(a.title()).isEqualTo("Headline from OG");
    assertThat(a.publisher()).isEqualTo("The Daily Example");
    assertThat(a.url()).isEqualTo("https://daily.example/story");
    assertThat(a.language()).isEqualTo("pt-BR");
    assertThat(a.published()).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(a.dateSource()).isEqualTo("opengraph");
  }

  @Test
  void otherMetaTags() {
    assertThat(ok(page("<meta name=\"parsely-pub-date\" content=\"2018-05-06T07:08:09Z\">", "")).published())
        .isEqualTo(LocalDate.of(2018, 5, 6));
    assertThat(ok(page("<meta name=\"sailthru.date\" content=\"2018-05-07 07:08:09\">", "")).published())
        .isEqualTo(LocalDate.of(2018, 5, 7));
    HtmlArticle c = ok(page("<meta name=\"citation_publication_date\" content=\"2018/05/08\">"
        + "<meta name=\"citation_title\" content=\"A paper\"><meta name=\"citation_author\" content=\"Curie, Marie\">", ""));
    assertThat(c.published()).isEqualTo(LocalDate.of(2018, 5, 8));
    assertThat(c.dateSource()).isEqualTo("meta");
    assertThat(c.title()).isEqualTo("A paper");
    assertThat(ok(page("<meta name=\"DC.date.issued\" content=\"2018-05-09\">", "")).published())
        .isEqualTo(LocalDate.of(2018, 5, 9));
  }

  @Test
  void timeElementOnly() {
    HtmlArticle a = ok(page("", "<div class=\"clock\"><time datetime=\"2030-01-01\">today</time></div>"
        + "<article><time datetime=\"2017-02-03T04:05:06+01:00\">Feb 3</time></article>"));
    assertThat(a.published()).isEqualTo(LocalDate.of(2017, 2, 3));
    assertThat(a.dateSource()).isEqualTo("time");
  }

  @Test
  void visibleBylineOnly() {
    HtmlArticle a = ok(page("<title>Buses</title>",
        "<p class=\"byline\">By Jane Doe and John Roe | Published Nov. 22, 2016 at 5:00 p.m.</p>"));
    assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(a.published()).isEqualTo(LocalDate.of(2016, 11, 22));
    assertThat(a.dateSource()).isEqualTo("byline");
    assertThat(a.body()).doesNotContain("Jane Doe");
  }

  @Test
  void datelineJustAfterTheHeadline() {
    String body = "<h1>Ônibus novos</h1><div><small><b>05/10/2018</b> - Publicado por Maria</small></div>";
    HtmlArticle pt = ok("<html lang=\"pt-BR\"><body>" + body + "<div class=\"text\"><p>O comitê se reuniu na"
        + " segunda-feira para analisar a proposta, que acrescentaria duas novas linhas.</p></div></body></html>");
    assertThat(pt.published()).isEqualTo(LocalDate.of(2018, 10, 5));
    assertThat(pt.dateSource()).isEqualTo("byline");
    HtmlArticle us = ok("<html lang=\"en-US\"><body>" + body + "<div class=\"text\"><p>The committee met on"
        + " Monday to review the proposal, which would add two new bus lines.</p></div></body></html>");
    assertThat(us.published()).isEqualTo(LocalDate.of(2018, 5, 10));
    HtmlArticle en = ok("<html lang=\"en\"><body>" + body + "<div class=\"text\"><p>The committee met on"
        + " Monday to review the proposal, which would add two new bus lines.</p></div></body></html>");
    assertThat(en.published()).as("day and month cannot be told apart").isNull();
  }

  @Test
  void bylineAsPlainTextParagraph() {
    HtmlArticle a = ok(page("", "<div><p>By Maria Silva</p></div>"));
    assertThat(a.authors()).containsExactly("Maria Silva");
  }

  @Test
  void urlDateOnly() {
    HtmlArticle a = ok(page("", ""), "https://news.example/2024/11/22/buses-extended/");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(a.dateSource()).isEqualTo("url");
    assertThat(a.url()).isEqualTo("https://news.example/2024/11/22/buses-extended/");
  }

  @Test
  void conflictingDatesFollowTheOrderOfTrust() {
    String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-01-01\"}</script>";
    String og = "<meta property=\"article:published_time\" content=\"2020-01-02\">";
    String meta = "<meta name=\"pubdate\" content=\"2020-01-03\">";
    String time = "<article><time datetime=\"2020-01-04\">Jan 4</time></article>";
    String byline = "<div class=\"dateline\">January 5, 2020</div>";
    String url = "https://x.example/2020/01/06/story";
    record Case(String head, String body, LocalDate date, String source) {}
    List<Case> cases = List.of(
        new Case(jsonLd + og + meta, time + byline, LocalDate.of(2020, 1, 1), "json-ld"),
        new Case(og + meta, time + byline, LocalDate.of(2020, 1, 2), "opengraph"),
        new Case(meta, time + byline, LocalDate.of(2020, 1, 3), "meta"),
        new Case("", time + byline, LocalDate.of(2020, 1, 4), "time"),
        new Case("", byline, LocalDate.of(2020, 1, 5), "byline"),
        new Case("", "", LocalDate.of(2020, 1, 6), "url"));
    for (Case c : cases) {
      HtmlArticle a = ok(page(c.head(), c.body()), url);
      assertThat(a.published()).as(c.source()).isEqualTo(c.date());
      assertThat(a.dateSource()).isEqualTo(c.source());
    }
    HtmlArticle none = ok(page("", ""), "https://x.example/story");
    assertThat(none.published()).isNull();
    assertThat(none.dateSource()).isNull();
  }

  @Test
  void jsonLdBeatsMetaForEveryField() {
    HtmlArticle a = ok(page("""
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD headline",
          "author": {"@type": "Person", "name": "LD Author"}, "publisher": {"name": "LD Publisher"}}</script>
        <meta property="og:title" content="OG headline"><meta name="author" content="Meta Author">
        <meta property="og:site_name" content="OG Site">""", "<p class=\"byline\">By Byline Author</p>"));
    assertThat(a.title()).isEqualTo("LD headline");
    assertThat(a.authors()).containsExactly("LD Author");
    assertThat(a.publisher()).isEqualTo("LD Publisher");
  }

  @Test
  void authorStringsAreCleaned() {
    record Case(String raw, List<String> names) {}
    for (Case c : List.of(
        new Case("By Jane Doe and John Roe", List.of("Jane Doe", "John Roe")),
        new Case("TOM KRISHER, AP Auto Writer", List.of("TOM KRISHER")),
        new Case("LISA MASCARO, MARY CLARE JALONICK, ERIC TUCKER Associated Press",
            List.of("LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER")),
        new Case("Analysis by Chris Cillizza, CNN Editor-at-large", List.of("Chris Cillizza")),
        new Case("The Associated Press", List.of("The Associated Press")),
        new Case("Ana & Bo", List.of("Ana", "Bo")),
        new Case("https://www.facebook.com/someone", List.of()),
        new Case("Staff 2019", List.of()))) {
      List<String> out = new java.util.ArrayList<>();
      Metadata.addAuthors(out, c.raw());
      assertThat(out).as(c.raw()).isEqualTo(c.names());
    }
  }

  @Test
  void bylineElementLosesItsDate() {
    HtmlArticle a = ok(page("", "<div class=\"author-line\">Carrie Arnold November 19, 2019</div>"));
    assertThat(a.authors()).containsExactly("Carrie Arnold");
    HtmlArticle b = ok(page("", "<div class=\"byline\">By Jeff Foust Monday, November 18, 2019</div>"
        + "<form><p class=\"comment-form-author\">Nama (wajib)</p></form>"));
    assertThat(b.authors()).containsExactly("Jeff Foust");
  }

  @Test
  void metaAuthorThatIsAUrlIsSkipped() {
    HtmlArticle a = ok(page("<meta property=\"article:author\" content=\"https://facebook.com/someone\">"
        + "<meta name=\"parsely-author\" content=\"Kim Park\">", ""));
    assertThat(a.authors()).containsExactly("Kim Park");
  }

  @Test
  void titleLosesTheSiteNameSuffix() {
    HtmlArticle a = ok(page("<title>Bus lines extended | The Daily Example</title>"
        + "<meta property=\"og:site_name\" content=\"The Daily Example\">", ""));
    assertThat(a.title()).isEqualTo("Bus lines extended");
    HtmlArticle b = ok(page("<title>Bus lines extended - Dailyexample</title>", ""), "https://www.dailyexample.com/x");
    assertThat(b.title()).isEqualTo("Bus lines extended");
    HtmlArticle c = ok(page("<title>Left - right</title>", ""));
    assertThat(c.title()).isEqualTo("Left - right");
  }

  @Test
  void relativeCanonicalIsResolvedAgainstTheBaseUrl() {
    HtmlArticle a = ok(page("<link rel=\"canonical\" href=\"/news/story-1\">", ""), "https://news.example/amp/story-1?x=1");
    assertThat(a.url()).isEqualTo("https://news.example/news/story-1");
    HtmlArticle b = ok(page("<link rel=\"canonical\" href=\"/news/story-1\">", ""));
    assertThat(b.url()).isNull();
  }

  @Test
  void missingTitleIsEmpty() {
    HtmlArticle a = ok(page("", ""));
    assertThat(a.title()).isEmpty();
  }

  // ---------------------------------------------------------------- charsets

  @Test
  void windows1252WithoutDeclaration() {
    String html = page("", "<p>Caf\u00e9 society gathered on the \u201cquai\u201d, with a comma and enough words.</p>");
    Result<HtmlArticle> r = x.extract("p.html", html.getBytes(Charset.forName("windows-1252")), null);
    assertThat(((Result.Ok<HtmlArticle>) r).value().body()).contains("Caf\u00e9 society gathered on the \u201cquai\u201d");
  }

  @Test
  void declaredLatin1IsDecodedAsWindows1252() {
    String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
        "<p>Na\u00efve \u2018quotes\u2019 and an \u20ac sign, in a sentence long enough to keep.</p>");
    Result<HtmlArticle> r = x.extract("p.html", html.getBytes(Charset.forName("windows-1252")), null);
    assertThat(((Result.Ok<HtmlArticle>) r).value().body()).contains("Na\u00efve \u2018quotes\u2019 and an \u20ac sign");
  }

  @Test
  void byteOrderMarks() {
    String html = page("<meta charset=\"windows-1252\">", "<p>\u00dcber \u65e5\u672c, a sentence with enough words to keep it.</p>");
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertThat(((Result.Ok<HtmlArticle>) x.extract("p", withBom, null)).value().body()).contains("\u00dcber \u65e5\u672c");
    byte[] utf16 = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
    assertThat(((Result.Ok<HtmlArticle>) x.extract("p", utf16, null)).value().body()).contains("\u00dcber \u65e5\u672c");
  }

  @Test
  void metaCharsetIsHonoured() {
    String html = page("<meta charset=\"euc-kr\">", "<p>\ud55c\uad6d\uc5b4 \ubb38\uc7a5\uc785\ub2c8\ub2e4, long enough to keep as a sentence.</p>");
    Result<HtmlArticle> r = x.extract("p", html.getBytes(Charset.forName("EUC-KR")), null);
    assertThat(((Result.Ok<HtmlArticle>) r).value().body()).contains("\ud55c\uad6d\uc5b4 \ubb38\uc7a5\uc785\ub2c8\ub2e4");
  }

  // ---------------------------------------------------------------- failures

  @Test
  void emptyInputs() {
    Problem p = problem(x.extract("a.html", new byte[0], null));
    assertThat(p.code()).isEqualTo(Problem.Code.EMPTY);
    assertThat(p.input()).isEqualTo("a.html");
    assertThat(problem(x.extract("a.html", " \n\t ", null)).code()).isEqualTo(Problem.Code.EMPTY);
  }

  @Test
  void binaryGarbage() {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Problem p = problem(x.extract("img.png", bytes, null));
    assertThat(p.code()).isEqualTo(Problem.Code.BINARY);
    assertThat(p.message()).doesNotContain("\n");
  }

  @Test
  void pageWithoutArticleText() {
    Problem p = problem(x.extract("nav.html", "<html><head><title>Home</title></head><body><nav><a href=/>Home</a>"
        + "<a href=/news>News</a></nav><div class=\"footer\">© 2024 Example</div></body></html>", null));
    assertThat(p.code()).isEqualTo(Problem.Code.NO_SENTENCES);
    assertThat(p.line()).isEqualTo("nav.html: no article text: the page has no paragraph of running text");
    assertThat(problem(x.extract("t.html", "<html><head><title>Only a title</title></head></html>", null)).code())
        .isEqualTo(Problem.Code.NO_SENTENCES);
  }

  @Test
  void hugePageIsCappedNotRefused() {
    StringBuilder sb = new StringBuilder(21 * 1024 * 1024);
    sb.append("<html><head><title>Big</title><script>");
    while (sb.length() < 12 * 1024 * 1024) sb.append("var x = 'padding padding padding padding padding';\n");
    sb.append("</script></head><body><article><p>The only paragraph of the page, long enough and with a comma,"
        + " sits after twelve megabytes of script.</p></article><div>");
    while (sb.length() < 20 * 1024 * 1024) sb.append("<span>filler</span>");
    sb.append("</div></body></html>");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThanOrEqualTo(20 * 1024 * 1024);
    Result<HtmlArticle> r = x.extract("big.html", bytes, null);
    assertThat(((Result.Ok<HtmlArticle>) r).value().body()).startsWith("The only paragraph of the page");
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() {
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < 100_000; i++) sb.append("<div>");
    sb.append("<p>Deep inside many boxes, a sentence with a comma and enough words to count.</p>");
    sb.append("</body></html>");
    Result<HtmlArticle> r = x.extract("deep.html", sb.toString(), null);
    assertThat(((Result.Ok<HtmlArticle>) r).value().body())
        .isEqualTo("Deep inside many boxes, a sentence with a comma and enough words to count.");
  }

  // ---------------------------------------------------------------- records and the Article view

  @Test
  void toArticleUsesTheBodyAsText() {
    HtmlArticle a = ok(TestPages.NEWS);
    Article art = HtmlArticles.toArticle("saved/pages/budget.html", a);
    assertThat(art.text()).isEqualTo(a.body());
    assertThat(art.body()).isEqualTo(new Span(0, a.body().length()));
    assertThat(art.id()).isEqualTo(a.url());
    assertThat(art.file()).isEqualTo("budget.html");
    assertThat(art.title()).isEqualTo(a.title());
    assertThat(art.publisher()).isEqualTo("Example Gazette");
    assertThat(art.published()).isEqualTo(LocalDate.of(2024, 11, 19));
    assertThat(art.hash()).isEqualTo(ArticleHash.of(a.body()));
    HtmlArticle noUrl = ok(page("", ""));
    Article b = HtmlArticles.toArticle("page.html", noUrl);
    assertThat(b.id()).isEqualTo("page.html");
    assertThat(b.title()).isNull();
  }

  @Test
  void readsAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("news.html");
    java.nio.file.Files.writeString(f, TestPages.NEWS);
    Result<Article> r = HtmlArticles.read(f, null);
    assertThat(((Result.Ok<Article>) r).value().bodyText()).startsWith("The city council approved");
    Result<Article> missing = HtmlArticles.read(dir.resolve("nope.html"), null);
    assertThat(((Result.Failed<Article>) missing).problem().code()).isEqualTo(Problem.Code.NOT_FOUND);
  }

  @Test
  void recordIsValidated() {
    assertThatThrownBy(() -> new HtmlArticle(null, "t", null, List.of(), null, null, " ", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HtmlArticle(null, "t", null, List.of(), null, null, "body", "url"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HtmlArticle(null, "t", LocalDate.of(2020, 1, 1), List.of(), null, null, "body", "rss"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HtmlArticle(null, null, null, List.of(), null, null, "body", null))
        .isInstanceOf(NullPointerException.class);
    HtmlArticle a = new HtmlArticle(" ", "t", null, new java.util.ArrayList<>(List.of("A")), "", null, "body", null);
    assertThat(a.url()).isNull();
    assertThat(a.publisher()).isNull();
    assertThatThrownBy(() -> a.authors().add("B")).isInstanceOf(UnsupportedOperationException.class);
  }
}
