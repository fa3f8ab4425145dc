/**
 * A claim's status is the strongest its reports give, raised to the official
 * standing the reference list gives its target when that is stronger (articles
 * rarely say a target is law; issue 14, item 8; src/store/reference-base.ts).
 * `status_source` is null when the reports give the status, and the
 * reference's source and date when the list raised it. Filled for stored
 * claims by rebuild.ts (the derivation version changed).
 */
export const sql = `
alter table claims add column status_source text;
`
