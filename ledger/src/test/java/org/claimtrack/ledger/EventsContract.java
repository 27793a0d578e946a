package org.claimtrack.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.watch.EventType;
import org.claimtrack.ledger.watch.LedgerEvent;
import org.claimtrack.ledger.watch.Webhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events are the difference of the stored analysis before and after, written in its transaction:
 * one per new estimate, revision and conflict, none again when nothing changed, with the pending
 * deliveries webhooks want. Run against H2 and PostgreSQL by the subclasses.
 */
abstract class EventsContract {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  LedgerConfig cfg;
  Ledger ledger;

  abstract LedgerConfig config(Path dataDir);

  void cleanUp() {}

  Ledger open() {
    if (cfg == null) cfg = config(tmp.resolve("data"));
    return Ledger.open(cfg);
  }

  @AfterEach
  void close() {
    if (ledger != null) ledger.close();
    cleanUp();
  }

  @Test
  void everyNewEstimateRevisionAndConflictIsOneEventAndNothingRepeatsWhenNothingChanged() throws Exception {
    ledger = open();
    for (var ac : Fixtures.troops()) ledger.ingest(ac, Fixtures.VERSION);
    ledger.refresh();
    List<LedgerEvent> events = ledger.events().after(0, null, 10_000);
    long estimates = 0;
    long revisions = 0;
    long conflicts = 0;
    for (var t : ledger.trackers()) {
      Tracker tr = ledger.tracker(t.id()).orElseThrow();
      estimates += tr.estimates().stream().filter(e -> e.repeatOf() == null).count();
      revisions += tr.revisions().size();
      conflicts += tr.conflicts().size();
    }
    assertThat(revisions).isPositive();
    assertThat(conflicts).isPositive();
    assertThat(events.stream().filter(e -> e.type() == EventType.ESTIMATE).count()).isEqualTo(estimates);
    assertThat(events.stream().filter(e -> e.type() == EventType.REVISION).count()).isEqualTo(revisions);
    assertThat(events.stream().filter(e -> e.type() == EventType.CONFLICT).count()).isEqualTo(conflicts);
    LedgerEvent rev = events.stream().filter(e -> e.type() == EventType.REVISION).findFirst().orElseThrow();
    JsonNode p = JSON.readTree(rev.payload());
    assertThat(p.get("estimate").get("sentence").asText()).isNotBlank();
    assertThat(p.get("previous").get("figure").asText()).isNotBlank();
    assertThat(p.get("summary").asText()).contains("revised");

    long last = ledger.events().lastId();
    ledger.ingest(Fixtures.troops().get(0), Fixtures.VERSION); // stored already: nothing changes
    ledger.refresh();
    assertThat(ledger.events().after(last, null, 100)).isEmpty();
  }

  @Test
  void aLaterArticleMakesOnlyItsOwnEventsAndTheDeliveriesWebhooksWant() {
    ledger = open();
    List<org.claimtrack.domain.ArticleClaims> troops = Fixtures.troops();
    for (var ac : troops.subList(0, 3)) ledger.ingest(ac, Fixtures.VERSION);
    ledger.refresh();
    long last = ledger.events().lastId();
    Webhooks hooks = ledger.webhooks();
    Webhooks.Webhook all = hooks.add("http://127.0.0.1:9/all", null, "s1");
    Webhooks.Webhook none = hooks.add("http://127.0.0.1:9/none", "no-such-tracker", "s2");
    ledger.ingest(troops.get(3), Fixtures.VERSION);
    ledger.refresh();
    List<LedgerEvent> added = ledger.events().after(last, null, 100);
    assertThat(added).isNotEmpty();
    // every event names a claim of the new article, or (revision, conflict) pairs one with an older figure
    String newHash = troops.get(3).article().hash();
    for (LedgerEvent e : added) {
      boolean mine = ledger.browse().claim(e.claimId()).orElseThrow().articleHash().equals(newHash)
          || (e.otherClaim() != null && ledger.browse().claim(e.otherClaim()).orElseThrow().articleHash().equals(newHash));
      assertThat(mine).as("event %s names the new article", e).isTrue();
    }
    assertThat(hooks.deliveries(all.id(), 100)).hasSize(added.size());
    assertThat(hooks.deliveries(none.id(), 100)).isEmpty();

    Instant now = Instant.now().plusSeconds(1);
    List<Webhooks.Due> due = hooks.claimDue(now, Duration.ofMinutes(1), 1000);
    assertThat(due).hasSize(added.size());
    assertThat(hooks.claimDue(now, Duration.ofMinutes(1), 1000)).as("leased: nobody else takes them").isEmpty();
    Webhooks.Due first = due.get(0);
    hooks.delivered(all.id(), first.event().id(), 204);
    hooks.failed(all.id(), due.get(1).event().id(), 500, "server error", now.plusSeconds(30));
    hooks.failed(all.id(), due.get(2 % due.size()).event().id(), null, "refused", null);
    List<Webhooks.Due> later = hooks.claimDue(now.plus(Duration.ofMinutes(5)), Duration.ofMinutes(1), 1000);
    assertThat(later).extracting(d -> d.event().id()).doesNotContain(first.event().id());
    assertThat(later).extracting(d -> d.event().id()).contains(due.get(1).event().id());
    assertThat(hooks.attempts(all.id(), due.get(1).event().id())).singleElement()
        .satisfies(a -> assertThat(a.status()).isEqualTo(500));
    assertThat(hooks.remove(all.id())).isTrue();
    assertThat(hooks.list()).extracting(Webhooks.Webhook::id).containsExactly(none.id());
    assertThat(hooks.claimDue(now.plus(Duration.ofHours(1)), Duration.ofMinutes(1), 1000)).isEmpty();
  }

  @Test
  void eventsCommitWithTheAnalysisThatMadeThem() {
    ledger = open();
    ledger.ingest(Fixtures.article("x.txt", "One figure", Fixtures.OCT18, List.of(Fixtures.Said.of("Agency", "Agency",
        "about 1,500 soldiers were counted", "about 1,500", 1500, Qualifier.APPROXIMATELY, "soldiers", Fixtures.OCT18))),
        Fixtures.VERSION);
    // a second process' view: nothing analyzed, no events; after the refresh both are there together
    try (Ledger other = open()) {
      assertThat(other.events().lastId()).isZero();
      ledger.refresh();
      assertThat(other.events().after(0, null, 10)).hasSize(1);
      assertThat(other.trackers()).hasSize(1);
    }
  }
}
