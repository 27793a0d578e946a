package org.claimtrack.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParsingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2019-11-19T05:00:00.000Z | 2019-11-19",
    "2019-11-19T23:30:00-05:00 | 2019-11-19",
    "2019-11-19 | 2019-11-19",
    "2019/11/19 10:00 | 2019-11-19",
    "20191119 | 2019-11-19",
    "20191119T050000Z | 2019-11-19",
    "1574139600 | 2019-11-19",
    "Tue, 19 Nov 2019 10:00:00 GMT | 2019-11-19",
    "November 19, 2019 | 2019-11-19",
  })
  void metadataValues(String in, String expected) {
    assertThat(DateParsing.parseMeta(in)).isEqualTo(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Published Nov. 19, 2019 at 5:00 p.m. ET | 2019-11-19",
    "Updated: Sept 3rd 2020 | 2020-09-03",
    "19 de novembro de 2019 | 2019-11-19",
    "19. November 2019 | 2019-11-19",
    "Mardi 19 novembre 2019 | 2019-11-19",
    "Posted on 19.11.2019 | 2019-11-19",
    "25/12/2018 | 2018-12-25",
    "12/25/2018 | 2018-12-25",
    "Last updated 2021-02-03 | 2021-02-03",
  })
  void visibleText(String in, String expected) {
    assertThat(DateParsing.parseText(in)).isEqualTo(LocalDate.parse(expected));
  }

  @org.junit.jupiter.api.Test
  void ambiguousSlashedDatesFollowTheLanguage() {
    assertThat(DateParsing.parseText("05/10/2018", DateParsing.dayFirst("pt-BR"))).isEqualTo(LocalDate.of(2018, 10, 5));
    assertThat(DateParsing.parseText("05/10/2018", DateParsing.dayFirst("en-US"))).isEqualTo(LocalDate.of(2018, 5, 10));
    assertThat(DateParsing.parseText("05/10/2018", DateParsing.dayFirst("en-GB"))).isNull();
    assertThat(DateParsing.parseText("05/10/2018", DateParsing.dayFirst(null))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "03/04/2019", "1850-01-01", "2019-13-01", "2019-02-30", "May 2019",
      "12345678901234", "Maybe 19, 2019"})
  void notDates(String in) {
    assertThat(DateParsing.parseText(in)).isNull();
    assertThat(DateParsing.parseMeta(in)).isNull();
  }
}
