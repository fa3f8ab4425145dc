/**
 * The register tells the truth (issue 14).
 * - Articles keep where their date came from (`date_source`); an undated
 *   article's pledges have no report date (they used to carry the ingest day).
 * - The claim key gains the metric (a renewables share and a capacity in GW are
 *   two targets) and the gas (a methane target stands apart).
 * - Claims gain a state (current / superseded / withdrawn) with its reason, and
 *   commutative summaries of their reports (claim-aggregates.ts), from which
 *   the value, state, change log and conflicts are derived whatever the order
 *   the articles arrived in. Previous values and year moves get tables of
 *   their own; the change log and conflicts are rebuilt per group.
 * - Wire copies are found by containment: each article keeps a content-defined
 *   sample of its shingles (`article_marks`), so an excerpt meets its original.
 * Every derived table is filled again from the stored pledges by rebuild.ts
 * (register_meta records which derivation the data follows).
 */
export const sql = `
create table register_meta (key text primary key, value text not null);

alter table articles add column date_source text;
update articles set date_source = 'article' where published is not null;

drop table article_bands;
create table article_marks (
  mark bigint not null,
  article_id bigint not null references articles(id) on delete cascade,
  primary key (mark, article_id)
);
create index article_marks_article on article_marks (article_id);

alter table pledges
  add column gas text,
  add column metric text not null default '',
  add column value_key text not null default '|',
  add column prev_key text,
  add column cue text,
  add column asserting boolean not null default true,
  add column about boolean not null default true,
  add column tiebreak text not null default '';
update pledges p set reported = a.published from articles a where a.id = p.article_id;
create index pledges_claim_value on pledges (claim_id, value_key, reported, tiebreak);
create index pledges_claim_cue on pledges (claim_id, cue, reported) where cue is not null;
create index pledges_claim_latest on pledges (claim_id, reported desc nulls last, tiebreak);
create index pledges_story on pledges (story_id);
create index interactions_story on interactions (story_id);
create index claim_sources_story on claim_sources (story_id);

alter table claims
  add column metric text not null default '',
  add column gas text not null default '',
  add column state text not null default 'current',
  add column state_reason text,
  add column state_date date,
  add column state_pledge_id bigint,
  add column successor_id bigint,
  add column mentions int not null default 0,
  add column undated int not null default 0,
  add column asserted int not null default 0,
  add column asserted_first date,
  add column asserted_last date,
  add column asserted_undated int not null default 0,
  add column old int not null default 0,
  add column old_last date,
  add column oldyear_last date,
  add column withdrawn_last date,
  add column withdrawn_undated int not null default 0;
drop index claims_key;
create unique index claims_key on claims (actor, kind, coalesce(year, -1), coalesce(goal, -1), metric, gas);
create index claims_state on claims (state, actor);

drop table claim_values;
create table claim_values (
  claim_id bigint not null references claims(id),
  value_key text not null,
  value double precision,
  value_max double precision,
  base_year int,
  reports int not null default 0,
  first_reported date,
  last_reported date,
  undated int not null default 0,
  asserted int not null default 0,
  asserted_first date,
  asserted_last date,
  asserted_undated int not null default 0,
  old int not null default 0,
  status_rank int not null default 0,
  primary key (claim_id, value_key)
);

-- "46%, up from 26%": a value an article names as replaced, per (claim, old value, new value).
create table claim_previous (
  claim_id bigint not null references claims(id),
  old_key text not null,
  new_key text not null,
  old_value double precision not null,
  new_value double precision,
  new_value_max double precision,
  first_reported date,
  undated int not null default 0,
  pledge_id bigint not null,
  pledge_rank text not null,
  primary key (claim_id, old_key, new_key)
);

-- "brought forward from 2050 to 2045": a target moved from one claim (year) to another of its group.
create table claim_moves (
  from_id bigint not null references claims(id),
  to_id bigint not null references claims(id),
  first_reported date,
  undated int not null default 0,
  pledge_id bigint not null,
  pledge_rank text not null,
  primary key (from_id, to_id)
);
create index claim_moves_to on claim_moves (to_id);

drop table changes;
create table changes (
  id bigserial primary key,
  claim_id bigint not null references claims(id),
  change text not null,
  old_value double precision,
  old_value_max double precision,
  new_value double precision,
  new_value_max double precision,
  old_year int,
  reported date,
  pledge_id bigint,
  recorded_at timestamptz not null default now()
);
create index changes_reported on changes (reported desc nulls last);
create index changes_claim on changes (claim_id);
create index changes_pledge on changes (pledge_id);

drop table conflicts;
create table conflicts (
  id bigserial primary key,
  claim_id bigint not null references claims(id),
  pledge_a bigint not null,
  pledge_b bigint not null,
  -- 'reports': two independent dated reports; 'article': two values for one target in one article
  origin text not null,
  unique (pledge_a, pledge_b)
);
create index conflicts_claim on conflicts (claim_id);
`
