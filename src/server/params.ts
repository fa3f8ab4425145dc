import { z } from 'zod'

/**
 * Zod pieces shared by the routes' query and path schemas. Each carries a
 * description, so /openapi.json documents the parameter from the schema that
 * validates it.
 */

/** Page size: `limit=N`, 1 to `max`; bounded so one request cannot read the whole register. */
export const limit = (fallback: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`page size (1 to ${max})`)

/** Rows to skip before the page; capped because deep OFFSET scans are slow on any store. */
export const offset = z.coerce.number().int().min(0).max(100_000).default(0).describe('rows to skip (0 to 100000)')

/** An actor id as the register stores it: ISO3 code or group id, any case (`jpn`, `EU`, `G20`). */
export const actorId = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'an actor id is 1-40 letters, digits, "_", "." or "-" (JPN, EU, G20)')

/** A full ISO date, `YYYY-MM-DD`; the round trip refuses days a month lacks (2024-02-30), which PostgreSQL would. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'not a calendar date')

/** An ISO date or a prefix of one (`2023`, `2023-11`), as interactions may carry partial dates. */
export const isoDatePrefix = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')

/** A database id in a path: a positive integer that fits PostgreSQL's bigint and a JS number. */
export const dbId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).describe('database id')
