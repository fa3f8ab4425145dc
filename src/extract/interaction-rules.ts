import type { InteractionType } from '../model/facts.js'
import type { Item, Unit } from './interaction-units.js'
import { BODY_TEXT, CALLED_OFF, IMPOSE_RE, TRIGGERS, UNREALISED, type Trigger } from './interaction-lexicon.js'
import { coordinated, findObjects, findSubjects, jointSubjectsAfter, jointSubjectsBefore, mainSubject, type PronounResolver } from './interaction-frames.js'

/** An interaction found in one sentence, before dates, places and evidence are attached. */
export interface Candidate {
  readonly actor: string
  readonly type: InteractionType
  readonly target: string
  readonly rule: string
}

/** What a sentence's rules may know beyond the sentence. */
export interface SentenceContext {
  readonly resolve?: PronounResolver
  /** The body whose texts a member rejects when the sentence names none: `UNFCCC` in COP coverage. */
  readonly defaultBody?: string | null
  /** The actor that owns a thing named earlier ("the EU's levy" → levy: EU), for "criticised the levy". */
  readonly ownerOf?: (word: string) => string | undefined
  /** The country the previous sentence named as a place or object, for "took trips there". */
  readonly there?: Unit
  /** The targets of the protest reported last, for "Nigeria and Bolivia backed the objection". */
  readonly lastProtest?: readonly string[]
}

// Triggers compiled once, each bounded to whole words of the encoded sentence. The space before
// the words is matched, not looked behind: a lookbehind at the start keeps the regex engine from
// scanning fast, and cost about half of each scan (see triggerSpan for the offsets).
const COMPILED = TRIGGERS.map((t) => ({ trigger: t, re: new RegExp(`(?:^| )(?:${t.words})(?= |$)`, 'g') }))
// Which triggers each word is a key word of (bit i: TRIGGERS[i]), remembered per distinct word:
// news English reuses few words, so a sentence's triggers cost a map lookup per word.
if (COMPILED.length > 31) throw new Error('trigger bitmask holds at most 31 triggers')
const KEYED_BY = new Map<string, number>()
const MAX_REMEMBERED_WORDS = 100_000

function triggersKeyedBy(word: string): number {
  // Every key word has three letters or more ("met", "ban"): skip "@", punctuation and "of" unlooked-up.
  if (word.length < 3) return 0
  let mask = KEYED_BY.get(word)
  if (mask !== undefined) return mask
  mask = 0
  for (let t = 0; t < COMPILED.length; t++) if (COMPILED[t].trigger.keyWord.test(word)) mask |= 1 << t
  if (KEYED_BY.size < MAX_REMEMBERED_WORDS) KEYED_BY.set(word, mask)
  return mask
}

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be'])
const SPEECH = new Set(['said', 'says', 'added', 'stated', 'tweeted', 'wrote', 'warned', 'told', 'tells', 'stressed', 'insisted'])
const MAX_PARTIES = 3
/** What may follow a protest verb used without object ("Beijing protests.", "China hit back after …"). */
const REACTION_END = new Set(['.', ';', ',', ':', 'after', 'as', 'when', 'following', 'over'])

/**
 * Applies every trigger to a sentence's items and returns the interactions they frame.
 * 1. The items are encoded as lower-cased words with `@` for actor units.
 * 2. Each trigger match is mapped back to item indices and handed to its frame.
 * 3. Pairs with an unknown actor, or an actor acting on itself, are dropped.
 */
