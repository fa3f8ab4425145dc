import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInput } from '../src/ingest/read.js'
import { analyseRaw } from '../src/pipeline.js'
import { sharedDir } from './paths.js'
import { checkNames, splitOf, type SplitName } from './split.js'

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
export interface Figures {
  precision: number
  recall: number
  f1: number
  tp: number
  fp: number
  fn: number
}

/** One part of the dev set, scored: its figures, score.py's table, and the files scored. */
export interface ScoredPart {
  readonly scores: ArticleScores
  readonly table: string
  readonly goldPath: string
  readonly outPath: string
}

/** The dev set scored whole and per split. */
export interface DevEval {
  readonly all: ScoredPart
  readonly tune: ScoredPart
  readonly check: ScoredPart
  readonly dir: string
}

/** The shared dev set's folders (read from ../shared, never copied). */
export function devDirs(): { rawDir: string; goldDir: string } {
  const shared = sharedDir()
  return { rawDir: join(shared, 'eval/dev/raw'), goldDir: join(shared, 'eval/dev/gold') }
}

/** Whether ../shared holds the dev set (a plain clone has no ../shared). */
export function hasDevSet(): boolean {
  const { rawDir, goldDir } = devDirs()
  return existsSync(rawDir) && existsSync(goldDir)
}

/**
 * Analyses every dev article once in this process and scores the output with the shared
 * `score.py`: the whole set, the tune split and the check split (eval/split.ts).
 * A failed article is a missing doc, which the scorer counts as a full miss.
 * @param dir folder for the JSON Lines files (kept: `score.py GOLD OUT --misses` reads them); a temp folder by default
 */
export async function runDevEval(dir = mkdtempSync(join(tmpdir(), 'pw-eval-'))): Promise<DevEval> {
  const { rawDir, goldDir } = devDirs()
  mkdirSync(dir, { recursive: true })
  const lines = new Map<string, string>()
  for (const name of readdirSync(rawDir).sort()) {
    for (const read of await readInput(join(rawDir, name))) {
      const outcome = read.ok ? analyseRaw(read.article) : read
      if (outcome.ok) {
        lines.set(outcome.analysis.doc, JSON.stringify(outcome.analysis))
      } else process.stderr.write(`eval: ${outcome.source}: ${outcome.reason}\n`)
    }
  }
  const gold = new Map<string, string>()
  for (const name of readdirSync(goldDir).sort()) {
    if (!name.endsWith('.json')) continue
    const record = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { doc: string }
    gold.set(record.doc, JSON.stringify(record))
  }
  const check = checkNames()
  const part = (name: string, keep: (doc: string) => boolean, from = lines, suffix = ''): ScoredPart => {
    const goldPath = join(dir, `${name}-gold.jsonl`)
    const outPath = join(dir, `${name}${suffix}.jsonl`)
    writeFileSync(goldPath, [...gold].filter(([doc]) => keep(doc)).map(([, g]) => g).join('\n') + '\n')
    writeFileSync(outPath, [...from].filter(([doc]) => keep(doc)).map(([, l]) => l).join('\n') + '\n')
    return { ...score(goldPath, outPath), goldPath, outPath }
  }
  const inSplit = (s: SplitName) => (doc: string) => splitOf(doc, check) === s
  return {
    all: part('dev', () => true),
    tune: part('tune', inSplit('tune')),
    check: part('check', inSplit('check')),
    dir,
  }
}

/** score.py over one gold file and one output file: figures and the printed table. */
export function score(goldPath: string, outPath: string): { scores: ArticleScores; table: string } {
  const run = (extra: string[]) => execFileSync('python3', [join(sharedDir(), 'eval/score.py'), goldPath, outPath, ...extra], { encoding: 'utf8' })
  return { scores: JSON.parse(run(['--json'])) as ArticleScores, table: run([]) }
}

/** F1 per fact kind, tune minus check: the gap that shows memory rather than reading. */
export function splitGaps(tune: ArticleScores, check: ArticleScores): Record<'pledges' | 'interactions' | 'quotes', number> {
  return {
    pledges: tune.pledges.f1 - check.pledges.f1,
    interactions: tune.interactions.f1 - check.interactions.f1,
    quotes: tune.quotes.f1 - check.quotes.f1,
  }
}
