import type { Doc, Mention, Sentence } from '../model/doc.js'
import type { Interaction } from '../model/facts.js'
import { SYMMETRIC_TYPES } from '../model/facts.js'
import { sentenceEvidence } from './common.js'
import { resolveEventDate } from './dates.js'
import { placeOf } from './interaction-place.js'
import { coordinated } from './interaction-frames.js'
import { applyRules, type SentenceContext } from './interaction-rules.js'
import { BODY_TEXT } from './interaction-lexicon.js'
import { groupUnits, tokenize, type Item, type Token, type Unit } from './interaction-units.js'
import { mentionCursor } from './mention-cursor.js'
import { leadingRole, roleResolver } from './role-antecedents.js'

// Cheap gate before the deep rules: some trigger stem must occur in the sentence.
const TRIGGER_STEMS =
  /\b(?:urg|press|push|call|appeal|ask|request|told|tell|stress|emphasi|underscor|highlight|hope|demand|insist|order|critici|slam|condemn|denounc|blast|attack|accus|rebuk|lambast|censur|chastis|decr|protest|object|complain|hit|lash|rail|aim|voic|rais|express|lodg|register|reject|accept|refus|oppos|block|veto|walk|meet|met|visit|host|receiv|welcom|hold|held|had|has|have|spoke|speak|talk|travel|trip|summit|dialogue|agree|sign|reach|struck|strike|seal|clinch|ink|unveil|announc|secur|forg|hammer|deal|pact|accord|treat|declar|partner|work|joint|cooperat|co-operat|collaborat|ties|team|join|sanction|blacklist|ban|tariff|dut|lev|embargo|control|encourag|implor|pressur|lobb|exhort|nudg|prod|scold|berat|swipe|dig|jab|broadside|veiled|under fire|backlash|expect|want|look|went|flew|flown|after|before|following|when)/i
const PRONOUN = /\b(?:he|she|it|they|him|her|them)\b/i
// "the two sides", "both governments": a pair named before (interaction-frames.ts isPairAnaphor).
const PAIR_ANAPHOR = /\b(?:the two|both) [a-z]+s\b/
const PROTEST_STEMS = /\b(?:critici|slam|condemn|denounc|blast|attack|accus|object|complain|protest|swipe)/i
// COP coverage: a rejected text with no named body belongs to the UNFCCC (ANNOTATION.md).
const COP_CONTEXT = /\bCOP ?\d{1,2}\b|\bUNFCCC\b|Conference of the Parties|\bU\.?N\.? climate (?:summit|talks|conference)/

/**
 * Extracts interactions between actors: who urged, met, agreed with, protested or sanctioned whom.
 *
 * 1. Each sentence with an actor mention is split into words and actor units.
 * 2. Sentences that contain a trigger stem go through the frame rules (interaction-rules.ts).
 * 3. Pronoun subjects resolve to the latest person ("he") or plural group ("they") mentioned.
 * 4. One interaction per (actor, type, target), keeping the first evidence; meet, agree and
 *    cooperate are keyed without order. Date and place come from the evidence sentence.
 * @example extractInteractions(analyseArticle(article)).map((i) => `${i.actor} ${i.type} ${i.target}`)
 */
export function extractInteractions(doc: Doc): Interaction[] {
  const out = new Map<string, Interaction>()
  const defaultBody = COP_CONTEXT.test(doc.text) ? 'UNFCCC' : null
  let lastPerson: Unit | undefined
  let lastPlural: Unit | undefined
  const owners = new Map<string, string>()
  const ownerOf = (word: string): string | undefined => owners.get(word)
  let there: Unit | undefined
  const mentionsOf = mentionCursor(doc)
  const roleOf = roleResolver(doc)
  let subjectBefore: string | undefined
  let unitsBefore: Unit[] = []
  let lastProtest: string[] | undefined
  const surnames = new Map<string, Mention>()
  for (const sentence of doc.sentences) {
    const mentions = withLeadingRole(sentence, mentionsOf(sentence), roleOf, subjectBefore)
    // A sentence with no actor may still act through a pronoun ("She took trips there").
    if (mentions.length === 0 && !PRONOUN.test(sentence.text)) continue
    const tokens = surnames.size ? withSurnames(tokenize(doc.text, sentence, mentions), surnames) : tokenize(doc.text, sentence, mentions)
    const items = groupUnits(tokens)
    const all = tokens.length && surnames.size ? mentionsOfTokens(tokens) : mentions
    if (needsDeepRules(sentence.text, all, defaultBody, owners.size > 0)) {
      const resolve = pronounResolver(items, lastPerson, lastPlural, unitsBefore)
      // One date per sentence, however many interactions it states (chrono is the costly part).
      let date: string | null | undefined
      const found = applyRules(items, { resolve, defaultBody, ownerOf, there, lastProtest })
      const protested = [...new Set(found.filter((c) => c.type === 'protest').map((c) => c.target))]
      if (protested.length) lastProtest = protested
      for (const c of found) {
        const key = keyOf(c.actor, c.type, c.target)
        if (out.has(key)) continue
        if (date === undefined) date = resolveEventDate(sentence.text, doc.article.date)
        out.set(key, {
          actor: c.actor,
          type: c.type,
          target: c.target,
          date,
          // A venue belongs to events held somewhere; "urged … to end the war in Ukraine" names a topic.
          place: SYMMETRIC_TYPES.has(c.type) ? placeOf(sentence.text) : null,
          evidence: sentenceEvidence(doc, sentence),
          rule: c.rule,
        })
      }
    }
    ;[lastPerson, lastPlural] = remember(items, lastPerson, lastPlural)
    there = lastCountry(items)
    subjectBefore = openingSubject(items)
    unitsBefore = actorUnits(items)
    recordOwners(items, owners)
    recordSurnames(items, surnames)
  }
  return [...out.values()]
}