export function applyRules(items: readonly Item[], ctx: SentenceContext = {}): Candidate[] {
  const starts: number[] = []
  let encoded = ''
  let present = 0
  for (const it of items) {
    if (encoded) encoded += ' '
    starts.push(encoded.length)
    encoded += it.word
    present |= triggersKeyedBy(it.word)
  }
  const itemAt = (offset: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const out: Candidate[] = []
  for (let t = 0; t < COMPILED.length; t++) {
    if ((present & (1 << t)) === 0) continue
    const { trigger, re } = COMPILED[t]
    // exec in a loop rather than matchAll, which copies the regex on every call (a hot path).
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(encoded)) !== null) {
      const span = triggerSpan(m)
      if (!span) {
        if (m[0].length === 0) re.lastIndex++
        continue
      }
      const first = itemAt(span.start)
      const end = itemAt(span.end - 1) + 1
      // Suspending or calling off talks is a protest measure, not a meeting.
      // The trigger's own words count: its optional modifier may be the verb ("suspending talks with").
      const calledOff = trigger.type === 'meet' && CALLED_OFF.test(items.slice(Math.max(0, first - 3), Math.min(end, first + 2)).map((x) => x.word).join(' '))
      for (const [a, b] of frame(trigger, items, first, end, ctx)) {
        if (!a.actor || !b.actor || a.actor === b.actor) continue
        // A conference is hosted or attended, not met: no meeting with the UNFCCC.
        if (trigger.type === 'meet' && !calledOff && (a.actor === 'UNFCCC' || b.actor === 'UNFCCC')) continue
        if (calledOff) out.push({ actor: a.actor, type: 'protest', target: b.actor, rule: 'protest-called-off/svo' })
        else out.push({ actor: a.actor, type: trigger.type, target: b.actor, rule: `${trigger.name}/${trigger.frame}` })
      }
    }
  }
  return out
}

/** Where a trigger's words lie in its match (which may begin with the space before them); null for no words. */
function triggerSpan(m: RegExpExecArray): { start: number; end: number } | null {
  const start = m[0].charCodeAt(0) === 32 ? m.index + 1 : m.index
  const end = m.index + m[0].length
  return end > start ? { start, end } : null
}

type Pair = readonly [Unit, Unit]

function cross(actors: readonly Unit[], targets: readonly Unit[]): Pair[] {
  const out: Pair[] = []
  for (const a of actors) for (const b of targets) out.push([a, b])
  return out
}

/**
 * Every pair within a group of joint parties. Larger (multilateral) groups give none: a summit of
 * three is no bilateral meeting, though three may sign one pact.
 */
function pairsWithin(group: readonly Unit[], max = MAX_PARTIES): Pair[] {
  const distinct = [...new Map(group.filter((u) => u.actor).map((u) => [u.actor, u])).values()]
  if (distinct.length < 2 || distinct.length > max) return []
  const out: Pair[] = []
  for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) out.push([distinct[i], distinct[j]])
  return out
}

function frame(t: Trigger, items: readonly Item[], first: number, end: number, ctx: SentenceContext): Pair[] {
  switch (t.frame) {
    case 'svo':
      return svo(t, items, first, end, ctx)
    case 'pair': {
      const max = t.type === 'meet' ? 2 : MAX_PARTIES
      // "a meeting of EU energy ministers" belongs to the body, not to the pair.
      if (t.type === 'meet' && items[end]?.word === 'of') return []
      // "on the sidelines of the U.N. climate talks": talks named after one actor are its own, not a pair's.
      if (t.type === 'meet' && ownedTalks(items, first)) return []
      const subjects = findSubjects(items, first, ctx.resolve)
      // "A and B signed a deal with C": A and B are one side of a deal with C (agree-with), not a pair.
      if (withPartner(items, end)) return []
      if (subjects.length >= 2) return pairsWithin(subjects, max)
      // "Indonesia signed a deal with Japan and the US": a lone subject; the units after are its partners.
      if (subjects.length === 1) return []
      const after = jointSubjectsAfter(items, end)
      if (after.length >= 2) return pairsWithin(after, max)
      const before = jointSubjectsBefore(items, first)
      // A joint quote: '"… committed to deepen co-operation," A and B said in a statement.'
      return pairsWithin(before.length >= 2 ? before : speakerAfter(items, end), max)
    }
    case 'between':
      return pairsWithin(findObjects(items, end, 1), t.type === 'meet' ? 2 : MAX_PARTIES)
    case 'nominal':
      return nominal(t, items, first, end, ctx)
    case 'rejectText':
      return rejectText(items, first, end, ctx)
    case 'afterMeeting':
      return afterMeeting(items, end)
    case 'echo':
      return cross(findSubjects(items, first, ctx.resolve), (ctx.lastProtest ?? []).map(syntheticUnit))
  }
}

