import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { longArticle } from '../bench/long-article.js'
import { runIngest } from '../src/cli/ingest.js'
import { createInlinePool, type AnalysePool } from '../src/parallel/analyse-pool.js'

// Issue 15, items 2 and 6: one article must not stall a run, and one file's
// records must not all be in flight at once.
const BIN = resolve(__dirname, '../bin/pledgewatch')
let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pw-limits-'))
  const records = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Kenya pledged in statement ${i} to cut emissions ${i % 60} percent by ${2030 + (i % 20)}, officials said after ${i} meetings.` }))
  writeFileSync(join(root, 'many.jsonl'), records.join('\n') + '\n')
  mkdirSync(join(root, 'mixed'))
  writeFileSync(join(root, 'mixed', 'a-small.txt'), 'Chile pledged on Monday to reach net zero emissions by 2050, officials in Santiago said.')
  writeFileSync(join(root, 'mixed', 'b-huge.txt'), longArticle(3 * 1024 * 1024, { oneLine: false }))
  writeFileSync(join(root, 'mixed', 'c-small.txt'), 'Peru pledged on Monday to reach net zero emissions by 2050, officials in Lima said.')
})

/** The in-thread pool, counting the most articles it ever held at once. */
function countingPool(): AnalysePool & { readonly most: number } {
  const inner = createInlinePool()
  let held = 0
  let most = 0
  return {
    async analyse(raw) {
      most = Math.max(most, ++held)
      // Answer on a later turn, as a thread would, so the caller can run ahead if it is allowed to.
      await new Promise((r) => setImmediate(r))
      try {
        return await inner.analyse(raw)
      } finally {
        held--
      }
    },
    get pending() {
      return held
    },
    async close() {},
    get most() {
      return most
    },
  } as AnalysePool & { readonly most: number }
}

describe('ingest bounds what it holds', () => {
  it('counts records, not files, in its window: 300 JSON Lines records are never all in flight', async () => {
    const pool = countingPool()
    const s = await runIngest([join(root, 'many.jsonl')], { workers: 2, maxBytes: 5 * 1024 * 1024, progress: false, data: ':memory:', pool, err: { write: () => true } as unknown as NodeJS.WritableStream })
    expect(s.new).toBe(300)
    // Before issue 15 the whole file went to the workers at once (300 here; 27k records peaked at 1.2 GB).
    expect(pool.most).toBeLessThanOrEqual(2 * 4 + 1)
  })

  it('stops an article past --time-limit with one line naming it, and stores the others', () => {
    const r = spawnSync(BIN, ['ingest', '--data', join(root, 'db'), '--workers', '1', '--time-limit', '2s', join(root, 'mixed')], { encoding: 'utf8', timeout: 120_000 })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`pledgewatch: ${join(root, 'mixed', 'b-huge.txt')}: analysis took longer than the limit of 2s and was stopped (raise it with --time-limit) [E_ANALYSIS_TIMEOUT]`)
    expect(r.stderr).toMatch(/ingest: 2 new article\(s\).* 1 failed/)
  })
})
