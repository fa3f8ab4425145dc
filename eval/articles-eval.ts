import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInput } from '../src/ingest/read.js'
import { analyseRaw } from '../src/pipeline.js'
import { repoRoot, sharedDir } from './paths.js'

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

/** An article set to score: a folder of inputs and a folder of gold files (one .json per input, as ../shared/eval/dev/gold). */
export interface ArticleSet {
  readonly name: string
  readonly rawDir: string
  readonly goldDir: string
}

/** The shared dev set (read from ../shared, never copied). */
export function devSet(): ArticleSet {
  const shared = sharedDir()
  return { name: 'dev', rawDir: join(shared, 'eval/dev/raw'), goldDir: join(shared, 'eval/dev/gold') }
}

/**
 * Our held-out proxy: articles we wrote ourselves (test/fixtures/articles/raw) with gold annotated
 * before the extractor ever ran on them, in the same format as the dev gold.
 */
export function proxySet(): ArticleSet {
  const dir = join(repoRoot(), 'test/fixtures/articles')
  return { name: 'proxy', rawDir: join(dir, 'raw'), goldDir: join(dir, 'gold') }
}

/**
 * Analyses every article of a set in this process, writes the JSON Lines output,
 * and scores it with the shared `score.py`. A failed article is a missing doc,
 * which the scorer counts as a full miss.
 */
export async function runArticlesEval(outPath?: string, set: ArticleSet = devSet()): Promise<{ scores: ArticleScores; outPath: string; table: string }> {
  const lines: string[] = []
  for (const name of readdirSync(set.rawDir).sort()) {
    for (const read of await readInput(join(set.rawDir, name))) {
      const outcome = read.ok ? analyseRaw(read.article) : read
      if (outcome.ok) lines.push(JSON.stringify(outcome.analysis))
      else process.stderr.write(`eval: ${outcome.source}: ${outcome.reason}\n`)
    }
  }
  const path = outPath ?? join(mkdtempSync(join(tmpdir(), 'pw-eval-')), `${set.name}.jsonl`)
  writeFileSync(path, lines.join('\n') + '\n')
  const score = (extra: string[]) => execFileSync('python3', [join(sharedDir(), 'eval/score.py'), set.goldDir, path, ...extra], { encoding: 'utf8' })
  return { scores: JSON.parse(score(['--json'])) as ArticleScores, outPath: path, table: score([]) }
}
