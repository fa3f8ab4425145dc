/**
 * One person, one record (issue 14, item 7). Each quote names its person by a
 * key that folds spelling ("John F. Kerry" and "John Kerry"); a person keeps
 * the fullest name seen and the actor they act for, counted per actor as quotes
 * arrive (a country over a body they speak in: Russia's UN ambassador acts for
 * Russia). Filled for stored quotes by rebuild.ts.
 */
export const sql = `
create table people (
  key text primary key,
  name text not null,
  words int not null,
  surname text not null,
  quotes int not null default 0,
  actor text
);
create index people_surname on people (surname, words);
create index people_actor on people (actor);

create table person_actors (
  key text not null references people(key),
  actor text not null,
  quotes int not null,
  primary key (key, actor)
);

alter table quotes add column person_key text;
create index quotes_person on quotes (person_key, reported desc, id desc);
`
