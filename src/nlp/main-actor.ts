import type { Mention, Sentence } from '../model/doc.js'

/**
 * The actor the article is mostly about: the owner of targets stated with "the country", "it" or no
 * subject ("Greenhouse gas neutrality is to be achieved by 2045"), and the country of a government
 * office no sentence has named ("The foreign ministry lodged a protest").
 * Headline and first-paragraph mentions weigh three times; adjectives ("Chinese financing") half.
 */
export function mainActor(sentences: readonly Sentence[], mentions: readonly Mention[]): string | null {
  const firstPara = sentences[0]?.paragraph ?? 0
  let leadEnd = 0
  for (const s of sentences) if (s.paragraph === firstPara) leadEnd = s.end
  const weight = new Map<string, number>()
  for (const m of mentions) {
    if (!m.actor || m.actor === 'PARIS') continue
    const w = (m.adjectival ? 0.5 : 1) * (m.start < leadEnd ? 3 : 1)
    weight.set(m.actor, (weight.get(m.actor) ?? 0) + w)
  }
  let best: string | null = null
  for (const [actor, w] of weight) if (best === null || w > weight.get(best)!) best = actor
  return best
}
