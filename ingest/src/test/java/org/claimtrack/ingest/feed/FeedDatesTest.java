package org.claimtrack.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
  static final LocalDate NOV22 = LocalDate.of(2024, 11, 22);

  @Test
  void rfc822AsFeedsWriteIt() {
    assertThat(FeedDates.parse("Fri, 22 Nov 2024 23:30:00 -0500")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("Fri, 22 Nov 2024 23:30:00 EST")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("22 Nov 2024 23:30 GMT")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("Fri, 22 November 2024 01:02:03 +0000 (UTC)")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("Fri, 22 Nov 24 01:02:03 +0100")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("Fri, 22 Sept 2024 01:02:03 +0100")).isEqualTo(LocalDate.of(2024, 9, 22));
    assertThat(FeedDates.parse("Fri, 22 Nov 2024")).isEqualTo(NOV22);
  }

  @Test
  void isoAsAtomAndDublinCoreWriteIt() {
    assertThat(FeedDates.parse("2024-11-22T23:00:00+09:00")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("2024-11-22T23:00:00.123-0800")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("2024-11-22T23:00:00Z")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("2024-11-22T23:00")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("2024-11-22 23:00:00")).isEqualTo(NOV22);
    assertThat(FeedDates.parse("2024-11-22")).isEqualTo(NOV22);
  }

  @Test
  void notDates() {
    assertThat(FeedDates.parse(null)).isNull();
    assertThat(FeedDates.parse("")).isNull();
    assertThat(FeedDates.parse("yesterday")).isNull();
    assertThat(FeedDates.parse("31 Feb 2024 10:00 GMT")).isNull();
    assertThat(FeedDates.parse("2024-13-40")).isNull();
    assertThat(FeedDates.parse("Fri, 22 Foo 2024 10:00 GMT")).isNull();
  }
}
