import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readInput } from '../../src/ingest/read.js'
import { INTERACTION_INDEX } from '../../src/lexicon/index.js'
import type { Doc } from '../../src/model/doc.js'
import { analyseRaw } from '../../src/pipeline.js'
import { devDirs } from '../articles-eval.js'
import { checkNames, splitOf } from '../split.js'
import { dumpDev, scored, type DocRows } from './dump.js'
import { tripleKey, type Features } from './features.js'
import { fit, predict } from './logreg.js'
import { f1, scoreSets, show, type Tally } from './train.js'

/**
 * Reading (d) of the scorer experiment: findCandidates proposes every gold triple the rules find and no
 * other (eval/scorer/train.ts), so a scorer over its candidates adds no recall. Here the candidates are
 * looser: two scored parties named in one sentence with a lexicon trigger word of some type. The
 * regression is trained on those whose triple the rules do not output (tune only, 5-fold CV by
 * article for L2 and threshold), and its accepted triples are added to the rules' output.
 */

interface Occurrence { readonly key: string; readonly features: Features }
interface Article { readonly d: DocRows; readonly occ: readonly Occurrence[] }

const NEGATIONS = new Set(['not', "n't", 'never', 'no'])
const MODALS = new Set(['would', 'could', 'may', 'might', 'should', 'must', 'will', 'can'])

/** Every (sentence, trigger word, ordered pair) of an article, with its features. */
function occurrences(doc: Doc, d: DocRows): Occurrence[] {
  const out: Occurrence[] = []
  const mentionCount = new Map<string, number>()
  for (const m of doc.mentions) if (m.actor) mentionCount.set(m.actor, (mentionCount.get(m.actor) ?? 0) + 1)
  const rulePairs = new Set(d.rules.map((k) => pairOf(k)))
  const candidatePairs = new Set(d.rows.map((r) => pairOf(r.key)))
  const perKey = new Map<string, number>()
  doc.sentenceTokens.forEach((range, s) => {
    if (!range) return
    const parties = new Map<string, { at: number; via: string }[]>()
    const triggers: { at: number; type: string; id: string }[] = []
    let negated = false, modal = false
    for (let i = range[0]; i < range[1]; i++) {
      const t = doc.tokens[i]
      if (NEGATIONS.has(t.lower)) negated = true
      if (MODALS.has(t.lower)) modal = true
      const add = (a: string, via: string) => { if (scored(a)) parties.set(a, [...(parties.get(a) ?? []), { at: i, via }]) }
      if (t.mention >= 0 && doc.mentions[t.mention].actor) add(doc.mentions[t.mention].actor!, 'mention')
      const k = doc.chunkOf[i]
      if (k >= 0 && doc.chunks[k].head === i && doc.chunks[k].via !== 'mention') for (const a of doc.chunks[k].actors) add(a, doc.chunks[k].via || 'none')
      const entries = [...(INTERACTION_INDEX.verbs.get(t.lemma) ?? []), ...(INTERACTION_INDEX.nouns.get(t.lemma) ?? []), ...(t.lemma === t.lower ? [] : INTERACTION_INDEX.nouns.get(t.lower) ?? [])]
      const seen = new Set<string>()
      for (const e of entries) if (!seen.has(e.type)) { seen.add(e.type); triggers.push({ at: i, type: e.type, id: e.id }) }
    }
    const clause = (at: number) => doc.clauses.find((c) => c.verb.head === at)
    for (const t of triggers) {
      const c = clause(t.at)
      for (const [a, as] of parties) for (const [b, bs] of parties) {
        if (a === b) continue
        const na = nearest(as, t.at), nb = nearest(bs, t.at)
        const f: Features = { bias: 1 }
        const on = (name: string, v = 1) => { f[name] = (f[name] ?? 0) + v }
        on(`type=${t.type}`)
        on(`entry=${t.id}`)
        on(`pos=${doc.tokens[t.at].pos}`)
        on(`order=${[['a', na.at], ['t', t.at], ['b', nb.at]].sort((x, y) => (x[1] as number) - (y[1] as number)).map((x) => x[0]).join('')}&type=${t.type}`)
        on('aDist', Math.log1p(Math.abs(na.at - t.at)))
        on('bDist', Math.log1p(Math.abs(nb.at - t.at)))
        on(`aVia=${na.via}`)
        on(`bVia=${nb.via}`)
        on('parties', Math.log1p(parties.size))
        on('triggers', Math.log1p(triggers.length))
        if (s === 0) on('title')
        on('sentencePos', s / Math.max(1, doc.sentences.length))
        if (doc.quotes.some((q) => q.start <= doc.tokens[t.at].start && doc.tokens[t.at].start < q.end)) on('inQuote')
        if (negated) on('negation')
        if (modal) on('modal')
        if (rulePairs.has(pairOf(tripleKey(a, t.type, b)))) on('pairInRules')
        if (candidatePairs.has(pairOf(tripleKey(a, t.type, b)))) on('pairCandidate')
        for (const [role, x] of [['a', a], ['b', b]] as const) {
          on(`${role}Kind=${/^[A-Z]{3}$/.test(x) ? 'country' : 'group'}`)
          on(`${role}Mentions`, Math.log1p(mentionCount.get(x) ?? 0))
        }
        if (c) {
          const holds = (p: typeof c.subject, x: string) => !!p && p.chunks.some((k) => doc.chunks[k].actors.includes(x))
          if (holds(c.subject, a)) on('aSubject')
          if (holds(c.object, b) || c.preps.some((p) => holds(p.phrase, b))) on('bObjectOrPrep')
          if (holds(c.subject, b)) on('bSubject')
          if (c.verb.negated) on('verbNegated')
        }
        const key = tripleKey(a, t.type, b)
        perKey.set(key, (perKey.get(key) ?? 0) + 1)
        out.push({ key, features: f })
      }
    }
  })
  // How often the article states the triple: told again and again is more likely told.
  return out.map((o) => ({ key: o.key, features: { ...o.features, repeats: Math.log1p(perKey.get(o.key)! - 1) } }))
}

