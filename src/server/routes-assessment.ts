import { z } from 'zod'
import { assess } from '../assess/assess.js'
import { SCENARIO_NAMES } from '../model/assessment.js'
import { queryTargets } from '../store/queries/targets.js'
import { linkTargets } from './assessment-links.js'
import { cachedDataset } from './dataset-cache.js'
import { defineRoute, type RouteSpec } from './route.js'

/**
 * GET /api/assessment: what the targets add up to (AssessmentSchema), from the
 * register's claims over the reference register, on the dataset `data update`
 * chose in the server's data folder (`serve --data`, else $PLEDGEWATCH_DATA or ./.pledgewatch).
 * Each target taken from the register carries `link`, its claim's latest article.
 * The answer cache keeps it until the register or the dataset changes (app.ts).
 */
export const ASSESSMENT_ROUTES: readonly RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/assessment', tag: 'assessment',
    summary: 'Emissions pathways to 2100, warming, carbon budgets and the 2030 gap per scenario, each actor\'s contribution, the assumptions and the published estimates beside them (as `assess --format json`)',
    query: z.strictObject({
      scenario: z.enum(SCENARIO_NAMES).optional().describe('only this scenario (default: all four)'),
    }),
    responses: { 200: 'the assessment (AssessmentSchema in src/model/assessment.ts)' },
    handle: async ({ c, db, dataDir, query }) => {
      const [dataset, claims] = await Promise.all([cachedDataset(dataDir), queryTargets(db, { evidence: 1 })])
      return c.json(linkTargets(assess({ dataset, claims, scenarios: query.scenario ? [query.scenario] : undefined }), claims))
    },
  }),
]