/**
 * A sentence that opens with a role noun and no actor ("Ministers also said …", "Foreign ministry officials
 * criticised …") acts for the actor whose people the article last named in that role ("ministers from the
 * Group of Seven" → G7). "The foreign ministry …" with no such antecedent is the office of the country the
 * sentence before opened with ("China said … The foreign ministry also announced …").
 * The role phrase becomes a mention of that actor, so the frames see it as a subject.
 */
function withLeadingRole(sentence: Sentence, mentions: Mention[], roleOf: (key: string, pos: number) => string | null, subjectBefore: string | undefined): Mention[] {
  // Cheap gate: a lead role starts with a capital letter and no mention there.
  if (mentions[0]?.start === sentence.start) return mentions
  const lead = leadingRole(sentence, mentions)
  if (!lead) return mentions
  const actor = roleOf(lead.key, sentence.start) ?? (lead.definite ? subjectBefore : undefined)
  if (!actor) return mentions
  const text = sentence.text.slice(0, lead.end - sentence.start)
  return [{ start: sentence.start, end: lead.end, text, kind: 'description', actor }, ...mentions]
}

/** The country or group a sentence opens with as its subject ("China said on Friday …"), for a following "The ministry". */
function openingSubject(items: readonly Item[]): string | undefined {
  const u = items[0]?.unit ?? (items[0]?.word === 'the' ? items[1]?.unit : undefined)
  if (!u?.actor || u.possessive || u.bare || u.person) return undefined
  return u.mentions.every((m) => m.kind === 'country' || m.kind === 'group') ? u.actor : undefined
}

/**
 * People the gazetteer does not know, named once with their country's title ("U.S. House Speaker Nancy
 * Pelosi", "Mexican trade negotiator Rosa Vidal"): a later bare surname ("sanctions against Pelosi")
 * stands for the same country. Only a unit whose country is a modifier and that ends in two names counts.
 */
function recordSurnames(items: readonly Item[], surnames: Map<string, Mention>): void {
  for (const it of items) {
    const u = it.unit
    if (!u?.actor || u.person || u.mentions.length !== 1 || !u.mentions[0].adjectival) continue
    // A one-word unit ("Chinese") holds no name: skip the split.
    if (!it.text.includes(' ')) continue
    const words = it.text.replace(/\s+['’]s$/, '').split(' ')
    const last = words[words.length - 1]
    const before = words[words.length - 2] ?? ''
    if (!/^\p{Lu}\p{Ll}+$/u.test(last) || !/^\p{Lu}\p{Ll}+$/u.test(before) || before === u.mentions[0].text) continue
    surnames.set(last, { start: 0, end: 0, text: last, kind: 'person', actor: u.actor, person: `${before} ${last}` })
  }
}

function mentionsOfTokens(tokens: readonly Token[]): Mention[] {
  const out: Mention[] = []
  for (const t of tokens) if (t.mention) out.push(t.mention)
  return out
}

/** The units that name an actor as a noun phrase (not a bare modifier): the candidates for "the two sides". */
function actorUnits(items: readonly Item[]): Unit[] {
  const out: Unit[] = []
  for (const x of items) if (x.unit?.actor && !x.unit.bare) out.push(x.unit)
  return out
}

/** Gives a bare surname remembered by recordSurnames its person mention. */
function withSurnames(tokens: Token[], surnames: ReadonlyMap<string, Mention>): Token[] {
  return tokens.map((t) => {
    const known = t.mention ? undefined : surnames.get(t.text)
    return known ? { ...t, word: '@', mention: { ...known, start: t.start, end: t.end } } : t
  })
}

/** The last country named as a noun (not a modifier, not through a person): what "there" may point to. */
function lastCountry(items: readonly Item[]): Unit | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const u = items[i].unit
    if (u?.actor && !u.bare && !u.person && u.mentions.every((m) => m.kind === 'country')) return u
  }
  return undefined
}

function keyOf(actor: string, type: string, target: string): string {
  if (SYMMETRIC_TYPES.has(type) && target < actor) return `${target}|${type}|${actor}`
  return `${actor}|${type}|${target}`
}

