/**
 * Which year of a net-zero or peak target is the newest is read from reports
 * about the actor, not from passing mentions in stories about others (issue 14,
 * item 4): claims count their asserting reports about the actor and keep the
 * latest dated one. Filled for stored pledges by rebuild.ts.
 */
export const sql = `
alter table claims
  add column about_asserted int not null default 0,
  add column about_last date;
`
