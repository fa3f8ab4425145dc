/**
 * score.py's matching rules in TypeScript, for the probe suite, which must run on a plain clone
 * with no ../shared (FORMAT.md "Scoring"). The dev set is still scored by the shared score.py;
 * score.test.ts checks the two agree on the dev output.
 */
import type { Figures } from './articles-eval.js'

const SYMMETRIC = new Set(['meet', 'agree', 'cooperate'])
const GROUPS = new Set(['EU', 'G7', 'G20', 'UN', 'UNFCCC', 'PARIS', 'IEA', 'IPCC', 'OPEC', 'ASEAN', 'AOSIS'])
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

type Rec = Record<string, unknown>
/** One article's facts, gold or predicted, as FORMAT.md writes them. */
export interface ScoredRecord {
  readonly doc: string
  readonly pledges?: readonly Rec[]
  readonly interactions?: readonly Rec[]
  readonly quotes?: readonly Rec[]
}

export interface TsScores {
  readonly pledges: Figures
  readonly interactions: Figures
  readonly quotes: Figures
  readonly pledge_value_accuracy: number | null
  readonly pledge_base_year_accuracy: number | null
  /** `[doc, what]` for every miss, extra or wrong value, as score.py --misses lists them. */
  readonly misses: ReadonlyArray<readonly [string, string]>
}

function scoredActor(a: unknown): boolean {
  const s = String(a ?? '').toUpperCase()
  return GROUPS.has(s) || /^[A-Z]{3}$/.test(s)
}

function pledgeKey(p: Rec): string {
  const gas = String(p.gas ?? '').toUpperCase()
  return [String(p.actor ?? '').toUpperCase(), p.kind, p.year ?? null, gas || null].join(' ')
}

function interactionKey(i: Rec): string {
  let [a, b] = [String(i.actor ?? '').toUpperCase(), String(i.target ?? '').toUpperCase()]
  if (SYMMETRIC.has(String(i.type)) && b < a) [a, b] = [b, a]
  return `${a} ${i.type} ${b}`
}

/** Lower-cased words, accents folded: score.py's `words`. */
function words(s: unknown): string[] {
  const folded = String(s ?? '').toLowerCase().replace(/\u2019/g, "'").normalize('NFKD').replace(/\p{M}/gu, '')
  return folded.match(/[a-z0-9]+/g) ?? []
}

function surnames(s: unknown): Set<string> {
  const w = words(s).filter((x) => !SUFFIXES.has(x))
  return w.length ? new Set([w[w.length - 1], w.slice(-2).join('')]) : new Set()
}

function quoteMatch(g: Rec, p: Rec): boolean {
  const gs = surnames(g.speaker)
  if (![...surnames(p.speaker)].some((s) => gs.has(s))) return false
  const gw = words(g.text)
  if (!gw.length) return false
  const pw = new Set(words(p.text))
  return gw.filter((w) => pw.has(w)).length / gw.length >= 0.6
}

class Tally {
  tp = 0
  fp = 0
  fn = 0
  figures(): Figures {
    const precision = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0
    const recall = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
    const r = (x: number) => Math.round(x * 1000) / 1000
    return { precision: r(precision), recall: r(recall), f1: r(f1), tp: this.tp, fp: this.fp, fn: this.fn }
  }
}

