-- the analysis' order of sources and of each source's aliases, kept as stored, so reads return
-- them as the analysis gave them whatever the database's collation
alter table source add column ord integer not null default 0;
alter table source_alias add column ord integer not null default 0;
