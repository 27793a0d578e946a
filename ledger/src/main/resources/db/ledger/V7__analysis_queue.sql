-- Articles stored or replaced since the analysis last ran: each store adds its article here in its
-- own transaction, and the analysis takes out what it has analyzed in its own. The analysis
-- recomputes what these articles touch, not everything.
create table analysis_queue (
  article_hash varchar(64) primary key
);
-- the analysis of a ledger migrated to this version is made again from all articles (its version
-- changed), so nothing needs queueing here

-- the change counter's value when each article was stored or replaced (taken under the counter's
-- row lock, so it follows commit order): the search index reads the articles changed since it last
-- caught up, not every article
alter table article add column change_no bigint not null default 0;
create index article_change_no on article (change_no);
