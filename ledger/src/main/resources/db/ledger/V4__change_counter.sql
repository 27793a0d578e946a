-- counts every article stored or replaced; each store increments it in its own transaction, so
-- its value orders changes by commit (the row lock is held until commit) and reading it is one
-- row: what the search index and the analysis compare to know whether they are behind
alter table ledger_meta add column changes bigint not null default 0;
update ledger_meta set changes = (select count(*) from article);
