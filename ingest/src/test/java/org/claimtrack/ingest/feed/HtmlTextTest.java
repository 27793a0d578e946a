package org.claimtrack.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void paragraphsBecomeBlankLinesAndSpacesCollapse() {
    assertThat(HtmlText.toText("<p>One  two\n three.</p><p>Four&nbsp;five.</p>")).isEqualTo("One two three.\n\nFour five.");
    assertThat(HtmlText.toText("Lead text<br/>next line<div>Block</div>tail")).isEqualTo("Lead text\nnext line\n\nBlock\n\ntail");
    assertThat(HtmlText.toText("<h2>Head</h2><ul><li>a</li><li>b</li></ul>")).isEqualTo("Head\n\na\n\nb");
    assertThat(HtmlText.toText("<p>Keep <a href=x>link text</a> and <b>bold</b>.</p><script>x()</script>"
        + "<style>p{}</style><iframe src=y></iframe>")).isEqualTo("Keep link text and bold.");
    assertThat(HtmlText.toText("<img src=a.png>")).isEmpty();
    assertThat(HtmlText.toText("plain & simple")).isEqualTo("plain & simple");
  }
}
