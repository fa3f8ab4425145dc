/** A source sentence as the ranking reads it; `about` and `asserting` when the register records them (issue 14). */
export interface RankedEvidence {
  readonly text: string
  readonly date: string | null
  readonly about?: boolean | null
  readonly asserting?: boolean | null
}

// Words that put the target in someone else's mouth or wishes: "Environmental groups had hoped for …".
const SECONDHAND = /\b(had hoped|hoped|hopes?|wants?|wanted|urged?|urging|called (on|for)|calls (on|for)|pressed|pressing|demand(s|ed)?|critics?|groups?|activists?|campaigners?|analysts?|would like|should|must)\b/i
// A dateline ("TOKYO - ", "BEIJING (Reuters) - ") before the sentence proper.
const DATELINE = /^[A-Z][A-Z .'-]+(\([^)]*\))?\s*[-–—]\s*/

/** The first position of the actor's name, its id, or a word that starts with the name's stem ("Japan", "JPN", "Japanese"). */
function mentionAt(text: string, actor: { id: string; name: string }): number {
  const stem = actor.name.length > 5 ? actor.name.slice(0, actor.name.length - 2) : actor.name
  const words = [actor.name, actor.id, stem].filter((w) => w.length >= 2).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const m = new RegExp(`\\b(${words.join('|')})`, 'i').exec(text)
  return m ? m.index : -1
}

/**
 * How directly a sentence reports the actor's target (higher first): a
 * report about the actor before a passing mention, the actor's own statement
 * before someone's hope for it, and the target's year and value stated. Uses
 * the register's `about`/`asserting` when it has them, else reads the sentence:
 * 1. the actor named at the start (after any dateline) is the subject;
 * 2. second-hand words before the actor's name (hopes, urges, critics) lower it;
 * 3. the target year and the value each raise it.
 */
export function directness(e: RankedEvidence, actor: { id: string; name: string }, claim: { year: number | null; value: number | null }): number {
  let score = 0
  if (e.about === true) score += 4
  if (e.about === false) score -= 4
  if (e.asserting === true) score += 2
  if (e.asserting === false) score -= 2
  const body = e.text.replace(DATELINE, '')
  const at = mentionAt(body, actor)
  if (at >= 0 && at <= Math.max(12, body.length * 0.15)) score += 3
  else if (at < 0) score -= 2
  if (SECONDHAND.test(at > 0 ? body.slice(0, at) : body)) score -= 3
  if (claim.year != null && body.includes(String(claim.year))) score += 1
  if (claim.value != null && body.includes(String(claim.value))) score += 1
  return score
}

/**
 * Evidence in reading order for a claim: most direct first, then dated before
 * undated, then newest first. Stable for equal keys.
 */
export function rankEvidence<T extends RankedEvidence>(rows: readonly T[], actor: { id: string; name: string }, claim: { year: number | null; value: number | null }): T[] {
  const scored = rows.map((e, i) => ({ e, i, s: directness(e, actor, claim) }))
  scored.sort((a, b) => b.s - a.s || Number(!!b.e.date) - Number(!!a.e.date) || (b.e.date ?? '').localeCompare(a.e.date ?? '') || a.i - b.i)
  return scored.map((x) => x.e)
}
