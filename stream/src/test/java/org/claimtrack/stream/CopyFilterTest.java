package org.claimtrack.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.claimtrack.ingest.dedup.DuplicateIndex;
import org.claimtrack.ingest.dedup.Fingerprint;
import org.claimtrack.ingest.dedup.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The copy filters on a two-slot mini cluster, the articles spread over both tasks in an order
 * other than their timestamps': the earliest of each group of copies is kept, wherever it is read.
 */
class CopyFilterTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static final String STORY = "North Korea has sent about 1,500 special forces troops to Russia's Far East, South Korea's"
      + " National Intelligence Service said on Friday, the first hard figure for a deployment that Seoul says could grow"
      + " much larger. The soldiers were moved on Russian navy transport ships between October 8 and October 13 and are"
      + " now at military bases in Vladivostok, Khabarovsk and Ussuriysk. In total, North Korea has decided to send"
      + " around 12,000 troops, including special forces, the agency said in a statement.";
  static final String EDITED = "SEOUL (Wire) - North Korea has sent about 1,500 special forces troops to Russia's Far East,"
      + " South Korea's National Intelligence Service said on Friday, the first hard figure for a deployment that Seoul says"
      + " could grow much larger. The soldiers were moved on Russian navy transport ships between October 8 and October 13"
      + " and are now at military bases in Vladivostok, Khabarovsk and Ussuriysk.";
  static final String OTHER = "The Pentagon said on Monday that about 10,000 North Korean soldiers had been sent to eastern"
      + " Russia for training and that some had moved closer to Ukraine, where they could join the fighting within weeks.";
  static final String PLAIN = "Ukraine's president said the troops had reached the Kursk region, where fighting goes on"
      + " around Sudzha, and that their number was growing every week, according to his intelligence service.";

  static Incoming article(String id, long timestamp, int partition, String body) throws Exception {
    String json = "{\"file\": \"" + id + "\", \"body\": " + Reference.JSON.writeValueAsString(body) + "}";
    RawRecord r = new RawRecord("articles", partition, timestamp, timestamp, null, json.getBytes(StandardCharsets.UTF_8));
    return ((Contract.Ok) Contract.read(r, 1 << 20)).article();
  }

  @Test
  void theEarliestOfEachGroupOfCopiesIsKeptWhicheverTaskReadsIt() throws Exception {
    List<Incoming> in = List.of(
        article("story", 100, 0, STORY),
        article("edited-late", 300, 1, EDITED), // a near copy, read before...
        article("edited", 200, 0, EDITED + " Reporting by the wire."), // ...another near copy, earlier
        article("plain", 60, 1, PLAIN),
        article("plain-earlier-copy", 50, 0, PLAIN), // read after, but published earlier: it is the one kept
        article("other", 70, 1, OTHER),
        article("short", 10, 0, "Officials said so."),
        article("short-copy", 20, 1, "Officials said so."));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    DataStream<Incoming> stream = env.fromData(in, TypeInformation.of(Incoming.class)).setParallelism(1)
        .assignTimestampsAndWatermarks(WatermarkStrategy.<Incoming>forBoundedOutOfOrderness(Duration.ofHours(1))
            .withTimestampAssigner((a, ts) -> a.timestamp())).setParallelism(1)
        .rebalance();
    List<String> kept = new ArrayList<>();
    CopyFilter.apply(stream, Duration.ofDays(1)).map(Incoming::id).executeAndCollect().forEachRemaining(kept::add);
    assertThat(kept).containsExactlyInAnyOrder("story", "plain-earlier-copy", "other", "short");
  }

  @Test
  void theSimilarityIsTheOneIngestComputes() throws Exception {
    DuplicateIndex index = DuplicateIndex.create();
    assertThat(index.check("story", STORY).isNew()).isTrue();
    Verdict.NearCopy v = (Verdict.NearCopy) index.check("edited", EDITED);
    assertThat(v.similarity()).isGreaterThanOrEqualTo(DuplicateIndex.DEFAULT_THRESHOLD);
    assertThat(Fingerprint.similarity(article("story", 1, 0, STORY).signature(), article("edited", 2, 0, EDITED).signature()))
        .isEqualTo(v.similarity());
    assertThat(index.check("other", OTHER).isNew()).isTrue();
  }
}
