import type { RawArticle } from '../src/model/article.js'
import type { Analysis } from '../src/model/facts.js'
import { analyseRaw } from '../src/pipeline.js'
import { formatScores, scoreRecords, type ScoredRecord, type TsScores } from './score.js'
import { PROBES } from './probes/index.js'
import type { Probe } from './probes/probe.js'

/** The probe suite's figures: the scorer's over all probes, plus what the per-probe view adds. */
export interface ProbeScores extends TsScores {
  readonly probes: number
  /** Probes whose every fact came out right, by test type and by capability: [passed, total]. */
  readonly byTest: Readonly<Record<string, readonly [number, number]>>
  readonly byCapability: Readonly<Record<string, readonly [number, number]>>
  /** Facts found in the probes that state nothing (`test: 'none'`), and how many such probes there are. */
  readonly falseHitsOnNothing: number
  readonly nothingProbes: number
  /** The probes that failed, with their miss lines. */
  readonly failures: ReadonlyArray<{ readonly id: string; readonly misses: readonly string[] }>
  readonly table: string
}

const DEFAULT_DATE = '2024-05-02'

/** A probe's expected facts as a gold record (FORMAT.md), for score.py. */
export function probeGold(p: Probe): object {
  return {
    doc: p.id,
    pledges: (p.pledges ?? []).map(parsePledge),
    interactions: (p.interactions ?? []).map((s) => {
      const [actor, type, target] = s.split(' ')
      return { actor, type, target }
    }),
    quotes: (p.quotes ?? []).map((s) => {
      const at = s.indexOf(': ')
      return { speaker: s.slice(0, at), text: s.slice(at + 2) }
    }),
  }
}

/** `CAN reduction 2030 40-45 base 2005 gas CH4` → a gold pledge. */
export function parsePledge(s: string): object {
  const m = /^(\S+) (\S+) (\d{4}|null)(?: ([\d.]+)(?:-([\d.]+))?)?(?: base (\d{4}))?(?: gas (\S+))?$/.exec(s)
  if (!m) throw new Error(`probe pledge not understood: ${s}`)
  const [, actor, kind, year, value, valueMax, base, gas] = m
  return {
    actor,
    kind,
    year: year === 'null' ? null : Number(year),
    ...(value ? { value: Number(value) } : {}),
    ...(valueMax ? { value_max: Number(valueMax) } : {}),
    ...(base ? { base_year: Number(base) } : {}),
    ...(gas ? { gas } : {}),
  }
}

/** Runs one probe through the whole pipeline, as an article of plain text. */
export function analyseProbe(p: Probe): Analysis | null {
  const raw: RawArticle = { doc: p.id, source: `probe:${p.id}`, format: 'text', body: p.text, date: p.date ?? DEFAULT_DATE, title: p.title }
  const outcome = analyseRaw(raw)
  return outcome.ok ? outcome.analysis : null
}

/**
 * Scores every probe (eval/probes/) with score.py's rules (eval/score.ts, so a plain clone runs it),
 * and tallies which probes pass whole, by test type and by capability.
 */
export function runProbes(probes: readonly Probe[] = PROBES, analyse: (p: Probe) => Analysis | null = analyseProbe): ProbeScores {
  const gold = probes.map((p) => probeGold(p) as ScoredRecord)
  const pred = probes.map((p) => analyse(p)).filter((a): a is Analysis => a !== null)
  const scores = scoreRecords(gold, pred)
  const missesByDoc = new Map<string, string[]>()
  for (const [doc, what] of scores.misses) missesByDoc.set(doc, [...(missesByDoc.get(doc) ?? []), what])
  const byTest: Record<string, [number, number]> = {}
  const byCapability: Record<string, [number, number]> = {}
  const failures: Array<{ id: string; misses: string[] }> = []
  let falseHits = 0
  for (const p of probes) {
    const misses = missesByDoc.get(p.id) ?? []
    const ok = misses.length === 0
    for (const [table, key] of [[byTest, p.test], [byCapability, p.capability]] as const) {
      const row = (table[key] ??= [0, 0])
      if (ok) row[0]++
      row[1]++
    }
    if (!ok) failures.push({ id: p.id, misses })
    if (p.test === 'none') falseHits += misses.filter((m) => / extra /.test(m)).length
  }
  const nothingProbes = probes.filter((p) => p.test === 'none').length
  return { ...scores, probes: probes.length, byTest, byCapability, falseHitsOnNothing: falseHits, nothingProbes, failures, table: formatScores(scores) }
}

/** The per-test and per-capability lines `npm run eval` prints under the probe table. */
export function formatProbeDetail(s: ProbeScores): string {
  const row = ([ok, n]: readonly [number, number]) => `${ok}/${n}`
  const tests = Object.entries(s.byTest).map(([k, v]) => `${k} ${row(v)}`).join('  ')
  const caps = Object.entries(s.byCapability).sort().map(([k, v]) => `${k} ${row(v)}`).join('  ')
  return `probes passing whole, by test: ${tests}\nby capability: ${caps}\nfalse hits on the ${s.nothingProbes} probes that state nothing: ${s.falseHitsOnNothing}`
}