const TALK_NOUNS = /^(?:talks|meetings?|discussions)$/

/** "the U.N. climate change talks": a lone actor right before a talks noun (modifiers between) names whose talks they are. */
function ownedTalks(items: readonly Item[], first: number): boolean {
  if (!TALK_NOUNS.test(items[first].word) && !TALK_NOUNS.test(items[first + 1]?.word ?? '') && !TALK_NOUNS.test(items[first + 2]?.word ?? '')) return false
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (items[k].unit) return coordinated(items, k).length === 1 && !items[k].unit!.possessive
    if (!/^[a-z-]+$/.test(items[k].word) || items[k].word === 'and') return false
  }
  return false
}

/** Whether the act is done "with" a named party within a few words: "agreed a partnership with Vietnam". */
function withPartner(items: readonly Item[], end: number): boolean {
  for (let i = end; i < Math.min(items.length, end + 6); i++) {
    const w = items[i].word
    if (w === 'with') return items[i + 1]?.unit !== undefined || (items[i + 1]?.word === 'the' && items[i + 2]?.unit !== undefined)
    if (items[i].unit || w === ',' || w === '.' || CLAUSE_STOP.has(w)) return false
  }
  return false
}
const CLAUSE_STOP = new Set(['and', 'but', 'that', 'which', 'while', 'to', 'after', 'before', 'said'])

function svo(t: Trigger, items: readonly Item[], first: number, end: number, ctx: SentenceContext): Pair[] {
  // Passive: "China was urged by Japan".
  if (PASSIVE_AUX.has(items[first - 1]?.word ?? '') && items[end]?.word === 'by') {
    return cross(findObjects(items, end + 1, 0), findSubjects(items, first - 1))
  }
  // "the visit by Chinese Premier Li to Australia": the agent follows "by", the party the preposition after it.
  if (t.type === 'meet' && items[end]?.word === 'by' && items[end + 1]?.unit && (items[end + 2]?.word === 'to' || items[end + 2]?.word === 'with')) {
    return cross([items[end + 1].unit!], findObjects(items, end + 3, 0))
  }
  // A possessor is the agent of a noun trigger: "Pelosi's visit to Taiwan".
  const possessor = items[first - 1]?.unit?.possessive ? [items[first - 1].unit!] : []
  // "the speaker's visit to Taiwan": a possessor that is no actor owns the act; no one else did it.
  if (possessor.length === 0 && items[first - 1]?.word === "'s") return []
  let subjects = possessor.length ? possessor : findSubjects(items, first, ctx.resolve)
  if (subjects.length === 0) subjects = speakerAfter(items, end)
  // "During his visit to China, Kerry urged …": the owner of "his" is the main clause's subject, else the last person.
  if (subjects.length === 0 && t.type === 'meet' && OWNER_PRONOUNS.has(items[first - 1]?.word ?? '')) subjects = ownerOfPronoun(items, first - 1, end, ctx)
  // ", calling scientists stupid and attacking Europe": a participle clause acts for the main subject.
  if (subjects.length === 0 && items[first].word.endsWith('ing')) subjects = mainSubject(items, first)
  const own = new Set(subjects.map((u) => u.actor).filter((a): a is string => a !== null))
  let objects = findObjects(items, end, t.gap ?? 2, own, ctx.resolve)
  if (t.fullObject) objects = objects.filter((u) => !u.bare && !u.possessive)
  if (objects.length === 0 && items[end - 1]?.word === 'there' && ctx.there) objects = [ctx.there]
  if (subjects.length === 0 && objects.length && (t.type === 'agree' || t.type === 'cooperate')) {
    // "Under a new agreement with Peru, Chile will …": the other actor named in the sentence.
    subjects = items.filter((x) => x.unit?.actor && !objects.some((o) => o.actor === x.unit!.actor)).slice(0, 1).map((x) => x.unit!)
  }
  if (objects.length === 0 && t.type === 'protest' && ctx.ownerOf) objects = ownedThing(items, end, own, ctx.ownerOf)
  if (objects.length === 0 && t.type === 'protest' && subjects.length) objects = protestedThing(items, end, own, ctx)
  // A reaction with no object ("Beijing protests", "Freedonia hit back once Elbonia raised duties")
  // answers the one other actor the sentence names.
  if (objects.length === 0 && t.type === 'protest' && subjects.length && REACTION_END.has(items[end]?.word ?? '.')) objects = soleOther(items, own)
  // Pressing for wording in "a COP28 deal" argues inside a negotiation; it is no interaction (ANNOTATION.md).
  if ((t.type === 'urge' || t.type === 'demand') && objects.length && qualifiesText(items, objects[0])) return []
  if (t.reverse) return cross(objects, subjects)
  return cross(subjects, objects)
}

