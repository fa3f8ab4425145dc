/**
 * A temperature goal is its value: "1.5 °C" and "well below 2 °C" are two
 * goals, both with no year, which the claim key (actor, kind, year) merged into
 * one, so an article stating both kept only one (issue 15, defect 10). Claims
 * gain `goal`, the value for kind `temperature` and null for every other kind,
 * and the key includes it.
 */
export const sql = `
alter table claims add column goal double precision;
update claims set goal = value where kind = 'temperature';
drop index claims_key;
create unique index claims_key on claims (actor, kind, coalesce(year, -1), coalesce(goal, -1));
`
