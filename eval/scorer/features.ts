import type { Candidate } from '../../src/extract/interactions/find.js'
import { whyNot } from '../../src/extract/interactions/attach.js'
import { findCandidates } from '../../src/extract/interactions/find.js'
import type { Doc } from '../../src/model/doc.js'
import { SYMMETRIC_TYPES } from '../../src/model/facts.js'

/**
 * The features of one candidate interaction (issue 13, item 8): what the rules already know about it
 * (entry, frame, whyNot's verdict) and what they do not weigh (how far its parties lie, how they were
 * resolved, how often the article names them). Names only and numbers: no text of the article.
 */
export type Features = Record<string, number>

/** One candidate as the scorer sees it: its triple key, the rules' verdict, its features. */
export interface Row {
  readonly key: string
  readonly actor: string
  readonly type: string
  readonly target: string
  /** whyNot's reason, 'index' when index.ts drops it (a meeting with the UNFCCC), or null when it stands. */
  readonly reason: string | null
  readonly sentence: number
  readonly features: Features
}

/** A triple's key as score.py keys it: meet, agree and cooperate without order. */
export function tripleKey(actor: string, type: string, target: string): string {
  const [a, b] = SYMMETRIC_TYPES.has(type) && target < actor ? [target, actor] : [actor, target]
  return `${a}|${type}|${b}`
}

/** Every candidate of a Doc with its features, before any is rejected. */
export function candidateRows(doc: Doc): Row[] {
  const candidates = findCandidates(doc)
  const perKey = new Map<string, number>()
  for (const c of candidates) perKey.set(tripleKey(c.actor, c.trigger.entry.type, c.target), (perKey.get(tripleKey(c.actor, c.trigger.entry.type, c.target)) ?? 0) + 1)
  const mentionCount = new Map<string, number>()
  for (const m of doc.mentions) if (m.actor) mentionCount.set(m.actor, (mentionCount.get(m.actor) ?? 0) + 1)
  const titleActors = new Set(doc.mentions.filter((m) => m.actor && doc.sentences[0] && m.start < doc.sentences[0].end).map((m) => m.actor!))
  const keys = new Set(candidates.map((c) => `${c.actor}|${c.trigger.entry.type}|${c.target}|${doc.tokens[c.trigger.at].sentence}`))
  return candidates.map((c) => {
    const type = c.trigger.entry.type
    const why = type === 'meet' && (c.actor === 'UNFCCC' || c.target === 'UNFCCC') ? 'index' : whyNot(doc, c)
    const sentence = doc.tokens[c.trigger.at].sentence
    const f: Features = { bias: 1 }
    const on = (name: string, v = 1) => {
      f[name] = (f[name] ?? 0) + v
    }
    on(`type=${type}`)
    on(`frame=${c.frame}`)
    on(`entry=${c.trigger.entry.id}`)
    const reason = why === null ? 'none' : why.split(':')[0]
    on(`why=${reason}`)
    on(`why=${reason}&type=${type}`)
    on(`trigger=${c.trigger.chunk >= 0 ? 'noun' : 'verb'}`)
    on(`pos=${doc.tokens[c.trigger.at].pos}`)
    if (sentence === 0) on('title')
    on('sentencePos', sentence / Math.max(1, doc.sentences.length))
    if (sentence < 4) on('lead')
    if (inQuote(doc, doc.tokens[c.trigger.at].start)) on('inQuote')
    clauseFeatures(doc, c, on)
    for (const [role, actor] of [['actor', c.actor], ['target', c.target]] as const) {
      const near = nearestChunk(doc, c, actor)
      on(`${role}Via=${near ? near.via || 'none' : 'outside'}`)
      if (near) on(`${role}Dist`, Math.log1p(near.distance))
      on(`${role}Kind=${/^[A-Z]{3}$/.test(actor) ? 'country' : 'group'}`)
      on(`${role}Mentions`, Math.log1p(mentionCount.get(actor) ?? 0))
      if (titleActors.has(actor)) on(`${role}InTitle`)
    }
    on('sameTriple', Math.log1p((perKey.get(tripleKey(c.actor, type, c.target)) ?? 1) - 1))
    if (!SYMMETRIC_TYPES.has(type) && keys.has(`${c.target}|${type}|${c.actor}|${sentence}`)) on('reverseInSentence')
    return { key: tripleKey(c.actor, type, c.target), actor: c.actor, type, target: c.target, reason: why, sentence, features: f }
  })
}

/** The verb group the trigger sits in: negation, modal, voice, where its subject came from. */
function clauseFeatures(doc: Doc, c: Candidate, on: (name: string, v?: number) => void): void {
  const k = c.trigger.clause >= 0 ? doc.clauses[c.trigger.clause] : doc.clauses.find((x) => x.sentence === doc.tokens[c.trigger.at].sentence && x.start <= c.trigger.at && c.trigger.at < x.end)
  if (!k) {
    on('noClause')
    return
  }
  if (k.verb.negated) on('negated')
  on(`modal=${k.verb.modal ?? 'none'}`)
  on(`voice=${k.verb.voice}`)
  on(`subjectFrom=${k.subjectFrom}`)
  on(`form=${k.verb.form}`)
  if (k.governor >= 0) on('governed')
}

/** The chunk of the trigger's sentence naming `actor` nearest the trigger, with its distance in tokens. */
function nearestChunk(doc: Doc, c: Candidate, actor: string): { via: string; distance: number } | null {
  const range = doc.sentenceTokens[doc.tokens[c.trigger.at].sentence]
  if (!range) return null
  let best: { via: string; distance: number } | null = null
  for (let i = range[0]; i < range[1]; i++) {
    const k = doc.chunkOf[i]
    if (k < 0 || doc.chunks[k].start !== i) continue
    const chunk = doc.chunks[k]
    const names = chunk.actors.includes(actor) || (chunk.pair?.includes(actor) ?? false) || chunk.modifierActor === actor
    if (!names) continue
    const distance = chunk.head < c.trigger.at ? c.trigger.at - chunk.end + 1 : Math.max(0, chunk.start - c.trigger.at)
    const via = chunk.actors.includes(actor) ? chunk.via : chunk.pair?.includes(actor) ? 'pair' : 'modifier'
    if (!best || distance < best.distance) best = { via, distance }
  }
  return best
}

function inQuote(doc: Doc, offset: number): boolean {
  return doc.quotes.some((q) => q.start <= offset && offset < q.end)
}
