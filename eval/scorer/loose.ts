import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readInput } from '../../src/ingest/read.js'
import { INTERACTION_INDEX } from '../../src/lexicon/index.js'
import type { Doc } from '../../src/model/doc.js'
import { analyseRaw } from '../../src/pipeline.js'
import { devDirs } from '../articles-eval.js'
import { checkNames, splitOf } from '../split.js'
import { dumpDev, scored } from './dump.js'
import { tripleKey } from './features.js'

/**
 * A looser ceiling than findCandidates' (tune split only): of the gold triples no candidate proposes,
 * how many could a scorer over sentence co-occurrence reach? A triple is reachable when one sentence
 * names both parties (mentions, or chunks as the discourse memory resolved them) and holds a lexicon
 * trigger word of its type. Also counts the loose candidates that are not gold, the scorer's negatives.
 */
async function main(): Promise<void> {
  const dump = new Map((await dumpDev()).map((d) => [d.doc, d]))
  const check = checkNames()
  let missed = 0, together = 0, withTrigger = 0, loose = 0, looseGold = 0
  for (const name of readdirSync(devDirs().rawDir).sort()) {
    for (const read of await readInput(join(devDirs().rawDir, name))) {
      const outcome = read.ok ? analyseRaw(read.article) : read
      if (!outcome.ok || splitOf(outcome.analysis.doc, check) !== 'tune') continue
      const d = dump.get(outcome.analysis.doc)!
      const proposed = new Set(d.rows.map((r) => r.key))
      const sentences = sentenceTriples(outcome.doc)
      const all = new Set(sentences.flatMap((s) => s.triples))
      loose += all.size
      looseGold += d.gold.filter((k) => all.has(k)).length
      for (const k of d.gold) {
        if (proposed.has(k)) continue
        missed++
        const [a, , b] = k.split('|')
        if (sentences.some((s) => s.parties.has(a) && s.parties.has(b))) together++
        if (all.has(k)) withTrigger++
      }
    }
  }
  console.log(`Tune gold triples with no candidate: ${missed}; both parties in one sentence: ${together}; and a trigger of the type there: ${withTrigger}.`)
  console.log(`Loose (sentence, pair, trigger type) triples on tune: ${loose} distinct per article, ${looseGold} of them gold.`)
}

/** Per tagged sentence: the scored parties it names and the triples its trigger words would make. */
function sentenceTriples(doc: Doc): { parties: Set<string>; triples: string[] }[] {
  const out: { parties: Set<string>; triples: string[] }[] = []
  doc.sentenceTokens.forEach((range, s) => {
    if (!range) return
    const parties = new Set<string>()
    const types = new Set<string>()
    for (let i = range[0]; i < range[1]; i++) {
      const t = doc.tokens[i]
      if (t.mention >= 0 && doc.mentions[t.mention].actor) parties.add(doc.mentions[t.mention].actor!)
      const k = doc.chunkOf[i]
      if (k >= 0) for (const a of doc.chunks[k].actors) parties.add(a)
      for (const e of [...(INTERACTION_INDEX.verbs.get(t.lemma) ?? []), ...(INTERACTION_INDEX.nouns.get(t.lemma) ?? []), ...(INTERACTION_INDEX.nouns.get(t.lower) ?? [])]) types.add(e.type)
    }
    const named = [...parties].filter(scored)
    const triples: string[] = []
    for (const a of named) for (const b of named) if (a !== b) for (const type of types) triples.push(tripleKey(a, type, b))
    out.push({ parties, triples })
  })
  return out
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main()
