import { z } from 'zod'
import { PLEDGE_KINDS } from '../model/facts.js'
import { cachedDataset } from './dataset-cache.js'
import { actorId, isoDate, limit, offset } from './params.js'
import { actorName } from './queries-actors.js'
import { queryChangeLog } from './queries-change-log.js'
import { queryOverviewFigures } from './queries-overview-figures.js'
import { defineRoute, type RouteSpec } from './route.js'

/** Read routes the dashboard needs beyond the CLI's answers (issue 16). */
export const DASHBOARD_ROUTES: readonly RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/overview/figures', tag: 'register',
    summary: "Headline figures: actors with a net-zero target and their share of world emissions (the assessment's dataset), targets in law, last update",
    responses: { 200: 'the figures' },
    handle: async ({ c, db, dataDir }) => c.json(await queryOverviewFigures(db, await cachedDataset(dataDir))),
  }),
  defineRoute({
    method: 'get', path: '/api/change-log', tag: 'register',
    summary: 'The change log one page at a time, filtered by actor, kind and dates, with the total and the filters\' choices',
    query: z.strictObject({
      actor: actorId.optional().describe('only this actor'),
      kind: z.enum(PLEDGE_KINDS).optional().describe('only this kind of target'),
      since: isoDate.optional().describe('reported on or after this date'),
      until: isoDate.optional().describe('reported on or before this date'),
      limit: limit(25, 200),
      offset,
    }),
    responses: { 200: '{ total, offset, limit, rows, actors, kinds, conflicts }' },
    handle: async ({ c, db, query }) => c.json(await queryChangeLog(db, query)),
  }),
  defineRoute({
    method: 'get', path: '/api/names', tag: 'register',
    summary: 'English names of actor ids (JPN → Japan, EU → European Union); an unknown id names itself',
    query: z.strictObject({
      ids: z
        .string()
        .regex(/^[A-Za-z0-9_.-]{1,40}(,[A-Za-z0-9_.-]{1,40}){0,499}$/, 'up to 500 actor ids, comma-separated')
        .describe('actor ids, comma-separated'),
    }),
    responses: { 200: 'an object from id to name' },
    handle: async ({ c, query }) => c.json(Object.fromEntries(query.ids.split(',').map((id) => [id.toUpperCase(), actorName(id.toUpperCase())]))),
  }),
]
