/**
 * The register's first schema. Articles are grouped into stories (wire copies
 * share one); facts keep their evidence; claims merge pledges across articles
 * per (actor, kind, year) and are maintained as facts arrive, so reads stay
 * fast at any corpus size.
 */
export const sql = `
create table stories (
  id bigserial primary key,
  created_at timestamptz not null default now()
);

create table articles (
  id bigserial primary key,
  story_id bigint not null references stories(id),
  doc text not null,
  url text,
  title text,
  outlet text,
  published date,
  text text not null,
  text_hash text not null,
  facts int not null default 0,
  ingested_at timestamptz not null default now(),
  tsv tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored
);
create unique index articles_text_hash on articles (text_hash);
create unique index articles_url on articles (url) where url is not null;
create index articles_story on articles (story_id);
create index articles_published on articles (published);
create index articles_tsv on articles using gin (tsv);

-- MinHash LSH bands of each article's word 5-shingles: candidates for wire copies.
create table article_bands (
  band bigint not null,
  article_id bigint not null references articles(id) on delete cascade,
  primary key (band, article_id)
);

create table claims (
  id bigserial primary key,
  actor text not null,
  kind text not null,
  year int,
  value double precision,
  value_max double precision,
  unit text,
  base_year int,
  status text,
  first_reported date,
  last_reported date,
  sources int not null default 0,
  reports int not null default 0,
  current_pledge_id bigint
);
create unique index claims_key on claims (actor, kind, coalesce(year, -1));

create table pledges (
  id bigserial primary key,
  article_id bigint not null references articles(id) on delete cascade,
  story_id bigint not null,
  claim_id bigint not null references claims(id),
  actor text not null,
  kind text not null,
  year int,
  value double precision,
  value_max double precision,
  unit text,
  base_year int,
  status text,
  change text,
  previous_value double precision,
  reported date,
  ev_start int not null,
  ev_end int not null,
  ev_text text not null,
  rule text
);
create index pledges_claim on pledges (claim_id, reported);
create index pledges_article on pledges (article_id);

-- Distinct values a claim has had, each with the date it was first and last reported.
create table claim_values (
  claim_id bigint not null references claims(id),
  value_key text not null,
  value double precision,
  value_max double precision,
  base_year int,
  first_reported date,
  last_reported date,
  first_pledge_id bigint not null,
  primary key (claim_id, value_key)
);

-- Sources: one row per independent story behind a claim.
create table claim_sources (
  claim_id bigint not null references claims(id),
  story_id bigint not null,
  primary key (claim_id, story_id)
);

-- The change log: a claim that appeared, or whose current value changed.
create table changes (
  id bigserial primary key,
  claim_id bigint not null references claims(id),
  change text not null,
  old_value double precision,
  old_value_max double precision,
  new_value double precision,
  new_value_max double precision,
  reported date,
  pledge_id bigint not null,
  recorded_at timestamptz not null default now()
);
create index changes_reported on changes (reported);

-- Two independent stories reporting different values for one claim within a week.
create table conflicts (
  id bigserial primary key,
  claim_id bigint not null references claims(id),
  pledge_a bigint not null,
  pledge_b bigint not null,
  unique (pledge_a, pledge_b)
);

create table interactions (
  id bigserial primary key,
  article_id bigint not null references articles(id) on delete cascade,
  story_id bigint not null,
  actor text not null,
  type text not null,
  target text not null,
  date text, -- ISO, possibly partial (2023-11) as the article states it
  place text,
  reported date,
  ev_start int not null,
  ev_end int not null,
  ev_text text not null,
  rule text
);
create index interactions_actor on interactions (actor, date);
create index interactions_target on interactions (target, date);
create index interactions_article on interactions (article_id);

create table quotes (
  id bigserial primary key,
  article_id bigint not null references articles(id) on delete cascade,
  speaker text not null,
  actor text,
  text text not null,
  reported date,
  ev_start int not null,
  ev_end int not null,
  ev_text text not null,
  rule text
);
create index quotes_speaker on quotes (lower(speaker));
create index quotes_actor on quotes (actor);
create index quotes_article on quotes (article_id);
`