const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their'])

/**
 * "objected that the decision was gavelled through": a body's text protests the body (a group the
 * sentence names, else the COP's UNFCCC). "criticised the target as weak, and said Brussels would keep
 * pressing Beijing": another thing protests the one other actor the sentence names.
 */
function protestedThing(items: readonly Item[], end: number, own: ReadonlySet<string>, ctx: SentenceContext): Unit[] {
  const start = DETERMINERS.has(items[end - 1]?.word ?? '') ? end : DETERMINERS.has(items[end]?.word ?? '') ? end + 1 : -1
  const noun = items[start]?.word ?? ''
  if (start < 0 || items[start].unit || !/^[a-z][a-z-]{2,}$/.test(noun)) return []
  if (BODY_TEXT.test(noun)) {
    const body = items.find((x) => x.unit?.actor && !own.has(x.unit.actor) && x.unit.mentions.some((m) => m.kind === 'group'))?.unit
    if (body) return [body]
    return ctx.defaultBody && !own.has(ctx.defaultBody) ? [syntheticUnit(ctx.defaultBody)] : []
  }
  // Countries first: a body named in passing ("in the run-up to the UN climate conference") is often a venue;
  // with no other country, the one other body ("accused the global body of …").
  const countries = soleOther(items.filter((x) => !x.unit || x.unit.mentions.every((m) => m.kind === 'country' || m.kind === 'person')), own)
  return countries.length ? countries : soleOther(items, own)
}

const OWNER_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']])

function ownerOfPronoun(items: readonly Item[], at: number, end: number, ctx: SentenceContext): Unit[] {
  const comma = items.findIndex((x, i) => i >= end && x.word === ',')
  const main = comma >= 0 ? items.slice(comma + 1, comma + 4).find((x) => x.unit?.actor && !x.unit.bare && !x.unit.possessive)?.unit : undefined
  // Only a leading phrase ("During his visit to X, A …") hands its pronoun to the main clause.
  if (main && items.slice(0, at).every((x) => !x.unit)) return [main]
  return ctx.resolve ? ctx.resolve(OWNER_PRONOUNS.get(items[at].word)!, at) : []
}

function soleOther(items: readonly Item[], own: ReadonlySet<string>): Unit[] {
  const others = items.filter((x) => x.unit?.actor && !own.has(x.unit.actor))
  return new Set(others.map((x) => x.unit!.actor)).size === 1 ? [others[0].unit!] : []
}

function qualifiesText(items: readonly Item[], unit: Unit): boolean {
  const at = items.findIndex((x) => x.unit === unit)
  return at >= 0 && BODY_TEXT.test(items[at + 1]?.word ?? '')
}

/** "criticised the letter": the actor that earlier sent, proposed or owned the thing criticised. */
function ownedThing(items: readonly Item[], from: number, own: ReadonlySet<string>, ownerOf: (w: string) => string | undefined): Unit[] {
  for (let i = from; i < Math.min(items.length, from + 10); i++) {
    if (items[i].word === '.' || items[i].unit) break
    const owner = ownerOf(items[i].word)
    if (owner && !own.has(owner)) return [syntheticUnit(owner)]
  }
  return []
}

