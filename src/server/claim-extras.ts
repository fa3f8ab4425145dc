import type { Db } from '../store/db.js'

/** What the dashboard needs of a claim beyond `targets --format json`: its unit, state and gas. */
export interface ClaimExtras {
  readonly unit: string | null
  readonly state: string | null
  readonly gas: string | null
}

/**
 * Adds `unit`, `state` and `gas` to claims that lack them, read by id in one
 * query, so the dashboard can print "500 GW" beside "47%" (issue 16, item 1).
 * Fields the claims already carry (once issue 14 puts them in the store's
 * answer) are kept as they are; columns the register does not have yet read
 * as null through to_jsonb.
 */
export async function withClaimExtras<T extends { readonly id: number }>(db: Db, claims: readonly T[]): Promise<Array<T & ClaimExtras>> {
  if (!claims.length) return []
  const rows = await db.query<ClaimExtras & { id: number }>(
    `select id::int, unit, to_jsonb(c) ->> 'state' as state, to_jsonb(c) ->> 'gas' as gas from claims c where id = any($1::bigint[])`,
    [claims.map((c) => c.id)],
  )
  const byId = new Map(rows.map(({ id, ...extras }) => [id, extras]))
  return claims.map((c) => ({ unit: null, state: null, gas: null, ...byId.get(c.id), ...c }) as T & ClaimExtras)
}
