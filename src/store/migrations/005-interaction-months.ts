/**
 * The diplomacy network at any register size (issue #5): interactions counted
 * per (actor, target, type, month) as they are stored, so the network groups a
 * few thousand month rows instead of every interaction. A month row keeps the
 * earliest and latest date in it; a date range that cuts through a month is
 * answered from that month's interactions themselves (queries-network.ts).
 * Month: the first seven characters of the interaction's date (its own, else
 * its article's), so a year-only date ("2030") is a row of its own.
 */
export const sql = `
create table interaction_months (
  actor text not null,
  target text not null,
  type text not null,
  month text not null,
  n int not null,
  first text not null,
  last text not null,
  primary key (actor, target, type, month)
);
insert into interaction_months (actor, target, type, month, n, first, last)
select actor, target, type, left(w, 7), count(*)::int, min(w), max(w)
  from (select actor, target, type, coalesce(date, pw_iso_date(reported)) as w from interactions) i
 group by actor, target, type, left(w, 7);
`
