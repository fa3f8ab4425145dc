import type { Chunk, Token } from '../model/doc.js'
import { firstIndex } from '../model/search.js'
import { NO_ACTORS } from './memory-state.js'

// Phrase readings the discourse memory (memory.ts) needs that depend on the tokens and chunks alone.

/** Bodies a leader's name stands for: "the government of President X", "the administration of …". */
const OWNED_BY_LEADER = new Set(['government', 'regime', 'administration', 'cabinet'])

/** The actors of an "of"/"from" phrase right after a role noun: "the president of France", "ministers from Japan, Australia and India". */
export function ofActor(chunks: readonly Chunk[], tokens: readonly Token[], chunk: Chunk, pair: readonly string[]): readonly string[] {
  const prep = tokens[chunk.end]
  // "the president of France", "ministers from the G7", "officials in Beijing".
  if (!prep || (prep.lower !== 'of' && prep.lower !== 'from' && prep.lower !== 'in' && prep.lower !== 'for')) return NO_ACTORS
  const out: string[] = []
  let at = chunk.end + 1
  for (let n = 0; n < 8; n++) {
    const next = chunkStartingAt(chunks, at)
    // ("the government of President Macron": a person stands for the country they lead.)
    if (!next || (next.kind !== 'actor' && next.kind !== 'role' && next.kind !== 'anaphor' && !(next.kind === 'person' && n === 0 && OWNED_BY_LEADER.has(chunk.headLemma)))) break
    // "Envoys from the two countries": the pair the discourse last named.
    const actors = next.kind === 'anaphor' && next.actors.length === 0 ? (next.plural ? pair : []) : next.actors
    out.push(...actors.filter((a) => !out.includes(a)))
    // Over a list: "Japan, Australia and India".
    let j = next.end
    if (tokens[j]?.text === ',') j++
    if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') j++
    if (j === next.end || tokens[j]?.sentence !== tokens[chunk.end].sentence) break
    at = j
  }
  return out
}

/** The chunk that starts at token `at` (chunks are in text order), found by halving: one line may hold thousands. */
function chunkStartingAt(chunks: readonly Chunk[], at: number): Chunk | undefined {
  const c = chunks[firstIndex(chunks.length, (i) => chunks[i].start < at)]
  return c?.start === at ? c : undefined
}

/** The short name in brackets right after a phrase ending at token `end`: "(CBAM)" → "cbam", else null. */
export function acronymAfter(tokens: readonly Token[], end: number): string | null {
  const t = tokens[end + 1]
  return tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && t && /^[A-Z][A-Z0-9-]{1,9}$/.test(t.text) ? t.lemma : null
}
