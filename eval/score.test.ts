import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasDevSet, runDevEval } from './articles-eval.js'
import { sharedDir } from './paths.js'
import { scoreRecords, type ScoredRecord } from './score.js'

const readJsonl = (path: string): ScoredRecord[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ScoredRecord)

describe('eval/score.ts', () => {
  it('matches pledges on (actor, kind, year, gas), symmetric interactions in either order, quotes by surname and 60% of words', () => {
    const gold: ScoredRecord[] = [{
      doc: 'a',
      pledges: [{ actor: 'CAN', kind: 'reduction', year: 2030, value: 40, value_max: 45 }, { actor: 'CAN', kind: 'reduction', year: 2030, gas: 'CH4' }],
      interactions: [{ actor: 'JPN', type: 'meet', target: 'USA' }, { actor: 'USA', type: 'urge', target: 'CHN' }],
      quotes: [{ speaker: 'Jane Q. Doe', text: 'We will not stop until the job is done' }],
    }]
    const pred: ScoredRecord[] = [{
      doc: 'a',
      pledges: [{ actor: 'CAN', kind: 'reduction', year: 2030, value: 44 }, { actor: 'Ontario', kind: 'net_zero', year: 2050 }],
      interactions: [{ actor: 'USA', type: 'meet', target: 'JPN' }, { actor: 'CHN', type: 'urge', target: 'USA' }],
      quotes: [{ speaker: 'Doe', text: 'we will not stop until the job' }, { speaker: 'Roe', text: 'something else entirely here' }],
    }]
    const s = scoreRecords(gold, pred)
    expect([s.pledges.tp, s.pledges.fp, s.pledges.fn]).toEqual([1, 0, 1])
    expect(s.pledge_value_accuracy).toBe(1)
    expect([s.interactions.tp, s.interactions.fp, s.interactions.fn]).toEqual([1, 1, 1])
    expect([s.quotes.tp, s.quotes.fp, s.quotes.fn]).toEqual([1, 1, 0])
  })

  it.runIf(hasDevSet() || process.env.CI === 'true')('agrees with the shared score.py on the dev output', async () => {
    const dev = await runDevEval()
    const ours = scoreRecords(readJsonl(dev.all.goldPath), readJsonl(dev.all.outPath))
    const theirs = JSON.parse(execFileSync('python3', [join(sharedDir(), 'eval/score.py'), dev.all.goldPath, dev.all.outPath, '--json'], { encoding: 'utf8' }))
    for (const k of ['pledges', 'interactions', 'quotes'] as const) expect(ours[k]).toEqual(theirs[k])
    expect(ours.pledge_value_accuracy).toBe(theirs.pledge_value_accuracy)
    expect(ours.pledge_base_year_accuracy).toBe(theirs.pledge_base_year_accuracy)
  }, 120_000)
})
