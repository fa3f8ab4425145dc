import type { Context } from 'hono'
import { z } from 'zod'
import { COUNTRIES } from '../actors/gazetteer.js'
import { GROUP_NAMES } from '../actors/data/groups.js'
import { changeEvent, conflictEvent } from '../events/change-event.js'
import { PLEDGE_KINDS } from '../model/facts.js'
import type { Db } from '../store/db.js'
import { changeLogModified, queryFeedChanges } from '../store/queries/feed-changes.js'
import { queryFeedConflicts } from '../store/queries/feed-conflicts.js'
import { ApiError } from './api-error.js'
import { renderAtom } from './atom.js'
import { weakEtag } from './conditional.js'
import { buildFeed } from './feed-entries.js'
import { actorId, isoDate, limit } from './params.js'
import { actorName, hasActor } from './queries-actors.js'
import { defineRoute, type RouteSpec } from './route.js'

/** The media type of the feeds (RFC 4287 §7). */
export const ATOM_TYPE = 'application/atom+xml'

const filters = {
  kind: z.enum(PLEDGE_KINDS).optional().describe('only this kind of target'),
  since: isoDate.optional().describe('reported on or after this date (YYYY-MM-DD)'),
  limit: limit(100, 500).describe('entries at most, newest first (1 to 500)'),
}

interface Filters {
  readonly actor?: string
  readonly kind?: string
  readonly since?: string
  readonly limit: number
}

/**
 * One feed answer: the dated change lines and conflicts the filters select,
 * as Atom, with a weak ETag of the body and the change log's Last-Modified
 * (conditional.ts turns a match into 304; cache.ts keeps both with the answer).
 */
async function answerFeed(c: Context, db: Db, f: Filters): Promise<Response> {
  const changes = await queryFeedChanges(db, f)
  const conflicts = await queryFeedConflicts(db, f)
  const modified = await changeLogModified(db)
  const url = new URL(c.req.url)
  const events = [...changes.map(changeEvent), ...conflicts.map(conflictEvent)]
  const body = renderAtom(buildFeed(events, { origin: url.origin, self: url.href, ...f, actorName: f.actor ? actorName(f.actor) : undefined }, f.limit))
  return c.body(body, 200, {
    'Content-Type': `${ATOM_TYPE}; charset=utf-8`,
    ETag: weakEtag(body),
    // A feed reader asks again every time, cheaply: the answer cache and the ETag make a repeat cost no query and no body.
    'Cache-Control': 'no-cache',
    ...(modified ? { 'Last-Modified': modified.toUTCString() } : {}),
  })
}

/** The register's Atom feeds (issue 17): the change log to follow in a feed reader. */
export const FEED_ROUTES: readonly RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/feeds/changes.atom', tag: 'feeds', produces: ATOM_TYPE,
    summary: 'Atom 1.0 feed of the change log: one entry per change (new target, value or year moved, superseded, withdrawn, new conflict), titled as `changes` prints it, dated by the report, with its sentence, outlet and article page; ETag and Last-Modified, 304 when unchanged. Changes from undated reports are not listed.',
    query: z.strictObject({ actor: actorId.optional().describe('only this actor'), ...filters }),
    responses: { 200: 'the feed (application/atom+xml)', 304: 'unchanged since the ETag or date the client sent' },
    handle: async ({ c, db, query }) => answerFeed(c, db, { ...query, actor: query.actor?.toUpperCase() }),
  }),
  defineRoute({
    method: 'get', path: '/feeds/actors/:id{[^/]+\\.atom}', tag: 'feeds', produces: ATOM_TYPE,
    summary: "One actor's changes as an Atom 1.0 feed (the same entries as /feeds/changes.atom?actor=ID): follow a country in a feed reader",
    params: z.strictObject({
      id: z.string().regex(/^[A-Za-z0-9_.-]{1,40}\.atom$/, 'an actor id followed by .atom (JPN.atom, EU.atom)').describe('the actor id followed by .atom: JPN.atom'),
    }),
    query: z.strictObject(filters),
    responses: { 200: 'the feed (application/atom+xml)', 304: 'unchanged since the ETag or date the client sent' },
    handle: async ({ c, db, params, query }) => {
      const id = params.id.slice(0, -'.atom'.length).toUpperCase()
      // A country or group the register has nothing on yet still has a feed (to follow it before its first target); a typo does not.
      if (!COUNTRIES.has(id) && !Object.hasOwn(GROUP_NAMES, id) && !(await hasActor(db, id))) throw new ApiError(404, 'E_NOT_FOUND', `no actor "${id}": use an ISO3 code or a group id (JPN, EU)`)
      return answerFeed(c, db, { ...query, actor: id })
    },
  }),
]
