import { KNOWN_PEOPLE, type KnownPerson } from './data/people.js'
import { nameKey } from './names.js'

const BY_NAME = new Map<string, KnownPerson>()
const BY_SHORT = new Map<string, KnownPerson[]>()
for (const p of KNOWN_PEOPLE) {
  for (const n of [p.name, ...p.variants]) BY_NAME.set(nameKey(n), p)
  for (const s of p.short) {
    const key = nameKey(s)
    const list = BY_SHORT.get(key) ?? []
    if (!list.includes(p)) list.push(p)
    BY_SHORT.set(key, list)
  }
}

/**
 * The known office holder a written name refers to: by full name or variant,
 * else, for a one-word name after a title ("President Xi"), by short form
 * when only one known person has it (or only one acting for `actor`).
 */
export function lookupKnownPerson(name: string, actor: string | null = null): KnownPerson | null {
  const key = nameKey(name)
  const full = BY_NAME.get(key)
  if (full) return full
  if (key.includes(' ') && !BY_SHORT.has(key)) return null
  const candidates = BY_SHORT.get(key) ?? []
  if (candidates.length === 1) return candidates[0]
  const same = candidates.filter((p) => p.actor === actor)
  return same.length === 1 ? same[0] : null
}
