import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readInput } from '../../src/ingest/read.js'
import { analyseRaw } from '../../src/pipeline.js'
import { devDirs } from '../articles-eval.js'
import { checkNames, splitOf, type SplitName } from '../split.js'
import { candidateRows, tripleKey, type Row } from './features.js'

/** One dev article as the scorer's training sees it: its rows, the rules' triples and the gold's. No text. */
export interface DocRows {
  readonly doc: string
  readonly split: SplitName
  readonly rows: readonly Row[]
  /** Triples of the pipeline's own output (after whyNot and index.ts's choices). */
  readonly rules: readonly string[]
  /** Gold triples whose two parties score.py scores. */
  readonly gold: readonly string[]
}

/** Where the dump goes by default: outside the repository, since it is derived from ../shared. */
export const DUMP = join(tmpdir(), 'pw-scorer', 'dev-rows.json')

/** Whether score.py scores an actor id (a country code or a FORMAT.md group). */
const GROUPS = new Set(['EU', 'G7', 'G20', 'UN', 'UNFCCC', 'PARIS', 'IEA', 'IPCC', 'OPEC', 'ASEAN', 'AOSIS'])
export const scored = (a: string) => GROUPS.has(a.toUpperCase()) || /^[A-Z]{3}$/.test(a.toUpperCase())

/** Runs the pipeline on every dev article and keeps each candidate with its features and label source. */
export async function dumpDev(): Promise<DocRows[]> {
  const { rawDir, goldDir } = devDirs()
  const gold = new Map<string, string[]>()
  for (const name of readdirSync(goldDir).sort()) {
    if (!name.endsWith('.json')) continue
    const g = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { doc: string; interactions?: { actor: string; type: string; target: string }[] }
    gold.set(g.doc, (g.interactions ?? []).filter((i) => scored(String(i.actor)) && scored(String(i.target))).map((i) => tripleKey(String(i.actor).toUpperCase(), i.type, String(i.target).toUpperCase())))
  }
  const check = checkNames()
  const out: DocRows[] = []
  for (const name of readdirSync(rawDir).sort()) {
    for (const read of await readInput(join(rawDir, name))) {
      const outcome = read.ok ? analyseRaw(read.article) : read
      if (!outcome.ok) continue
      const doc = outcome.analysis.doc
      out.push({
        doc,
        split: splitOf(doc, check),
        rows: candidateRows(outcome.doc).filter((r) => scored(r.actor) && scored(r.target)),
        rules: [...new Set(outcome.analysis.interactions.map((i) => tripleKey(i.actor, i.type, i.target)))],
        gold: [...new Set(gold.get(doc) ?? [])],
      })
    }
  }
  return out
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  dumpDev().then((rows) => {
    mkdirSync(join(tmpdir(), 'pw-scorer'), { recursive: true })
    writeFileSync(DUMP, JSON.stringify(rows))
    console.log(`${rows.length} articles, ${rows.reduce((n, d) => n + d.rows.length, 0)} candidates → ${DUMP}`)
  })
}
