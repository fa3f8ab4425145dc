import type { Clause, Phrase } from '../model/doc.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { MONEY_WORDS } from '../lexicon/interactions.js'
import { phraseFrom, type PhraseContext } from './phrases.js'
import { isTimeChunk } from './clause-objects.js'

export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Verbs whose object is the subject of the infinitive after it: "urged Japan to cut", "asked China to". */
export const OBJECT_CONTROL: ReadonlySet<string> = new Set([
  'urge', 'ask', 'tell', 'press', 'push', 'encourage', 'call', 'want', 'expect', 'invite', 'persuade', 'convince',
  'force', 'allow', 'help', 'enable', 'pressure', 'lobby', 'challenge', 'require', 'order', 'implore', 'request', 'prod', 'nudge',
])
/**
 * Step 4: hands subjects between clauses and links each complement to its governor.
 * - "to" + verb: governed by the clause just before it; subject by control.
 * - "and urged …": the subject of the clause before.
 * - a gerund after a comma, or a leading participle phrase: the main clause's subject.
 * - a clause right after a verb's end, or after "that": governed by that verb (reported speech).
 */
export function linkClauses(ctx: PhraseContext, clauses: Array<Mutable<Clause>>, base: number): void {
  const { tokens } = ctx
  const mainIndex = clauses.findIndex((c) => c.subjectFrom === 'own' && c.verb.form === 'finite')
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]
    const prev = clauses[i - 1]
    const nounBefore = ctx.chunkOf[c.verb.start - 1] ?? -1
    // ("flew there to urge …": "there" is a place, no noun an infinitive completes; "pledged 50 million
    // pounds to help Kenya": money or aid given for a purpose is no noun the infinitive completes either:
    // the giver acts, as after a verb.)
    // ("announced fresh funding on Tuesday to help Senegal": a date says when, it is no noun the infinitive completes.)
    const place = nounBefore >= 0 && (ctx.chunks[nounBefore].headLemma === 'there' || isTimeChunk(tokens, ctx.chunks[nounBefore]))
    if (c.verb.form === 'infinitive' && nounBefore >= 0 && !place && !(prev && prev.end === c.verb.start) && !(prev && givenForPurpose(ctx, nounBefore, prev))) {
      // "Japan's plan to cut …", "the decision to withdraw …": the noun the infinitive completes is its subject.
      // ("Japan, South Korea leaders to meet next week": a headline's future act, its subject the whole list before it.)
      c.subject = ctx.headline && ctx.chunks[nounBefore].kind !== 'thing' ? phraseFrom(ctx, nounBefore, 'left') : { chunks: [nounBefore], start: ctx.chunks[nounBefore].start, end: ctx.chunks[nounBefore].end }
      c.subjectFrom = 'control'
    } else if (c.verb.form === 'infinitive' && prev) {
      c.governor = base + i - 1
      const objectControl = prev.object && (OBJECT_CONTROL.has(prev.verb.lemma) || prev.verb.lemma === 'call')
      // "pushed for the United States to lift …": the "for" phrase before the infinitive is its subject.
      const forPhrase = prev.preps.find((p) => p.prep === 'for' && p.phrase.end === c.verb.start)
      // ("agreed to share data on glacier melt and to build …": a clause before with no subject of its own hands on none.)
      c.subject = forPhrase ? forPhrase.phrase : objectControl ? prev.object : (prev.subject ?? lastWithSubject(clauses, i)?.subject ?? null)
      c.subjectFrom = 'control'
    } else if (c.subjectFrom === 'coordinated' && prev) {
      // "The spokesman said the measures would hurt … and accused Brussels …": a verb after "and" pairs
      // with the clause above a complement whose subject names no one.
      const above = prev.governor >= base ? clauses[prev.governor - base] : undefined
      const namesNoOne = (p: Phrase | null) => !p || p.chunks.every((k) => ctx.chunks[k].kind === 'thing')
      // "…, officials said, and will hold a call": a speech clause between commas is an aside.
      const aside = i >= 2 && SPEECH_VERBS.has(prev.verb.lemma) && tokens[prev.start - 1]?.text === ',' && tokens[prev.verb.end]?.text === ','
      // "…, a statement that dropped the goals, and urged Trump …": after a comma the verb pairs with the
      // clause the relative clause hangs on, not with the relative ("… that dropped X and weakened Y").
      let j = i - 1
      while (j > 0 && clauses[j].subjectFrom === 'relative' && tokens[c.verb.start - 2]?.text === ',' && tokens[c.verb.start - 1]?.pos === 'CCONJ') j--
      // ("denounced rich nations for failing to deliver aid, and singled out Canada": an inflected verb pairs with a
      // finite clause, not with the gerund or infinitive between; a bare one, "refused to meet X and sign Y", may.)
      while (j > 0 && tokens[c.verb.head].lower !== c.verb.lemma && (clauses[j].verb.form === 'gerund' || clauses[j].verb.form === 'infinitive')) j--
      const before = clauses[j]
      const sibling = aside ? clauses[i - 2] : above && namesNoOne(prev.subject) && !namesNoOne(above.subject) ? above : before
      c.subject = sibling.subject
      c.governor = sibling.governor
      sharedObject(ctx, prev, c)
    } else if (c.subjectFrom === 'none' && c.verb.form === 'gerund') {
      // "lashed Australia for opposing …": after "for"/"of", the object before acts; otherwise the
      // nearest clause before with a subject ("…, accusing", "… after striking"), or the main clause
      // after a fronted participle ("After meeting Kerry, Motegi said").
      const lead = tokens[c.verb.start - 1]?.lower
      const before = lastWithSubject(clauses, i)
      const subject =
        (lead === 'for' || lead === 'of') && prev?.object && prev.object.end === c.verb.start - 1 ? prev.object : (before?.subject ?? (mainIndex > i ? clauses[mainIndex].subject : null))
      if (subject) {
        c.subject = subject
        c.subjectFrom = 'main'
      }
      // "criticised the U.S. for extending tariffs": the reason hangs on the clause before.
      // ("could respond by imposing duties": the means hangs on it too, so its modality reaches the act.)
      if ((lead === 'for' || lead === 'of' || lead === 'by') && prev) c.governor = base + i - 1
      // ("denied holding talks", "avoided meeting Lula": a gerund right after a verb is its complement, under its negation and modality.)
      else if (prev && prev.end === c.verb.start && prev.verb.end === c.verb.start && prev.verb.form === 'finite' && !prev.object) c.governor = base + i - 1
    } else if (prev && (prev.end === c.start || (tokens[c.start - 1]?.lower === 'that' && prev.end === c.start - 1))) {
      c.governor = base + i - 1
    } else if (c.subject && c.subjectFrom === 'own' && i >= 2) {
      // "said the remarks made by X were unfair", "said the decision to quit was a mistake": the clauses
      // between describe the reported subject; the clause is said.
      let j = i - 1
      while (j > 0 && describesSubject(clauses[j], c)) j--
      const at = c.subject.start
      if (j < i - 1 && (clauses[j].end === at || (tokens[at - 1]?.lower === 'that' && clauses[j].end === at - 1))) c.governor = base + j
    }
  }
}

