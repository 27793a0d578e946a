package org.claimtrack.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13, item 8: CSV cells a spreadsheet would run as formulas are neutralized (OWASP). */
class ExporterCsvTest {

  @Test
  void item08_cellsThatStartLikeAFormulaGetAQuoteInFront() {
    assertThat(Exporter.csv("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    assertThat(Exporter.csv("@SUM(1+1)")).isEqualTo("\"'@SUM(1+1)\"");
    assertThat(Exporter.csv("+1+cmd|' /C calc'!A0")).isEqualTo("\"'+1+cmd|' /C calc'!A0\"");
    assertThat(Exporter.csv("-2+3")).isEqualTo("\"'-2+3\"");
    assertThat(Exporter.csv("\tx")).isEqualTo("\"'\tx\"");
    assertThat(Exporter.csv("\r=x")).isEqualTo("\"'\r=x\"");
    // numbers stay numbers; text that merely contains a sign is left alone
    assertThat(Exporter.csv("-12.5")).isEqualTo("-12.5");
    assertThat(Exporter.csv("+3")).isEqualTo("+3");
    assertThat(Exporter.csv("1e-3")).isEqualTo("1e-3");
    assertThat(Exporter.csv("North Korea = 12,000")).isEqualTo("\"North Korea = 12,000\"");
    assertThat(Exporter.csv("")).isEmpty();
  }
}