/** One row per triple (--triples): each feature's largest value over the sentences telling it. */
function perTriple(occ: readonly Occurrence[]): Occurrence[] {
  const by = new Map<string, Features>()
  for (const o of occ) {
    const f = by.get(o.key) ?? {}
    for (const [k, v] of Object.entries(o.features)) f[k] = Math.max(f[k] ?? -Infinity, v)
    by.set(o.key, f)
  }
  return [...by].map(([key, features]) => ({ key, features }))
}

const pairOf = (key: string) => { const [a, , b] = key.split('|'); return a < b ? `${a}|${b}` : `${b}|${a}` }
const nearest = (xs: { at: number; via: string }[], at: number) => xs.reduce((m, x) => (Math.abs(x.at - at) < Math.abs(m.at - at) ? x : m))

/** The rules' triples plus the loose triples not in them that the weights score at or above the threshold. */
function added(art: Article, p: readonly number[], threshold: number): Set<string> {
  const out = new Set(art.d.rules)
  art.occ.forEach((o, i) => { if (p[i] >= threshold) out.add(o.key) })
  return out
}

function tally(arts: readonly Article[], probs: ReadonlyMap<string, number[]>, threshold: number): Tally {
  const t = { tp: 0, fp: 0, fn: 0 }
  for (const art of arts) {
    const gold = new Set(art.d.gold)
    const out = added(art, probs.get(art.d.doc) ?? [], threshold)
    for (const k of out) gold.has(k) ? t.tp++ : t.fp++
    for (const k of gold) if (!out.has(k)) t.fn++
  }
  return t
}

const train = (arts: readonly Article[]) => arts.flatMap((a) => a.occ.filter((o) => !a.d.rules.includes(o.key)))
const labels = (arts: readonly Article[]) => arts.flatMap((a) => a.occ.filter((o) => !a.d.rules.includes(o.key)).map((o) => (a.d.gold.includes(o.key) ? 1 : 0)))
/** Probabilities per article; rows of a triple the rules output already get 0 (they are output anyway). */
const scoreAll = (w: Record<string, number>, arts: readonly Article[]) => new Map(arts.map((a) => [a.d.doc, a.occ.map((o) => (a.d.rules.includes(o.key) ? 0 : predict(w, o.features)))]))

async function main(argv: string[]): Promise<void> {
  const dump = new Map((await dumpDev()).map((d) => [d.doc, d]))
  const check = checkNames()
  const tune: Article[] = [], held: Article[] = []
  for (const name of readdirSync(devDirs().rawDir).sort()) {
    for (const read of await readInput(join(devDirs().rawDir, name))) {
      const outcome = read.ok ? analyseRaw(read.article) : read
      if (!outcome.ok) continue
      const d = dump.get(outcome.analysis.doc)!
      const occ = occurrences(outcome.doc, d)
      ;(splitOf(d.doc, check) === 'tune' ? tune : held).push({ d, occ: argv.includes('--triples') ? perTriple(occ) : occ })
    }
  }
  const rows = train(tune)
  console.log(`Loose rows on tune outside the rules' triples: ${rows.length}, ${labels(tune).filter((y) => y === 1).length} positive`)
  let best = { l2: 0, threshold: 1, f1: -1, t: { tp: 0, fp: 0, fn: 0 } }
  for (const l2 of [0.001, 0.003, 0.01, 0.03, 0.1]) {
    const probs = new Map<string, number[]>()
    for (let fold = 0; fold < 5; fold++) {
      const w = fit(train(tune.filter((_, i) => i % 5 !== fold)).map((o) => o.features), labels(tune.filter((_, i) => i % 5 !== fold)), l2, 1500)
      for (const [doc, p] of scoreAll(w, tune.filter((_, i) => i % 5 === fold))) probs.set(doc, p)
    }
    for (let k = 1; k <= 19; k++) {
      const t = tally(tune, probs, k / 20)
      if (argv.includes('--verbose')) console.log(`  CV L2 ${l2} threshold ${(k / 20).toFixed(2)}: ${show(t)}`)
      if (f1(t) > best.f1 + 1e-9) best = { l2, threshold: k / 20, f1: f1(t), t }
    }
  }
  console.log(`\nTune CV (d) rules + loose scorer: ${show(best.t)} [L2 ${best.l2}, threshold ${best.threshold}]`)
  const w = fit(rows.map((o) => o.features), labels(tune), best.l2, 1500)
  // The check split is scored only with --check, once the reading is fixed on tune.
  for (const [name, arts] of [['tune', tune], ...(argv.includes('--check') ? [['check', held]] as const : [])] as const) {
    const probs = scoreAll(w, arts)
    console.log(`${name} (score.py${name === 'tune' ? ', in-sample' : ''}): (a) ${scoreSets(new Map(arts.map((a) => [a.d.doc, new Set(a.d.rules)])), `${name}-a`)}`)
    console.log(`${name} (score.py${name === 'tune' ? ', in-sample' : ''}): (d) ${scoreSets(new Map(arts.map((a) => [a.d.doc, added(a, probs.get(a.d.doc)!, best.threshold)])), `${name}-d`)}`)
  }
  const top = Object.entries(w).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, 15)
  console.log(`\nLargest weights (d):\n${top.map(([k, v]) => `  ${v >= 0 ? '+' : ''}${v.toFixed(3)}  ${k}`).join('\n')}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main(process.argv.slice(2))
