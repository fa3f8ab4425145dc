import { z } from 'zod'
import { INTERACTION_TYPES, PLEDGE_KINDS } from '../model/facts.js'
import { queryActor } from '../store/queries/actor.js'
import { queryInteractions, queryQuotes } from '../store/queries/facts.js'
import { queryChanges, queryConflicts, searchArticles } from '../store/queries/register.js'
import { queryTargets } from '../store/queries/targets.js'
import { ApiError } from './api-error.js'
import { actorId, isoDate, isoDatePrefix, limit, offset } from './params.js'
import { actorName, hasActor, listActors } from './queries-actors.js'
import { queryNetwork } from './queries-network.js'
import { queryOverview } from './queries-overview.js'
import { defineRoute, type RouteSpec } from './route.js'

/** The register's read routes: the same answers as the CLI's query commands. */
export const REGISTER_ROUTES: readonly RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/targets', tag: 'register',
    summary: 'Merged claims, one per (actor, kind, year, unit, gas), with state, value history and latest evidence (as `targets --format json`); current ones unless all=1',
    query: z.strictObject({
      actor: actorId.optional().describe('only this actor'),
      kind: z.enum(PLEDGE_KINDS).optional().describe('only this kind of target'),
      evidence: z.coerce.number().int().min(0).max(50).default(3).describe('evidence pieces per claim (0 to 50)'),
      all: z.enum(['0', '1']).optional().describe('1: also superseded and withdrawn claims, each with its state_reason and state_evidence (as `targets --all`)'),
    }),
    responses: { 200: 'the claims, ordered by actor, kind and year' },
    handle: async ({ c, db, query }) => c.json(await queryTargets(db, { ...query, all: query.all === '1' })),
  }),
  defineRoute({
    method: 'get', path: '/api/overview', tag: 'register',
    summary: "One row per actor with claims: net-zero year, 2030 target, peak year, status, independent sources, last change (the dashboard's overview)",
    responses: { 200: 'rows ordered by actor id' },
    handle: async ({ c, db }) => c.json(await queryOverview(db)),
  }),
  defineRoute({
    method: 'get', path: '/api/network', tag: 'register',
    summary: 'Interactions as a network: one edge per (actor, type, target) with its count and date range, most frequent first, over the whole register',
    query: z.strictObject({
      types: z
        .string()
        .regex(new RegExp(`^(${INTERACTION_TYPES.join('|')})(,(${INTERACTION_TYPES.join('|')}))*$`), `a comma-separated list of ${INTERACTION_TYPES.join(', ')}`)
        .optional()
        .describe('only these types, comma-separated (default: all)'),
      since: isoDatePrefix.optional().describe('from this date, inclusive'),
      until: isoDatePrefix.optional().describe('up to this date, inclusive'),
      limit: limit(300, 2000).describe('edges at most (1 to 2000)'),
    }),
    responses: { 200: 'edges' },
    handle: async ({ c, db, query }) => c.json(await queryNetwork(db, { ...query, types: query.types?.split(',') })),
  }),
  defineRoute({
    method: 'get', path: '/api/actors', tag: 'register',
    summary: 'Actors the register holds anything on, with counts of targets, interactions and quotes',
    query: z.strictObject({ limit: limit(500, 1000), offset }),
    responses: { 200: 'actors ordered by id' },
    handle: async ({ c, db, query }) => c.json(await listActors(db, query)),
  }),
  defineRoute({
    method: 'get', path: '/api/actors/:id', tag: 'register',
    summary: "One actor's profile: targets with history, interactions both ways, quotes, sources",
    params: z.strictObject({ id: actorId.describe('actor id (ISO3 code or group id)') }),
    query: z.strictObject({ limit: limit(200, 1000).describe('interactions and quotes at most (1 to 1000)') }),
    responses: { 200: 'the profile' },
    handle: async ({ c, db, params, query }) => {
      const id = params.id.toUpperCase()
      if (!(await hasActor(db, id))) throw new ApiError(404, 'E_NOT_FOUND', `the register holds nothing on actor "${id}"`)
      return c.json({ name: actorName(id), ...(await queryActor(db, id, query.limit)) })
    },
  }),
  defineRoute({
    method: 'get', path: '/api/interactions', tag: 'register',
    summary: 'Diplomatic interactions, newest first',
    query: z.strictObject({
      actor: actorId.optional().describe('either side of the interaction'),
      type: z.enum(INTERACTION_TYPES).optional().describe('only this type'),
      since: isoDatePrefix.optional().describe("from this date, inclusive (the interaction's date, else its article's)"),
      until: isoDatePrefix.optional().describe('up to this date, inclusive'),
      limit: limit(100, 1000),
      offset,
    }),
    responses: { 200: 'interactions with their source and evidence' },
    handle: async ({ c, db, query }) => c.json(await queryInteractions(db, query)),
  }),
  defineRoute({
    method: 'get', path: '/api/quotes', tag: 'register',
    summary: 'Quotes, newest first',
    query: z.strictObject({
      speaker: z.string().min(1).max(200).optional().describe("any part of the speaker's name, case-insensitive"),
      actor: actorId.optional().describe('the actor the speaker acts for'),
      limit: limit(100, 1000),
      offset,
    }),
    responses: { 200: 'quotes with their source and evidence' },
    handle: async ({ c, db, query }) => c.json(await queryQuotes(db, query)),
  }),
  defineRoute({
    method: 'get', path: '/api/search', tag: 'register',
    summary: 'Full-text search over article titles and text (words, "quoted phrases", -exclusions, or)',
    query: z.strictObject({ q: z.string().trim().min(1).max(500).describe('the search words'), limit: limit(20, 100), offset }),
    responses: { 200: 'matching articles, best first, with snippets' },
    handle: async ({ c, db, query }) => c.json(await searchArticles(db, query.q, query)),
  }),
  defineRoute({
    method: 'get', path: '/api/changes', tag: 'register',
    summary: 'The change log: claims that appeared and values that changed, newest report first',
    query: z.strictObject({
      since: isoDate.optional().describe('reported on or after this date'),
      actor: actorId.optional().describe('only this actor'),
      limit: limit(100, 1000),
    }),
    responses: { 200: 'changes with the sentence behind each' },
    handle: async ({ c, db, query }) => c.json(await queryChanges(db, query)),
  }),
  defineRoute({
    method: 'get', path: '/api/conflicts', tag: 'register',
    summary: 'Pairs of independent sources reporting different values for one claim in the same week',
    query: z.strictObject({ actor: actorId.optional().describe('only this actor') }),
    responses: { 200: 'conflicting pairs, newest first' },
    handle: async ({ c, db, query }) => c.json(await queryConflicts(db, query)),
  }),
]
