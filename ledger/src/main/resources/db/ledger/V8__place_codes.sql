-- Places by the gazetteer (issue 11): a figure's place keeps the entry the places stage resolved it
-- to (codes, point, containment path), so trackers group by the place, not its words; a tracker keeps
-- the deepest place all its figures lie in. Paths are stored from the place up, one name a line.

alter table figure add column place_geonameid bigint;
alter table figure add column place_code varchar(8);
alter table figure add column place_admin1 varchar(1000);
alter table figure add column place_kind varchar(20);
alter table figure add column place_lat double precision;
alter table figure add column place_lon double precision;
alter table figure add column place_path text;

alter table tracker add column place_geonameid bigint;
alter table tracker add column place_code varchar(8);
alter table tracker add column place_admin1 varchar(1000);
alter table tracker add column place_kind varchar(20);
alter table tracker add column place_lat double precision;
alter table tracker add column place_lon double precision;
alter table tracker add column place_path text;
create index tracker_place_code on tracker (place_code);
