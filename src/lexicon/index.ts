import { SPEECH_VERBS } from './speech.js'
import { DENYING_VERBS, RECEIVING_VERBS, WORSENING_VERBS } from './modality.js'
import { INTERACTION_ENTRIES } from './interactions.js'
import type { InteractionEntry } from './schema.js'

/** Interaction entries by trigger: verb lemma (with its particle, "hit out"), and noun lemma. */
export interface InteractionIndex {
  readonly verbs: ReadonlyMap<string, readonly InteractionEntry[]>
  readonly nouns: ReadonlyMap<string, readonly InteractionEntry[]>
  /** Entries whose trigger is an adverb of any verb ("jointly") or an adjective of any noun ("joint"). */
  readonly adverbs: ReadonlyMap<string, readonly InteractionEntry[]>
  readonly adjectives: ReadonlyMap<string, readonly InteractionEntry[]>
  /** Entries whose trigger is an adjective after "be" ("critical of"). */
  readonly predicates: ReadonlyMap<string, readonly InteractionEntry[]>
  /** Entries whose trigger is a clause's modal ("must", "should"). */
  readonly modals: ReadonlyMap<string, readonly InteractionEntry[]>
}

function buildIndex(entries: readonly InteractionEntry[]): InteractionIndex {
  const verbs = new Map<string, InteractionEntry[]>()
  const nouns = new Map<string, InteractionEntry[]>()
  const adverbs = new Map<string, InteractionEntry[]>()
  const adjectives = new Map<string, InteractionEntry[]>()
  const predicates = new Map<string, InteractionEntry[]>()
  const modals = new Map<string, InteractionEntry[]>()
  const add = (map: Map<string, InteractionEntry[]>, key: string, e: InteractionEntry) => map.set(key, [...(map.get(key) ?? []), e])
  for (const e of entries) {
    for (const v of e.verbs) add(verbs, v, e)
    for (const n of e.nouns) add(nouns, n, e)
    for (const a of e.adverbs) add(adverbs, a, e)
    for (const a of e.adjectives) add(adjectives, a, e)
    for (const a of e.predicates) add(predicates, a, e)
    for (const m of e.modals) add(modals, m, e)
  }
  return { verbs, nouns, adverbs, adjectives, predicates, modals }
}

export const INTERACTION_INDEX: InteractionIndex = buildIndex(INTERACTION_ENTRIES)

/**
 * Every verb lemma a lexicon names (triggers, light verbs, speech verbs, verbs that refuse, call off or
 * weigh an act, or by which ties worsen): what the retagger may turn a mis-tagged word into.
 */
export const KNOWN_VERBS: ReadonlySet<string> = new Set([
  ...DENYING_VERBS,
  ...INTERACTION_ENTRIES.flatMap((e) => [...e.verbs.map((v) => v.split(' ')[0]), ...e.light.map((v) => v.split(' ')[0])]),
  ...SPEECH_VERBS,
  ...RECEIVING_VERBS,
  ...WORSENING_VERBS,
])
