import type { Doc, Mention, Sentence } from '../model/doc.js'

/**
 * Role nouns standing for an actor named earlier: after "Energy ministers from the Group of Seven
 * agreed …", a later "Ministers also said …" or "The ministers pushed …" means the G7; after
 * "China's commerce ministry said …", "Ministry officials added …" means China.
 */

// The role nouns news uses for the people or offices of a country or group, by one key per noun.
const ROLES: Readonly<Record<string, string>> = {
  minister: 'minister', ministers: 'minister', ministry: 'ministry', ministries: 'ministry',
  leader: 'leader', leaders: 'leader', official: 'official', officials: 'official',
  negotiator: 'negotiator', negotiators: 'negotiator', delegate: 'delegate', delegates: 'delegate',
  delegation: 'delegation', delegations: 'delegation', envoy: 'envoy', envoys: 'envoy',
  diplomat: 'diplomat', diplomats: 'diplomat', government: 'government', spokesman: 'spokesperson',
  spokeswoman: 'spokesperson', spokesperson: 'spokesperson',
}
// Singular offices that "The …" may point to without an earlier mention ("The foreign ministry also announced …").
const OFFICES = new Set(['ministry', 'government', 'delegation'])
const ROLE_WORD = Object.keys(ROLES).join('|')
// A sentence may open with the role noun itself, capitalised: "Ministers also said".
const LEAD_ROLE_WORD = Object.keys(ROLES).map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')
// A sentence that opens with a role phrase and no actor before it: "Ministers also said",
// "The foreign ministry announced", "Ministry officials criticised".
const LEAD_ROLE = new RegExp(String.raw`^(?:(?:The|Those|These|Its|Their)\s+)?(?:[A-Z]?[a-z-]+\s+){0,2}?(${LEAD_ROLE_WORD})\b(?!\s+(?:from|of|in|at|for)\b|['’])`)
// "<role> from/of [the] <mention>" and "<mention>['s] [two words] <role>".
const ROLE_BEFORE = new RegExp(String.raw`\b(${ROLE_WORD})\s+(?:from|of)\s+(?:the\s+)?$`, 'i')
const ROLE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(${ROLE_WORD})\b`, 'iu')

/**
 * The role key a sentence opens with, when it names no actor before it; else null.
 * "Ministers from ten countries met" names a new group, and "The ministry's plan" a thing: neither is a lead role.
 * `definite`: the phrase opens with "The" and a singular office ("The foreign ministry"), which news uses
 * for the office of the country just named as subject even when the article has not yet named that office.
 */
export function leadingRole(sentence: Sentence, mentions: readonly Mention[]): { key: string; end: number; definite: boolean } | null {
  const m = LEAD_ROLE.exec(sentence.text)
  if (!m) return null
  const end = sentence.start + m[0].length
  if (mentions.some((x) => x.start >= sentence.start && x.start < end)) return null
  const key = ROLES[m[1].toLowerCase()]
  return { key, end, definite: m[0].startsWith('The ') && OFFICES.has(m[1].toLowerCase()) }
}

/**
 * A resolver from a role key to the actor whose people or offices the article last named with that
 * role before `pos`, looking back through the whole article.
 * @example roleResolver(doc)('minister', 900) // 'G7' after "ministers from the Group of Seven"
 */
export function roleResolver(doc: Doc): (key: string, pos: number) => string | null {
  const text = doc.text
  let found: Array<{ at: number; key: string; actor: string }> | null = null
  const build = () => {
    const out: Array<{ at: number; key: string; actor: string }> = []
    for (const m of doc.mentions) {
      if (!m.actor || m.kind === 'person') continue
      const before = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))
      if (before) out.push({ at: m.start, key: ROLES[before[1].toLowerCase()], actor: m.actor })
      const after = ROLE_AFTER.exec(text.slice(m.end, m.end + 40))
      if (after) out.push({ at: m.start, key: ROLES[after[1].toLowerCase()], actor: m.actor })
    }
    return out
  }
  return (key, pos) => {
    found ??= build()
    let best: string | null = null
    for (const f of found) {
      if (f.at >= pos) break
      if (f.key === key) best = f.actor
    }
    return best
  }
}
