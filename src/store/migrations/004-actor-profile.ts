/**
 * An actor's profile at 100k articles (issue #4 item 7): each list it shows
 * is the newest N of one actor's rows, read from an index in that order
 * instead of sorting every row the actor has; and the outlets that reported
 * on an actor are counted as articles arrive (`actor_outlets`), not by
 * reading every fact the actor has at query time.
 *
 * `pw_iso_date` is `to_char(d, 'YYYY-MM-DD')` declared immutable so that it
 * can sit in an index: `date::text` depends on the DateStyle setting, this
 * pattern does not.
 */
export const sql = `
create function pw_iso_date(d date) returns text language sql immutable parallel safe
  as $$ select to_char(d, 'YYYY-MM-DD') $$;

create index interactions_actor_when on interactions (actor, coalesce(date, pw_iso_date(reported)) desc, id desc);
create index interactions_target_when on interactions (target, coalesce(date, pw_iso_date(reported)) desc, id desc);
create index quotes_actor_newest on quotes (actor, reported desc, id desc);

-- Articles per (actor, outlet) that report any fact about the actor; outlet '' when unknown.
create table actor_outlets (
  actor text not null,
  outlet text not null,
  articles int not null,
  primary key (actor, outlet)
);
insert into actor_outlets (actor, outlet, articles)
select f.actor, coalesce(a.outlet, ''), count(*)::int
  from (select actor, article_id from pledges
        union select actor, article_id from interactions
        union select target, article_id from interactions
        union select actor, article_id from quotes where actor is not null) f
  join articles a on a.id = f.article_id
 group by f.actor, coalesce(a.outlet, '');
`
