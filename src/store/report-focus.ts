import type { Analysis } from '../model/facts.js'

/**
 * Which actors an article is about (issue 14, item 4): a pledge of such an
 * actor is a report; a pledge of any other actor is a passing mention ("a
 * decade ahead of China's 2060 plan" in a story about the EU). An article is
 * about an actor when
 * 1. one of the actor's facts is read in the lead (the headline or the first
 *    paragraph of the body), or
 * 2. the actor has at least half as many facts (pledges, interactions on
 *    either side, quotes) as the actor with the most.
 * @example actorsInFocus(analysis).has('EU')
 */
export function actorsInFocus(a: Pick<Analysis, 'text' | 'pledges' | 'interactions' | 'quotes'>): Set<string> {
  const lead = leadEnd(a.text)
  const counts = new Map<string, number>()
  const inLead = new Set<string>()
  const see = (actor: string | null | undefined, start: number) => {
    if (!actor) return
    counts.set(actor, (counts.get(actor) ?? 0) + 1)
    if (start < lead) inLead.add(actor)
  }
  for (const p of a.pledges) see(p.actor, p.evidence.start)
  for (const x of a.interactions) {
    see(x.actor, x.evidence.start)
    see(x.target, x.evidence.start)
  }
  for (const q of a.quotes) see(q.actor, q.evidence.start)
  const most = Math.max(0, ...counts.values())
  const out = new Set(inLead)
  for (const [actor, n] of counts) if (2 * n >= most) out.add(actor)
  return out
}

/** Where the lead ends: after the headline and the paragraph that follows it. */
function leadEnd(text: string): number {
  const first = text.indexOf('\n\n')
  if (first < 0) return text.length
  const second = text.indexOf('\n\n', first + 2)
  return second < 0 ? text.length : second
}
