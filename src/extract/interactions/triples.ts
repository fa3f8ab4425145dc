import type { Doc, MentionKind } from '../../model/doc.js'
import { SYMMETRIC_TYPES, type Interaction } from '../../model/facts.js'
import { makeDoc } from '../test-doc.js'
import { extractInteractions } from './index.js'

/** An actor mention given by hand, for tests that must not depend on the gazetteer: surface, actor, kind, adjectival. */
export type Spec = readonly [surface: string, actor: string | null, kind?: MentionKind, adjectival?: boolean]

export const adj = (surface: string, actor: string): Spec => [surface, actor, 'country', true]

/** The invented countries' stand-ins the interaction tests share: real codes, hand-made mentions. */
export const COUNTRIES: Spec[] = [
  ['Canada', 'CAN'], adj('Canadian', 'CAN'), ['Mexico', 'MEX'], adj('Mexican', 'MEX'), ['France', 'FRA'], adj('French', 'FRA'),
  ['Kenya', 'KEN'], adj('Kenyan', 'KEN'), ['Brazil', 'BRA'], adj('Brazilian', 'BRA'), ['India', 'IND'], adj('Indian', 'IND'),
  ['Ottawa', 'CAN'], ['Paris', 'FRA'], ['Nairobi', 'KEN'], ['the European Union', 'EU', 'group'], ['G20', 'G20', 'group'],
  ['Norway', 'NOR'], adj('Norwegian', 'NOR'), ['Chile', 'CHL'], ['Peru', 'PER'],
]

/** The interactions the whole analysis reads in `text` with these mentions, as sorted "ACTOR type TARGET" (symmetric types in code order). */
export function triples(text: string, extra: readonly Spec[] = [], date: string | null = '2024-03-14'): string[] {
  return asTriples(extractInteractions(handDoc(text, extra, date)))
}

/** Interactions as sorted "ACTOR type TARGET" lines, symmetric types in code order. */
export function asTriples(found: readonly Interaction[]): string[] {
  return found.map((i) => (SYMMETRIC_TYPES.has(i.type) && i.target < i.actor ? `${i.target} ${i.type} ${i.actor}` : `${i.actor} ${i.type} ${i.target}`)).sort()
}

/** The Doc of `text` analysed in full with these mentions and the shared ones (extra first: they win an overlap). */
export function handDoc(text: string, extra: readonly Spec[] = [], date: string | null = '2024-03-14'): Doc {
  const specs = [...extra, ...COUNTRIES].map(([surface, actor, kind, adjectival]) => ({ text: surface, actor, kind, adjectival }))
  return makeDoc(text, specs, { date })
}
