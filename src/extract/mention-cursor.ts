import type { Doc, Mention, Sentence } from '../model/doc.js'
import { OWNER_PRONOUNS } from '../lexicon/roles.js'

/**
 * The mentions inside each sentence, for sentences asked in document order (some may be skipped):
 * one pass over doc.mentions (sorted by start) for the whole document instead of one per sentence.
 * Same result as mentionsIn(doc, sentence).
 */
export function mentionCursor(doc: Doc): (sentence: Sentence) => Mention[] {
  let from = 0
  return (sentence) => {
    const all = doc.mentions
    while (from < all.length && all[from].start < sentence.start) from++
    const out: Mention[] = []
    for (let i = from; i < all.length && all[i].start < sentence.end; i++) if (all[i].end <= sentence.end) out.push(all[i])
    return out
  }
}

/**
 * The sentence's mentions, with one more per actor for each phrase the discourse memory read as a
 * party (src/nlp/memory.ts) and that names none itself, at that phrase's span and in text order:
 * - a pair or a plural party ("the two countries", "both sides"): "Japan and Australia met in Tokyo.
 *   The two countries reaffirmed their goals …" names both as the owners (pledge-actor.ts chains
 *   mentions of one span as a list);
 * - a pronoun, an anaphor or a bare role ("it", "he", "his government", "the ministry") for a party named
 *   in an earlier sentence: "Malaysia took another route. It plans to cut …" is Malaysia's, not the
 *   article's main country's (`singles`: not where the sentence's "it" may be a deal the caller knows of).
 */
export function withMemoryMentions(doc: Doc, si: number, mentions: readonly Mention[], singles = true): readonly Mention[] {
  const r = doc.sentenceTokens[si]
  if (!r) return mentions
  const { chunks, chunkOf, tokens } = doc
  const extra: Mention[] = []
  for (let t = r[0]; t < r[1]; t++) {
    const c = chunks[chunkOf[t]]
    if (!c || c.start !== t || c.actors.length === 0 || c.mentions.length > 0) continue
    // (An object pronoun is no owner: "Chinese leaders want them to peak" is the leaders'.)
    const pronoun = c.kind === 'pronoun' && OWNER_PRONOUNS.has(tokens[c.head].lower)
    // ("Japan and Korea met. Both aim …": a pronoun for the pair as well.)
    const pair = ((c.kind === 'anaphor' && c.plural) || pronoun) && c.actors.length >= 2
    const single = singles && (pronoun || c.kind === 'anaphor' || c.kind === 'role') && c.actors.length === 1
    if (!pair && !single) continue
    // ("The state of Bahia plans …" names a place of its own; "told the government to phase out coal": an
    // object asked to act owns no target of its own.)
    const next = tokens[c.end]?.lower
    if (next === 'of' || (next === 'to' && tokens[c.start - 1]?.pos === 'VERB')) continue
    const start = tokens[c.start].start
    const end = tokens[c.end - 1].end
    // (Only a party the sentence does not name right before: "Indonesia denied that it plans …", "Nordmark's
    // chief said it would …" are read from their own names, by the rules that know what those say; "Molina
    // urged the United States to …, and said his government would …" names another party between.)
    if (single && namedJustBefore(mentions, start, c.actors[0])) continue
    for (const actor of c.actors) extra.push({ start, end, text: doc.text.slice(start, end), kind: 'description', actor })
  }
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.start - b.start) : mentions
}

/** Whether the last mention before `at` is of `actor` (or, with none before, the sentence names it later). */
function namedJustBefore(mentions: readonly Mention[], at: number, actor: string): boolean {
  const before = mentions.filter((m) => m.end <= at).pop()
  return before ? before.actor === actor : mentions.some((m) => m.actor === actor)
}
