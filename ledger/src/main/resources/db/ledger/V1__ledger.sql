-- The ledger's schema, the same on H2 (PostgreSQL mode) and PostgreSQL.
-- Stored facts: articles, their claims, the analyst's source overrides.
-- Derived (rebuilt by the analysis in one transaction): sources, claim_source, trackers and their parts.
-- Derived rows name claims without foreign keys: re-extracting an article replaces its claims
-- before the next analysis replaces what was derived from them.

create sequence article_seq;
create sequence override_seq;

create table ledger_meta (
  id           integer primary key,
  ledger_id    varchar(64) not null,
  article_seq  bigint not null,
  article_count bigint not null,
  override_seq bigint not null,
  analyzed_at  timestamp
);

create table article (
  hash              varchar(64) primary key,
  article_id        varchar(1000) not null,
  file              varchar(1000),
  title             varchar(4000),
  publisher         varchar(1000),
  published         date,
  url               varchar(4000),
  body_start        integer not null,
  body_end          integer not null,
  text              text not null,
  extractor_version varchar(1000) not null,
  seq               bigint not null unique,
  ingested_at       timestamp not null
);

create table claim (
  id            varchar(200) primary key,
  article_hash  varchar(64) not null references article (hash),
  ord           integer not null,
  kind          varchar(20) not null,
  source_name   varchar(1000),
  source_type   varchar(20) not null,
  mention       varchar(1000),
  text          text not null,
  reported_on   date,
  hedged        boolean not null,
  json          text not null,
  unique (article_hash, ord)
);
create index claim_article on claim (article_hash);

create table source_override (
  seq        bigint primary key,
  action     varchar(10) not null,
  a          varchar(1000) not null,
  b          varchar(1000),
  created_at timestamp not null
);

create table source (
  id          varchar(400) primary key,
  name        varchar(1000),
  type        varchar(20) not null,
  affiliation varchar(1000),
  claims      integer not null,
  why         text not null
);

create table source_alias (
  source_id varchar(400) not null references source (id),
  alias     varchar(1000) not null,
  primary key (source_id, alias)
);

create table claim_source (
  claim_id  varchar(200) primary key,
  source_id varchar(400) not null references source (id)
);
create index claim_source_source on claim_source (source_id);

create table tracker (
  id           varchar(400) primary key,
  ord          integer not null,
  what         varchar(2000) not null,
  counted      varchar(2000),
  place        varchar(1000),
  kind         varchar(20) not null,
  verdict      text,
  estimates    integer not null,
  sources      integer not null,
  latest_claim varchar(200),
  latest_on    date,
  latest_low   numeric(40, 10),
  latest_high  numeric(40, 10),
  latest_qualifier varchar(20),
  range_low    numeric(40, 10),
  range_high   numeric(40, 10),
  conflicted   boolean not null,
  revised      boolean not null
);

create table estimate (
  tracker_id     varchar(400) not null references tracker (id),
  ord            integer not null,
  claim_id       varchar(200) not null,
  quantity_index integer not null,
  article_id     varchar(1000) not null,
  article_hash   varchar(64) not null,
  file           varchar(1000),
  source_id      varchar(400) not null,
  reported_on    date,
  low            numeric(40, 10),
  high           numeric(40, 10),
  qualifier      varchar(20) not null,
  hedged         boolean not null,
  surface        varchar(1000),
  repeat_of      varchar(200),
  why            text,
  primary key (tracker_id, ord)
);
create index estimate_claim on estimate (claim_id);

create table revision (
  tracker_id varchar(400) not null references tracker (id),
  ord        integer not null,
  source_id  varchar(400) not null,
  from_claim varchar(200) not null,
  to_claim   varchar(200) not null,
  direction  varchar(10) not null,
  primary key (tracker_id, ord)
);

create table conflict (
  tracker_id varchar(400) not null references tracker (id),
  ord        integer not null,
  a          varchar(200) not null,
  b          varchar(200) not null,
  why        text,
  primary key (tracker_id, ord)
);