/** The latest person and plural units, for pronouns in later sentences. */
function remember(items: readonly Item[], person: Unit | undefined, plural: Unit | undefined): [Unit | undefined, Unit | undefined] {
  for (const it of items) {
    if (!it.unit?.actor) continue
    if (it.unit.person) person = it.unit
    if (it.unit.plural) plural = it.unit
  }
  return [person, plural]
}

// Verbs by which an actor produces a thing that may later be criticised ("OPEC sent a letter").
const PRODUCE = new Set(['sent', 'issued', 'published', 'released', 'wrote', 'announced', 'adopted', 'proposed', 'introduced', 'unveiled', 'imposed', 'launched', 'raised', 'doubled', 'hiked', 'extended', 'approved', 'passed'])
const NOT_THINGS = new Set(['the', 'a', 'an', 'its', 'and', 'new', 'own', 'first', 'other', 'more', 'most', 'that', 'this', 'which', 'with', 'for', 'from', 'has', 'had', 'was', 'is', 'are', 'will', 'would', 'not'])

/** Notes which actor owns the things a sentence names: "the EU's border levy (CBAM)", "OPEC sent a letter". */
function recordOwners(items: readonly Item[], owners: Map<string, string>): void {
  for (let i = 0; i < items.length; i++) {
    const u = items[i].unit
    if (!u?.actor) continue
    // "a letter from OPEC's secretary general": the thing right before "from" is the actor's.
    if (items[i - 1]?.word === 'from' && /^[a-z][a-z-]{2,}$/.test(items[i - 2]?.word ?? '') && !NOT_THINGS.has(items[i - 2].word)) owners.set(items[i - 2].word, u.actor)
    let from = -1
    if (u.possessive) from = i + 1
    else if (PRODUCE.has(items[i + 1]?.word ?? '')) from = i + 2
    if (from < 0) continue
    let taken = 0
    for (let j = from; j < items.length && taken < 6; j++) {
      const w = items[j].word
      if (items[j].unit || w === '.' || w === ',' || w === ')') break
      if (w === '(' || NOT_THINGS.has(w) || !/^[a-z][a-z-]{2,}$/.test(w)) continue
      owners.set(w, u.actor)
      taken++
    }
  }
}

/**
 * Whether a sentence goes through the deep rules: it must hold a trigger stem and room for two
 * actors (two mentions, a person, a pronoun), or a lone actor that may reject a body's text or
 * criticise a thing an earlier actor owns.
 */
function needsDeepRules(text: string, mentions: readonly Mention[], defaultBody: string | null, hasOwners: boolean): boolean {
  if (!TRIGGER_STEMS.test(text)) return false
  if (mentions.some((m) => m.actor !== mentions[0].actor) || mentions.some((m) => m.kind === 'person') || PRONOUN.test(text) || PAIR_ANAPHOR.test(text)) return true
  return (defaultBody !== null && BODY_TEXT.test(text)) || (hasOwners && PROTEST_STEMS.test(text))
}

/**
 * "the two sides", "both governments": a coordinated pair before it in the sentence ("A and B … after the
 * two leaders met"), else the two actors named last, in this sentence and the one before. Anything but
 * exactly two distinct actors resolves to none.
 */
function lastPair(items: readonly Item[], before: number, unitsBefore: readonly Unit[]): Unit[] {
  for (let i = before - 1; i >= 0; i--) {
    if (!items[i].unit) continue
    const group = coordinated(items, i)
    if (group.length >= 2) return distinctActors(group.map((k) => items[k].unit!)).length === 2 ? distinctActors(group.map((k) => items[k].unit!)) : []
  }
  const recent = [...unitsBefore, ...actorUnits(items.slice(0, before))].reverse()
  const two = distinctActors(recent).slice(0, 2)
  return two.length === 2 ? two : []
}

function distinctActors(units: readonly Unit[]): Unit[] {
  return [...new Map(units.filter((u) => u.actor).map((u) => [u.actor, u])).values()]
}

/** Resolves pronouns inside a sentence first, then to the latest person or plural unit before it. */
function pronounResolver(items: readonly Item[], lastPerson: Unit | undefined, lastPlural: Unit | undefined, unitsBefore: readonly Unit[]): NonNullable<SentenceContext['resolve']> {
  return (pronoun, before) => {
    if (pronoun === 'the two') return lastPair(items, before, unitsBefore)
    for (let i = before - 1; i >= 0; i--) {
      const u = items[i].unit
      if (!u) continue
      // "China and the US … pledging they would": "they" is the coordinated pair.
      if (pronoun === 'they') {
        const group = coordinated(items, i)
        if (group.length >= 2) return group.map((k) => items[k].unit!)
        if (u.plural) return [u]
      } else if (pronoun === 'it' ? !u.person && !u.plural && !u.bare : u.person) return [u]
    }
    // "it" is too often a thing to reach back across sentences.
    if (pronoun === 'it') return []
    const last = pronoun === 'they' ? lastPlural : lastPerson
    return last ? [last] : []
  }
}
