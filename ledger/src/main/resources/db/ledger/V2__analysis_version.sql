-- which version of the analysis (canonical sources, trackers) the materialized tables come from:
-- a newer claimtrack recomputes them on first use, without a new ingest
alter table ledger_meta add column analysis_version varchar(64);
