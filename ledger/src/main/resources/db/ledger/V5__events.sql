-- Watching trackers. Every new estimate, revision or conflict the analysis finds is an event, written in
-- the analysis' own transaction (LedgerStore.refreshAnalysis calls watch.AnalysisEvents), together with
-- one pending delivery per webhook that wants it: none is lost, and none is made twice, whatever stops when.

create sequence event_seq;
create sequence webhook_seq;

create table event (
  id          bigint primary key,
  type        varchar(20) not null,   -- ESTIMATE, REVISION, CONFLICT
  tracker_id  varchar(400) not null,
  claim_id    varchar(200) not null,  -- the new figure; the revision's new figure; one side of the conflict
  other_claim varchar(200),           -- the revision's earlier figure; the conflict's other side
  created_at  timestamp not null,
  payload     text not null           -- the event as JSON, as feeds, webhooks and the API give it
);
create index event_tracker on event (tracker_id, id);

create table webhook (
  id          bigint primary key,
  url         varchar(2000) not null,
  tracker_id  varchar(400),           -- null: every tracker
  secret      varchar(200) not null,  -- the HMAC-SHA256 key the payloads are signed with
  after_event bigint not null,        -- events up to this id happened before the webhook existed
  created_at  timestamp not null,
  active      boolean not null
);

create table webhook_delivery (
  webhook_id   bigint not null references webhook (id),
  event_id     bigint not null references event (id),
  state        varchar(12) not null,  -- PENDING, DELIVERED, FAILED (gave up), CANCELLED (webhook removed)
  attempts     integer not null,
  next_attempt timestamp not null,
  lease_until  timestamp,             -- a sender holds it until then
  last_status  integer,
  last_error   varchar(1000),
  delivered_at timestamp,
  primary key (webhook_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (state, next_attempt);

create table webhook_attempt (
  webhook_id bigint not null,
  event_id   bigint not null,
  attempt    integer not null,
  at         timestamp not null,
  status     integer,                 -- the receiver's HTTP status, or null when it could not be reached
  error      varchar(1000),
  primary key (webhook_id, event_id, attempt)
);
