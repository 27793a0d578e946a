package org.claimtrack.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeantimeReaderTest {

  private static String doc(String creation, String extraMarkables) {
    return """
        <?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en" url="http://example.org">
        <token number="0" sentence="0" t_id="1">Sales</token>
        <token number="1" sentence="0" t_id="2">fall</token>
        <token number="2" sentence="1" t_id="3">February</token>
        <token number="3" sentence="1" t_id="4">03</token>
        <token number="4" sentence="1" t_id="5">,</token>
        <token number="5" sentence="1" t_id="6">2009</token>
        <token number="6" sentence="2" t_id="7">Sales</token>
        <token number="7" sentence="2" t_id="8">fell</token>
        <token number="8" sentence="2" t_id="9">35</token>
        <token number="9" sentence="2" t_id="10">%</token>
        <token number="10" sentence="2" t_id="11">last</token>
        <token number="11" sentence="2" t_id="12">month</token>
        <token number="12" sentence="2" t_id="13">.</token>
        <Markables>
        <VALUE comment="" m_id="20" type="PERCENT"><token_anchor t_id="9"/><token_anchor t_id="10"/></VALUE>
        """ + creation + """
        <TIMEX3 anchorTimeID="14" functionInDocument="NONE" m_id="15" type="DATE" value="2009-01">
        <token_anchor t_id="11"/>
        <token_anchor t_id="12"/>
        </TIMEX3>
        """ + extraMarkables + """
        </Markables>
        </Document>
        """;
  }

  private static final String CREATION = """
      <TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="14" type="DATE" value="2009-02-03">
      <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
      </TIMEX3>
      """;

  @Test
  void textGoldAndDate() {
    MeantimeReader.Parsed p = MeantimeReader.parse("x", doc(CREATION, ""));
    TimexDocument d = p.document();
    assertThat(d.text()).isEqualTo("Sales fall\nFebruary 03, 2009\nSales fell 35% last month.");
    assertThat(d.documentDate()).isEqualTo(LocalDate.of(2009, 2, 3));
    assertThat(d.timexes()).extracting(t -> t.span().of(d.text())).containsExactly("February 03, 2009", "last month");
    assertThat(d.timexes()).extracting(GoldTimex::id).containsExactly("14", "15");
    assertThat(d.timexes().get(1).value()).isEqualTo("2009-01");
    assertThat(p.unanchored()).isZero();
    assertThat(p.dateFromDateLine()).isFalse();
    assertThat(p.dctRepaired()).isFalse();
  }

  @Test
  void unanchoredTimexesAreNotGold() {
    String implicit = "<TIMEX3 TAG_DESCRIPTOR=\"May 2006\" anchorTimeID=\"\" functionInDocument=\"NONE\" m_id=\"78\" "
        + "type=\"DATE\" value=\"2006-05\"/>";
    MeantimeReader.Parsed p = MeantimeReader.parse("x", doc(CREATION, implicit));
    assertThat(p.document().timexes()).hasSize(2);
    assertThat(p.unanchored()).isEqualTo(1);
  }

  @Test
  void unanchoredCreationTimeGivesTheDateButIsNotGold() {
    String creation = "<TIMEX3 functionInDocument=\"CREATION_TIME\" m_id=\"14\" type=\"DATE\" value=\"2009-02-04\"/>";
    MeantimeReader.Parsed p = MeantimeReader.parse("x", doc(creation, ""));
    assertThat(p.document().documentDate()).isEqualTo(LocalDate.of(2009, 2, 4));
    assertThat(p.document().timexes()).extracting(GoldTimex::id).containsExactly("15");
    assertThat(p.unanchored()).isEqualTo(1);
  }

  @Test
  void dayMonthYearCreationTimeIsRepaired() {
    MeantimeReader.Parsed p = MeantimeReader.parse("x", doc(CREATION.replace("2009-02-03", "03-02-2009"), ""));
    assertThat(p.dctRepaired()).isTrue();
    assertThat(p.document().documentDate()).isEqualTo(LocalDate.of(2009, 2, 3));
    assertThat(p.document().timexes().get(0).value()).isEqualTo("2009-02-03");
  }

  @Test
  void withoutCreationTimeTheDateLineDates() {
    String dateLine = CREATION.replace("CREATION_TIME", "NONE");
    MeantimeReader.Parsed p = MeantimeReader.parse("x", doc(dateLine, ""));
    assertThat(p.dateFromDateLine()).isTrue();
    assertThat(p.document().documentDate()).isEqualTo(LocalDate.of(2009, 2, 3));
    assertThat(p.document().timexes()).hasSize(2);
  }

  @Test
  void withoutAnyDateReadingFails() {
    assertThatThrownBy(() -> MeantimeReader.parse("x", doc("", ""))).hasMessageContaining("no CREATION_TIME");
  }

  @Test
  void anchorToAnUnknownTokenFails() {
    String bad = "<TIMEX3 functionInDocument=\"NONE\" m_id=\"99\" type=\"DATE\" value=\"2009\"><token_anchor t_id=\"77\"/></TIMEX3>";
    assertThatThrownBy(() -> MeantimeReader.parse("x", doc(CREATION, bad))).hasMessageContaining("unknown token 77");
  }

  @Test
  void malformedXmlFails() {
    assertThatThrownBy(() -> MeantimeReader.parse("x", "<Document><token t_id=\"1\" sentence=\"0\">a</Document>"))
        .hasMessageContaining("well-formed");
  }
}
