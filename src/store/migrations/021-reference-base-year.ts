/**
 * A claim whose reports state no base year shows the one the reference list of
 * official targets gives (issue 14; src/store/reference-base.ts), and says so:
 * `base_year_source` is null when a report states the base year, and the
 * reference's source and date when the list supplies it. Filled for stored
 * claims by rebuild.ts (the derivation version changed).
 */
export const sql = `
alter table claims add column base_year_source text;
`
