package org.claimtrack.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamConfigTest {
  static final String[] REQUIRED = {"--kafka", "broker:9092", "--topic", "articles", "--db", "jdbc:postgresql://db/claimtrack"};

  static String[] with(String... more) {
    String[] out = new String[REQUIRED.length + more.length];
    System.arraycopy(REQUIRED, 0, out, 0, REQUIRED.length);
    System.arraycopy(more, 0, out, REQUIRED.length, more.length);
    return out;
  }

  @Test
  void theThreeRequiredOptionsAndDefaults() {
    StreamConfig c = StreamConfig.fromArgs(REQUIRED);
    assertThat(c.kafka()).isEqualTo("broker:9092");
    assertThat(c.topic()).isEqualTo("articles");
    assertThat(c.deadLetterTopic()).isEqualTo("articles.dead-letter");
    assertThat(c.group()).isEqualTo(StreamConfig.DEFAULT_GROUP);
    assertThat(c.languages()).containsExactly("en");
    assertThat(c.dedup()).isTrue();
    assertThat(c.untilEnd()).isFalse();
    assertThat(c.parallelism()).isZero();
    assertThat(c.db().password()).isNull();
  }

  @Test
  void everyOption() {
    StreamConfig c = StreamConfig.fromArgs(with("--db-user", "u", "--db-password=p", "--db-schema", "s", "--group", "g",
        "--dead-letter-topic", "bad", "--parallelism", "8", "--checkpoint-seconds", "30", "--until-end", "--lang", "en,DE",
        "--keep-duplicates", "--dedup-days", "2", "--analysis-seconds", "5", "--max-bytes", "1000"));
    assertThat(c.db()).isEqualTo(new StreamConfig.Db("jdbc:postgresql://db/claimtrack", "u", "p", "s"));
    assertThat(c.group()).isEqualTo("g");
    assertThat(c.deadLetterTopic()).isEqualTo("bad");
    assertThat(c.parallelism()).isEqualTo(8);
    assertThat(c.checkpointEvery()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.untilEnd()).isTrue();
    assertThat(c.languages()).isEqualTo(Set.of("en", "de"));
    assertThat(c.dedup()).isFalse();
    assertThat(c.dedupRetention()).isEqualTo(Duration.ofDays(2));
    assertThat(c.analysisEvery()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.maxRecordBytes()).isEqualTo(1000);
    assertThat(StreamConfig.fromArgs(with("--lang", "any")).languages()).isEmpty();
  }

  @Test
  void thePasswordIsNeverPrinted() {
    assertThat(new StreamConfig.Db("jdbc:postgresql://db/c?user=u&password=secret", null, "secret", null).toString())
        .doesNotContain("secret");
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> StreamConfig.fromArgs("--kafka", "b:9092", "--topic", "t"))
        .hasMessageStartingWith("--db is required");
    assertThatThrownBy(() -> StreamConfig.fromArgs(with("--paralelism", "2")))
        .hasMessageStartingWith("unknown option '--paralelism'");
    assertThatThrownBy(() -> StreamConfig.fromArgs(with("--parallelism", "two")))
        .hasMessage("--parallelism must be a whole number, got 'two'");
    assertThatThrownBy(() -> StreamConfig.fromArgs(with("--checkpoint-seconds", "0")))
        .hasMessage("--checkpoint-seconds must be at least 1, got 0");
    assertThatThrownBy(() -> StreamConfig.fromArgs(with("--group")))
        .hasMessage("--group needs a value");
    assertThatThrownBy(() -> StreamConfig.fromArgs(with("--group", "a", "--group", "b")))
        .hasMessage("--group is given twice");
    assertThatThrownBy(() -> StreamConfig.fromArgs(with("--lang", "xx")))
        .hasMessageStartingWith("--lang 'xx' is not one of");
    assertThatThrownBy(() -> StreamConfig.fromArgs(with("--dead-letter-topic", "articles")))
        .hasMessage("the dead-letter topic must differ from the topic read (articles)");
    assertThatThrownBy(() -> StreamConfig.fromArgs("--kafka", "b:9092", "--topic", "t", "--db", "postgres://db"))
        .hasMessageStartingWith("--db must be a JDBC URL starting with jdbc:postgresql:");
  }
}
