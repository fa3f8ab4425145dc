import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInput } from '../src/ingest/read.js'
import { analyseRaw } from '../src/pipeline.js'
import { sharedDir } from './paths.js'

/** score.py's figures (`--json`). */
export interface ArticleScores {
  readonly pledges: Figures
  readonly interactions: Figures
  readonly quotes: Figures
  readonly pledge_value_accuracy: number | null
  readonly pledge_base_year_accuracy: number | null
  readonly cleaning: number | null
  readonly docs: number
  readonly docs_missing_from_output: string[]
}
interface Figures {
  precision: number
  recall: number
  f1: number
  tp: number
  fp: number
  fn: number
}

/**
 * Analyses every dev article in this process, writes the JSON Lines output,
 * and scores it with the shared `score.py`. A failed article is a missing doc,
 * which the scorer counts as a full miss.
 */
export async function runArticlesEval(outPath?: string): Promise<{ scores: ArticleScores; outPath: string; table: string }> {
  const shared = sharedDir()
  const rawDir = join(shared, 'eval/dev/raw')
  const lines: string[] = []
  for (const name of readdirSync(rawDir).sort()) {
    for (const read of await readInput(join(rawDir, name))) {
      const outcome = read.ok ? analyseRaw(read.article) : read
      if (outcome.ok) lines.push(JSON.stringify(outcome.analysis))
      else process.stderr.write(`eval: ${outcome.source}: ${outcome.reason}\n`)
    }
  }
  const path = outPath ?? join(mkdtempSync(join(tmpdir(), 'pw-eval-')), 'dev.jsonl')
  writeFileSync(path, lines.join('\n') + '\n')
  const score = (extra: string[]) => execFileSync('python3', [join(shared, 'eval/score.py'), join(shared, 'eval/dev/gold'), path, ...extra], { encoding: 'utf8' })
  return { scores: JSON.parse(score(['--json'])) as ArticleScores, outPath: path, table: score([]) }
}
