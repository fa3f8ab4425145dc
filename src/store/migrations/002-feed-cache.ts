/**
 * Feed watching state kept in the register itself, so that `watch` resumes
 * with conditional GETs on any machine pointed at the same database.
 */
export const sql = `
create table feed_validators (
  url text primary key,
  etag text,
  last_modified text,
  updated_at timestamptz not null default now()
);
`