function syntheticUnit(actor: string): Unit {
  return { actor, mentions: [], start: 0, end: 0, possessive: false, bare: false, person: false, plural: false }
}

/** The speakers a quoted call is attributed to: `"…," the Chinese ministry said`, `"…," A and B said`. */
function speakerAfter(items: readonly Item[], from: number): Unit[] {
  for (let i = from; i < items.length - 1; i++) {
    if (items[i].unit && SPEECH.has(items[i + 1].word)) return coordinated(items, i).map((k) => items[k].unit!)
    if (SPEECH.has(items[i].word) && items[i + 1].unit) return coordinated(items, i + 1).map((k) => items[k].unit!)
  }
  return []
}

/** "U.S. sanctions on Chinese panels", "China's criticism of the EU", "Beijing announced sanctions on …". */
function nominal(t: Trigger, items: readonly Item[], first: number, end: number, ctx: SentenceContext): Pair[] {
  // 1. The unit right before the noun phrase: "U.S. sanctions", "China's criticism", "the US imposed tariffs".
  let actors: Unit[] = []
  const before = items[first - 1]
  if (before?.unit) actors = coordinated(items, first - 1).map((k) => items[k].unit!)
  // 2. With an imposing verb, its subject: "Beijing on Friday announced sanctions on …".
  const verb = items.slice(first, end).findIndex((x) => IMPOSE_RE.test(x.word))
  if (actors.length === 0 && verb >= 0) actors = findSubjects(items, first + verb, ctx.resolve)
  // The trigger's own words count: its optional lead-in may hold the modal ("considering tariffs on").
  if (t.type === 'sanction' && UNREALISED.test(items.slice(Math.max(0, first - 6), end).map((x) => x.word).join(' '))) return []
  let targets = findObjects(items, end, t.gap ?? 2)
  if (targets.length === 0 && t.type === 'sanction') {
    // "Freedonia hit back once Elbonia raised its duties on steel": the one other actor named.
    // Only an actor named before the trigger: the party that reacts ("Freedonia hit back once Elbonia raised …").
    const others = new Set(items.slice(0, first).filter((x) => x.unit?.actor && !actors.some((a) => a.actor === x.unit!.actor)).map((x) => x.unit!.actor))
    if (others.size === 1) targets = [items.find((x) => x.unit?.actor && others.has(x.unit.actor))!.unit!]
  }
  return cross(actors, targets)
}

/** A member rejecting a body's text protests the body; rejecting a named actor's plan protests that actor. */
function rejectText(items: readonly Item[], first: number, end: number, ctx: SentenceContext): Pair[] {
  const subjects = findSubjects(items, first, ctx.resolve)
  if (subjects.length === 0) return []
  const objects = findObjects(items, end, 3)
  if (objects.length) return cross(subjects, objects)
  // The text itself must be what is rejected ("rejected the draft"), not a reference inside it.
  const following = items.slice(end, end + 4).map((x) => x.word).join(' ')
  if (!BODY_TEXT.test(following)) return []
  const body = items.find((x) => x.unit?.mentions.some((m) => m.kind === 'group'))?.unit
  if (body) return cross(subjects, [body])
  if (!ctx.defaultBody) return []
  return cross(subjects, [syntheticUnit(ctx.defaultBody)])
}

/** "After meeting Kerry, Motegi told reporters …": the main clause's subject met the object. */
function afterMeeting(items: readonly Item[], end: number): Pair[] {
  const objects = findObjects(items, end, 2)
  if (objects.length === 0) return []
  const comma = items.findIndex((x, i) => i >= end && x.word === ',')
  if (comma < 0) return []
  const subject = items.slice(comma + 1, comma + 5).find((x) => x.unit)?.unit
  return subject ? cross([subject], objects) : []
}