/** Scores predicted records against gold ones, as score.py does (micro-averaged over articles). */
export function scoreRecords(gold: readonly ScoredRecord[], pred: readonly ScoredRecord[]): TsScores {
  const byDoc = new Map(pred.map((p) => [p.doc, p]))
  const t = { pledges: new Tally(), interactions: new Tally(), quotes: new Tally() }
  const misses: Array<[string, string]> = []
  let [valueOk, valueN, baseOk, baseN] = [0, 0, 0, 0]
  for (const g of gold) {
    const p = byDoc.get(g.doc) ?? { doc: g.doc }
    const scored = (x: Rec) => x.kind !== 'temperature' && scoredActor(x.actor)
    const gk = new Map((g.pledges ?? []).filter(scored).map((x) => [pledgeKey(x), x]))
    const pk = new Map<string, Rec>()
    for (const x of (p.pledges ?? []).filter(scored)) if (!pk.has(pledgeKey(x))) pk.set(pledgeKey(x), x)
    for (const [k, x] of gk) {
      const found = pk.get(k)
      if (!found) {
        t.pledges.fn++
        misses.push([g.doc, `pledge missed ${k}`])
        continue
      }
      t.pledges.tp++
      if (x.base_year != null && ++baseN && found.base_year === x.base_year) baseOk++
      const gv = x.value as number | undefined
      if (gv == null) continue
      valueN++
      const pv = found.value
      if (typeof pv === 'number' && gv - 0.5 <= pv && pv <= ((x.value_max as number | undefined) ?? gv) + 0.5) valueOk++
      else misses.push([g.doc, `pledge value ${k} ${gv} ${pv}`])
    }
    for (const k of pk.keys()) if (!gk.has(k)) (t.pledges.fp++, misses.push([g.doc, `pledge extra ${k}`]))
    const pair = (x: Rec) => scoredActor(x.actor) && scoredActor(x.target)
    const gi = new Set((g.interactions ?? []).filter(pair).map(interactionKey))
    const pi = new Set((p.interactions ?? []).filter(pair).map(interactionKey))
    for (const k of gi) if (pi.has(k)) t.interactions.tp++
    else (t.interactions.fn++, misses.push([g.doc, `interaction missed ${k}`]))
    for (const k of pi) if (!gi.has(k)) (t.interactions.fp++, misses.push([g.doc, `interaction extra ${k}`]))
    const pq = p.quotes ?? []
    const covering = new Set<number>()
    for (const q of g.quotes ?? []) {
      const js = pq.flatMap((r, j) => (quoteMatch(q, r) ? [j] : []))
      if (js.length) (t.quotes.tp++, js.forEach((j) => covering.add(j)))
      else (t.quotes.fn++, misses.push([g.doc, `quote missed ${String(q.speaker)}: ${words(q.text).slice(0, 8).join(' ')}`]))
    }
    pq.forEach((r, j) => {
      if (!covering.has(j)) (t.quotes.fp++, misses.push([g.doc, `quote extra ${String(r.speaker)}: ${words(r.text).slice(0, 8).join(' ')}`]))
    })
  }
  const ratio = (ok: number, n: number) => (n ? Math.round((ok / n) * 1000) / 1000 : null)
  return {
    pledges: t.pledges.figures(),
    interactions: t.interactions.figures(),
    quotes: t.quotes.figures(),
    pledge_value_accuracy: ratio(valueOk, valueN),
    pledge_base_year_accuracy: ratio(baseOk, baseN),
    misses,
  }
}

/** score.py's table layout, for printing. */
export function formatScores(s: Pick<TsScores, 'pledges' | 'interactions' | 'quotes' | 'pledge_value_accuracy' | 'pledge_base_year_accuracy'>): string {
  const head = `${''.padEnd(16)}${['P', 'R', 'F1'].map((h) => h.padStart(6)).join(' ')}${['tp', 'fp', 'fn'].map((h) => h.padStart(5)).join('')}`
  const rows = (['pledges', 'interactions', 'quotes'] as const).map((k) => {
    const f = s[k]
    return `${k.padEnd(16)}${[f.precision, f.recall, f.f1].map((x) => x.toFixed(3).padStart(6)).join(' ')}${[f.tp, f.fp, f.fn].map((x) => String(x).padStart(5)).join('')}`
  })
  return [head, ...rows, `pledge value accuracy: ${s.pledge_value_accuracy ?? '-'}   base year accuracy: ${s.pledge_base_year_accuracy ?? '-'}`].join('\n')
}
