import type { Doc } from '../../model/doc.js'
import type { Interaction } from '../../model/facts.js'
import { SYMMETRIC_TYPES } from '../../model/facts.js'
import { evidenceOf } from '../../model/span.js'
import { eventDatesIn, type DateAt } from '../dates.js'
import { prepsAfter } from '../../frames/around.js'
import { placeOf } from '../interaction-place.js'
import { whyNot } from './attach.js'
import { findCandidates, type Candidate } from './find.js'

/**
 * Extracts interactions between actors: who urged, met, agreed with, protested or sanctioned whom.
 * 1. find: every lexicon trigger in the Doc, its parties read through its frames (find.ts);
 * 2. attach: drop what a negation, a denying verb or (for sanctions) an unrealised plan undoes (attach.ts);
 *    date the act from its sentence, place a symmetric one, and cite the sentence;
 * 3. one interaction per (actor, type, target), the first in the text kept (dated by a later telling near the article's date when it has none); meet, agree and cooperate without
 *    order; one act is not also reported in reverse from the same sentence, unless the other act is the
 *    one the first answers ("Russia dismissed accusations from Finland": Finland accused, Russia rejected).
 * @example extractInteractions(analyseArticle(article)).map((i) => `${i.actor} ${i.type} ${i.target}`)
 */
export function extractInteractions(doc: Doc): Interaction[] {
  const out = new Map<string, Interaction>()
  const bySentence = new Map<number, Map<string, Candidate>>()
  // The dates a sentence names, read once however many acts it states (chrono is the costly part).
  const dates = new Map<number, readonly DateAt[]>()
  const datesIn = (sentence: number): readonly DateAt[] => {
    let found = dates.get(sentence)
    if (!found) dates.set(sentence, (found = eventDatesIn(doc.sentences[sentence].text, doc.article.date)))
    return found
  }
  // An act's date is the one its own words name (a verb's predicate, a noun's phrases: "After talks on
  // Monday, Japan and Peru signed the deal on Wednesday", "… signed it on Wednesday after talks on Monday"),
  // else the sentence's first.
  const dateOf = (sentence: number, c?: Candidate): string | null => {
    const found = datesIn(sentence)
    if (found.length > 1 && c) {
      const span = ownSpan(doc, c, doc.sentences[sentence].start)
      const own = span && found.find((d) => d.index >= span[0] && d.end <= span[1])
      if (own) return own.date
    }
    return found[0]?.date ?? null
  }
  // In text order by sentence (verb triggers are found before noun triggers), so that the act kept
  // for a pair is the first the article tells.
  const sentenceOf = (c: Candidate) => doc.tokens[c.trigger.at].sentence
  for (const c of findCandidates(doc).sort((a, b) => sentenceOf(a) - sentenceOf(b))) {
    const type = c.trigger.entry.type
    // A conference is hosted or attended, not met: no meeting with the UNFCCC.
    if (type === 'meet' && (c.actor === 'UNFCCC' || c.target === 'UNFCCC')) continue
    if (whyNot(doc, c)) continue
    const key = keyOf(c.actor, type, c.target)
    const sentence = sentenceOf(c)
    const seen = bySentence.get(sentence) ?? new Map<string, Candidate>()
    // (A later telling dated near the article's own date stands in for a first one without: the act is
    // dated where the article dates it. A date far from it is more likely an earlier act of the pair.)
    const kept = out.get(key)
    if (kept && (kept.date !== null || !nearArticle(dateOf(sentence), doc.article.date))) continue
    const reverse = seen.get(keyOf(c.target, type, c.actor))
    if (!kept && !SYMMETRIC_TYPES.has(type) && reverse && !c.mutual && !answered(doc, reverse, c)) continue
    seen.set(key, c)
    bySentence.set(sentence, seen)
    out.set(key, toInteraction(doc, c, sentence, dateOf(sentence, c)))
  }
  return [...out.values()]
}

/**
 * Whether `c` is the act `first` answers: `c`'s trigger noun lies in the object of `first`'s trigger verb
 * ("Russia dismissed [accusations from Finland]", "India rejected [criticism from Pakistan]"), so the
 * sentence tells two acts, one each way, not one act read twice.
 */
function answered(doc: Doc, first: Candidate, c: Candidate): boolean {
  if (c.trigger.chunk < 0 || first.trigger.chunk >= 0 || first.trigger.clause < 0) return false
  const k = doc.clauses[first.trigger.clause]
  // (Or in its prepositional object: "pushed back against criticism from Washington".)
  return [k.object, ...k.preps.map((p) => p.phrase)].some((p) => p?.chunks.includes(c.trigger.chunk))
}

function toInteraction(doc: Doc, c: Candidate, sentence: number, date: string | null): Interaction {
  const s = doc.sentences[sentence]
  const type = c.trigger.entry.type
  return {
    actor: c.actor,
    type,
    target: c.target,
    date,
    // A venue belongs to events held somewhere; "urged … to end the war in Ukraine" names a topic.
    place: SYMMETRIC_TYPES.has(type) ? placeOf(s.text) : null,
    evidence: evidenceOf(doc.text, s.start, s.end),
    rule: `${c.trigger.entry.id}/${c.frame}`,
  }
}

function keyOf(actor: string, type: string, target: string): string {
  if (SYMMETRIC_TYPES.has(type) && target < actor) return `${target}|${type}|${actor}`
  return `${actor}|${type}|${target}`
}

/** How far from the article's date a later telling's date may lie and still date the act the article reports. */
const NEAR_DAYS = 31

/** Whether `date` (YYYY-MM-DD or YYYY-MM) lies within NEAR_DAYS of the article's date. */
function nearArticle(date: string | null, articleDate: string | null): boolean {
  if (!date || !articleDate || date.length < 7) return false
  const day = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d.slice(0, 10))
  const gap = Math.abs(day(date) - day(articleDate)) / 86_400_000
  return gap <= NEAR_DAYS
}

/**
 * The trigger's own words as offsets into its sentence: a verb with the rest of its clause ("signed the
 * deal on Wednesday"), a noun with the prepositional phrases after it ("talks in Lima on Monday").
 */
function ownSpan(doc: Doc, c: Candidate, sentenceStart: number): readonly [number, number] | null {
  const t = c.trigger
  if (t.chunk >= 0) {
    const last = prepsAfter(doc, t.chunk).at(-1)
    return [doc.tokens[doc.chunks[t.chunk].start].start - sentenceStart, doc.tokens[(last ? last.phrase.end : doc.chunks[t.chunk].end) - 1].end - sentenceStart]
  }
  if (t.clause < 0) return null
  const clause = doc.clauses[t.clause]
  return [doc.tokens[clause.verb.start].start - sentenceStart, doc.tokens[clause.end - 1].end - sentenceStart]
}
