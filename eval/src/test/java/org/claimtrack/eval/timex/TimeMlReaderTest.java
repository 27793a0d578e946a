package org.claimtrack.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.claimtrack.domain.Span;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {

  private static final String TML = """
      <?xml version="1.0" ?><TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <DOCID>X</DOCID>
      <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
      <TITLE>Title &amp; more</TITLE>
      <TEXT>
      AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> it &lt;grew&gt; in <TIMEX3 tid="t2" type="DATE" value="2009">2009</TIMEX3>-<TIMEX3 tid="t3" type="DATE" value="2010">2010</TIMEX3>.
      </TEXT>
      <TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
      </TimeML>
      """;

  @Test
  void textIsTheTextElementWithTagsStrippedAndEntitiesDecoded() {
    TimexDocument d = TimeMlReader.parse("X", TML);
    assertThat(d.text()).isEqualTo("\nAT&T said Friday it <grew> in 2009-2010.\n");
    assertThat(d.documentDate()).isEqualTo(LocalDate.of(2013, 3, 22));
  }

  @Test
  void goldSpansPointIntoTheText() {
    TimexDocument d = TimeMlReader.parse("X", TML);
    assertThat(d.timexes()).extracting(GoldTimex::id).containsExactly("t1", "t2", "t3");
    assertThat(d.timexes()).extracting(t -> t.span().of(d.text())).containsExactly("Friday", "2009", "2010");
    GoldTimex t1 = d.timexes().get(0);
    assertThat(t1.type()).isEqualTo("DATE");
    assertThat(t1.value()).isEqualTo("2013-03-22");
    assertThat(t1.span()).isEqualTo(Span.of(11, 17));
  }

  @Test
  void nestedMarkupInsideATimexIsCovered() {
    String tml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-21T10:00\">x</TIMEX3></DCT>"
        + "<TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-20\"><SIGNAL sid=\"s\">last</SIGNAL> Wednesday</TIMEX3>.</TEXT></TimeML>";
    TimexDocument d = TimeMlReader.parse("Y", tml);
    assertThat(d.text()).isEqualTo("On last Wednesday.");
    assertThat(d.timexes().get(0).span().of(d.text())).isEqualTo("last Wednesday");
    assertThat(d.documentDate()).isEqualTo(LocalDate.of(2013, 3, 21));
  }

  @Test
  void missingDctOrTextFails() {
    assertThatThrownBy(() -> TimeMlReader.parse("Z", "<TimeML><TEXT>a</TEXT></TimeML>")).hasMessageContaining("DCT");
    assertThatThrownBy(() -> TimeMlReader.parse("Z",
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">x</TIMEX3></DCT></TimeML>"))
        .hasMessageContaining("TEXT");
    assertThatThrownBy(() -> TimeMlReader.parse("Z", "<TimeML><TEXT>a</TimeML>")).hasMessageContaining("well-formed");
  }

  @Test
  void timexWithoutValueFails() {
    assertThatThrownBy(() -> TimeMlReader.parse("Z",
        "<TimeML><DCT><TIMEX3 value=\"2013-03-22\">x</TIMEX3></DCT><TEXT><TIMEX3 tid=\"t1\" type=\"DATE\">now</TIMEX3></TEXT></TimeML>"))
        .hasMessageContaining("without value");
  }
}