/** Words that may stand between two verbs sharing one object: "met and praised", "criticised, then fined". */
const SHARED_OBJECT_GAP: ReadonlySet<string> = new Set(['and', 'or', ',', 'then', 'later', 'also', 'subsequently'])

/**
 * "Germany met and praised Kenya", "criticised and then fined Portugal": a verb with nothing after it but
 * "and" and the next verb shares that verb's object (right node raising). The verb before must be
 * active, with no object or phrase of its own, and the next must take its subject from it; the object
 * must be a party.
 */
function sharedObject(ctx: PhraseContext, prev: Mutable<Clause>, c: Clause): void {
  if (!c.object || prev.object || prev.preps.length || prev.verb.voice !== 'active' || prev.verb.form !== 'finite' || c.verb.form !== 'finite') return
  const gap = ctx.tokens.slice(prev.verb.end, c.verb.start).map((t) => t.lower)
  if (gap.length === 0 || gap.length > 3 || !gap.includes('and') && !gap.includes('or') || !gap.every((w) => SHARED_OBJECT_GAP.has(w))) return
  // (Only a party: "met and signed a pact" is a meeting, then a signing; a thing may be the second verb's alone.)
  if (ctx.chunks[c.object.chunks[0]].kind === 'thing') return
  prev.object = c.object
}

/** Whether `rel` is a reduced relative ("the remarks [made by X]") or an infinitive ("the decision [to quit]") on the subject of clause `c`. */
function describesSubject(rel: Clause, c: Clause): boolean {
  const describing = (rel.subjectFrom === 'relative' && rel.verb.voice === 'passive') || (rel.subjectFrom === 'control' && rel.verb.form === 'infinitive')
  // (Between the subject's first word and its verb: "the decision of Chile [to close …] was".)
  return describing && !!c.subject && rel.verb.start > c.subject.start && rel.end <= c.verb.start
}

/** The last clause before `i` with a subject that acts (a reduced relative, "the aid promised for …", describes a noun). */
function lastWithSubject(clauses: readonly Clause[], i: number): Clause | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const x = clauses[k]
    if (x.subject && !(x.subjectFrom === 'relative' && x.verb.voice === 'passive')) return x
  }
  return undefined
}

const MONEY: ReadonlySet<string> = new Set(MONEY_WORDS)

/** Whether the phrase before an infinitive is money or aid that the clause before, a finite verb's, gives ("pledged new funding to help …"). */
function givenForPurpose(ctx: PhraseContext, chunk: number, prev: Clause): boolean {
  const { start, end } = ctx.chunks[chunk]
  if (prev.verb.form !== 'finite' || start < prev.verb.end) return false
  for (let k = start; k < end; k++) if (MONEY.has(ctx.tokens[k].lower)) return true
  return false
}
