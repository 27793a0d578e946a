-- Trackers from the extractor's typed figure fields (issue 8/9): what the analysis keeps of each
-- article, so that adding articles costs what they touch; who originated each figure; a region's
-- figures shown in its country's tracker; how each figure compared with the others 30 days later.

-- per claim: the name it is made under (its source node) and its originator's, as the analysis counted them
create table claim_node (
  claim_id           varchar(200) primary key,
  article_hash       varchar(64) not null,
  node               varchar(1200) not null,
  name               varchar(1000) not null,
  type               varchar(20) not null,
  affiliation        varchar(1000),
  mention            varchar(1000),
  origin_node        varchar(1200),
  origin_name        varchar(1000),
  origin_type        varchar(20),
  origin_affiliation varchar(1000),
  via                text
);
create index claim_node_article on claim_node (article_hash);
create index claim_node_node on claim_node (node);

-- per tracked quantity: what it is a figure of (from the typed fields) and what its article adds
create table figure (
  claim_id        varchar(200) not null,
  quantity_index  integer not null,
  article_id      varchar(1000) not null,
  article_hash    varchar(64) not null,
  file            varchar(1000),
  published       date,
  reported_on     date,
  at_char         integer not null,
  low             numeric(40, 10),
  high            numeric(40, 10),
  qualifier       varchar(20) not null,
  reading         varchar(20),
  hedged          boolean not null,
  surface         varchar(1000) not null,
  family          varchar(1200) not null,
  base            varchar(1200) not null,
  label           varchar(2000) not null,
  kind            varchar(20) not null,
  unit            varchar(100),
  place           varchar(1000),
  place_country   varchar(1000),
  place_level     varchar(20),
  place_inherited boolean not null,
  node            varchar(1200) not null,
  origin_node     varchar(1200),
  via             text,
  why             text not null,
  primary key (claim_id, quantity_index)
);
create index figure_article on figure (article_hash);
create index figure_family on figure (family);
create index figure_node on figure (node);
create index figure_origin_node on figure (origin_node);

-- per node: its statistics (names, types, affiliations, mentions, claims) and its canonical source
create table source_node (
  node      varchar(1200) primary key,
  source_id varchar(400) not null,
  scoped    boolean not null,
  stats     text not null
);
create index source_node_source on source_node (source_id);
create index source_node_scoped on source_node (scoped);

-- per named node: what the grouping rules find its partners by (see NodeKeys), so that grouping
-- the nodes a new article touches reads their neighbours, not every node
create table node_key (
  node  varchar(1200) not null,
  kind  char(1) not null,
  word  varchar(1200) not null,
  extra varchar(1000)
);
create index node_key_word on node_key (kind, word);
create index node_key_node on node_key (node);

-- which source a claim is made by: the claim's node's source (was a table rewritten for every claim)
drop table claim_source;
create view claim_source as
  select cn.claim_id as claim_id, sn.source_id as source_id
  from claim_node cn join source_node sn on sn.node = cn.node;

alter table source add column scoped boolean not null default false;
-- the group's first node by key: who keeps a name's id when two groups would have it
alter table source add column root varchar(1200);
create index source_root on source (root);
-- the affiliation as names are compared (Names.key): whose aliases name someone's affiliation
alter table source add column affiliation_key varchar(1000);
create index source_affiliation_key on source (affiliation_key);

alter table tracker add column family varchar(1200);
alter table tracker add column voices integer not null default 0;
alter table tracker add column region_figures integer not null default 0;
-- a hash of everything the tracker holds: an analysis rewrites only the trackers whose hash changed
alter table tracker add column fingerprint varchar(64);
create index tracker_family on tracker (family);
create index tracker_latest on tracker (latest_on);

alter table estimate add column role varchar(10) not null default 'own';
alter table estimate add column origin_id varchar(400);
alter table estimate add column via text;
alter table estimate add column reading varchar(20);
alter table estimate add column place varchar(1000);
alter table estimate add column later varchar(10);
create index estimate_source on estimate (source_id);
create index estimate_origin on estimate (origin_id);
