import type { Token, VerbGroup } from '../model/doc.js'
import { ASPECT_VERBS, COPULAS, MODALS, NEGATORS, SEMI_MODALS } from '../lexicon/modality.js'
import { endsInSingleS } from './retag-words.js'

/** Particles that belong to the verb before them ("phase out", "sat down", "hit back", "team up"). */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'away', 'forward', 'ahead', 'aside'])
const PASSIVE_AUX = new Set(['be', 'get'])
/** Quantifiers that float into the verb group: "have both pressed", "will all sign". */
const FLOATING = new Set(['both', 'all', 'each'])
/** Verbs whose participle is spelt like their base: "were hit with tariffs", "was cut". */
const SAME_FORM = new Set(['hit', 'cut', 'set', 'put', 'let', 'shut', 'cast', 'spread', 'hurt', 'cost', 'bid', 'quit', 'upset', 'broadcast', 'forecast'])

/**
 * Finds the verb groups of one tagged sentence: auxiliaries, negation, a modal, the main verb and
 * its particle. Tokens inside noun phrases ("the proposed tariffs") are not verbs.
 * 1. A group opens at an auxiliary, a verb, or "to" before one, and runs over adverbs and "not".
 * 2. Its main verb is the last verb; with none, the last auxiliary ("China is a partner").
 * 3. Voice is passive when "be"/"get" comes before a participle ("was slammed", "has been urged").
 */
export function findVerbGroups(tokens: readonly Token[], from: number, to: number, chunkOf: Int32Array): VerbGroup[] {
  const out: VerbGroup[] = []
  let i = from
  while (i < to) {
    if (!opensGroup(tokens, i, to, chunkOf)) {
      i++
      continue
    }
    const start = i
    let head = -1
    let lastAux = -1
    let negated = false
    let modal: string | null = null
    let infinitive = false
    let passiveAux = false
    while (i < to && chunkOf[i] < 0) {
      const t = tokens[i]
      if (head < 0 && modal === null && (t.pos === 'VERB' || t.pos === 'AUX') && SEMI_MODALS.has(t.lemma) && tokens[i + 1]?.lower === 'to' && i + 2 < to && isBase(tokens[i + 2])) {
        // "Australia needs to do more", "China has to cut": the verb before "to" works as a modal of obligation.
        modal = t.lemma
        lastAux = i
        i++
      } else if (t.pos === 'AUX') {
        // A second finite auxiliary after a main verb starts a new group ("… said it would …").
        if (head >= 0) break
        lastAux = i
        if (MODALS.has(t.lower) || MODALS.has(t.lemma)) modal = t.lemma === 'wo' ? 'will' : t.lemma === 'ca' ? 'can' : t.lemma
        if (PASSIVE_AUX.has(t.lemma)) passiveAux = true
        else if (t.lemma === 'have') passiveAux = false
      } else if (t.pos === 'VERB' && head < 0 && t.lemma === 'have' && perfectFollows(tokens, i + 1, to)) {
        // "is said to have urged", "having met": the tagger reads this "have" as a verb; it is the perfect's auxiliary.
        lastAux = i
        passiveAux = false
      } else if (t.pos === 'VERB' && head < 0 && COPULAS.has(t.lemma) && participleAt(tokens, i + 1, to)) {
        // "remains opposed to", "stayed committed to": a copula before a participle works as "is" would.
        lastAux = i
        passiveAux = true
      } else if (t.pos === 'VERB' && head >= 0 && head === i - 1 && ASPECT_VERBS.has(tokens[head].lemma) && t.lower.endsWith('ing')) {
        // "would keep pressing", "continued urging": the aspect verb is an auxiliary of the act.
        head = i
      } else if (t.pos === 'VERB') {
        if (head >= 0 && !passiveAux) break
        // "is set to", "began cutting": a second verb after the main one is its complement.
        if (head >= 0) break
        head = i
      } else if (t.pos === 'PART' && (t.lower === 'to') && i === start) {
        infinitive = true
      } else if (NEGATORS.has(t.lower) && (t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'DET')) {
        negated = true
      } else if ((t.pos === 'ADV' || (t.pos === 'DET' && FLOATING.has(t.lower))) && (head < 0 || tokens[i + 1]?.pos === 'VERB')) {
        // adverbs inside the group: "has already signed", "will also press"
      } else break
      i++
    }
    const main = head >= 0 ? head : lastAux
    if (main < 0) {
      i = Math.max(i, start + 1)
      continue
    }
    let end = main + 1
    let particle: string | null = null
    const next = tokens[end]
    if (next && end < to && chunkOf[end] < 0 && PARTICLES.has(next.lower) && (next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PART')) {
      particle = next.lower
      end++
    }
    const m = tokens[main]
    // ("China never imposed sanctions": with no auxiliary the group opens at the verb, after its negator.)
    for (let k = start - 1; k >= from && tokens[k].pos === 'ADV' && chunkOf[k] < 0; k--) if (tokens[k].lower === 'never') negated = true
    const participle = m.pos === 'VERB' && (m.lower !== m.lemma || SAME_FORM.has(m.lower)) && !m.lower.endsWith('ing')
    const passive = head >= 0 && passiveAux && participle
    // ("Having met Lula, Macron said": a perfect participle opens with "having"; it is a participle clause, no finite one.)
    const perfectParticiple = tokens[start].lower === 'having' && start !== main
    const form = infinitive ? 'infinitive' : (lastAux < 0 && m.lower.endsWith('ing')) || perfectParticiple ? 'gerund' : 'finite'
    out.push({ start, end, head: main, lemma: m.lemma, particle, voice: passive ? 'passive' : 'active', negated, modal, form })
    i = Math.max(end, i)
  }
  return out
}

/** A participle or "been" after "have" (adverbs between): "have pressed", "have already met", "have been pressing". */
function perfectFollows(tokens: readonly Token[], i: number, to: number): boolean {
  while (i < to && tokens[i].pos === 'ADV') i++
  const v = tokens[i]
  if (i >= to || !v) return false
  if (v.pos === 'AUX') return v.lower === 'been'
  return participleAt(tokens, i, to)
}

/** A past participle at token `i`, adverbs before it passed over: "pressed", "firmly opposed", "cut". */
function participleAt(tokens: readonly Token[], i: number, to: number): boolean {
  while (i < to && tokens[i].pos === 'ADV') i++
  const v = tokens[i]
  return i < to && !!v && v.pos === 'VERB' && (v.lower !== v.lemma || SAME_FORM.has(v.lower)) && !v.lower.endsWith('ing')
}

/** A verb's base form, as an infinitive after "to" has it. */
function isBase(v: Token | undefined): boolean {
  return !!v && (v.pos === 'AUX' || v.pos === 'VERB') && !endsInSingleS(v.lower) && !v.lower.endsWith('ing') && !v.lower.endsWith('ed')
}

function opensGroup(tokens: readonly Token[], i: number, to: number, chunkOf: Int32Array): boolean {
  if (chunkOf[i] >= 0) return false
  const t = tokens[i]
  if (t.pos === 'VERB' || t.pos === 'AUX') return true
  if (t.pos === 'PART' && t.lower === 'to') {
    const n = tokens[i + 1]
    // Only a base form makes an infinitive: "objected to changes" has a noun after "to".
    const base = (v: Token | undefined) => !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && !endsInSingleS(v.lower)))
    return i + 1 < to && !!n && chunkOf[i + 1] < 0 && (base(n) || (n.pos === 'ADV' && base(tokens[i + 2])))
  }
  return false
}
