import { actorsOrOwner, cross, joinedIn, partiesOf, thatSubject } from './party.js'
import { targetsOf } from './targets.js'
import { aimedAt, answeredParty, appositionOf, asideOfSubject, complementOf, describedBy, joinedPossessors, verblessOpener, verblessPlace, contextAt, findClause, passiveLightDone, prepsAfter, respondedParty, roleInClause } from './around.js'
import { phraseFrom } from '../nlp/phrases.js'
import type { Frame } from './types.js'
import { namesakeCapitalIn, stopsAfter, stopsHeld } from './venue.js'
import type { Clause } from '../model/doc.js'
import { INTERACTION_INDEX } from '../lexicon/index.js'
import { ADDRESSING_VERBS } from '../lexicon/speech.js'
import { SYMMETRIC_TYPES } from '../model/facts.js'
import { AIMING_PARTICIPLES, FACING_VERBS, HYPOTHETICAL_MODALS, BESIDE_EVENT_PREPS, ECHOING_VERBS, ERRAND_NOUNS, JOINING_VERBS, PRESENCE_VERBS, REACTION_LEADS, REBUTTING_VERBS, RECEIVING_VERBS } from '../lexicon/modality.js'

/**
 * A noun carries the act. Its agent is, in order: an actor inside its phrase, as possessor or
 * modifier ("China's criticism", "U.S. sanctions"); a "by" phrase after it ("a visit by the premier
 * to …"); the subject of the clause it is the object or prepositional phrase of ("Canada imposed a
 * tariff on …", "Indonesia held talks with …"), through one of the entry's light verbs when it
 * lists them; or, for a phrase fronting the sentence ("After talks with Japan, Indonesia …"), the
 * main clause's subject. Its target is the phrase of one of the entry's prepositions right after it.
 */
export const nominal: Frame = (t) => {
  const { doc, entry } = t
  if (t.chunk < 0) return []
  const chunk = doc.chunks[t.chunk]
  const after = prepsAfter(doc, t.chunk)
  // The first of the entry's prepositions whose phrase names a party: "a complaint at the WTO against the EU's tariffs".
  let i = -1
  let targets: string[] = []
  for (let k = 0; k < after.length && targets.length === 0; k++) {
    if (!entry.preps.includes(after[k].prep)) continue
    i = k
    targets = targetsOf(doc, entry.type, after[k].phrase, after[k + 1])
  }
  // "Japan and Australia's new pact": possessors joined before a joint act's noun are each other's partners.
  if (targets.length === 0 && SYMMETRIC_TYPES.has(entry.type)) targets = joinedPossessors(doc, t.chunk)
  // "sanctions targeting Russia's energy sector", "tariffs aimed at Chinese steel": a participle right after the
  // noun points the act at the phrase after it; "a deal signed with Germany" gives a joint act its partner.
  if (targets.length === 0) {
    const aimed = aimedAt(doc, chunk.end, SYMMETRIC_TYPES.has(entry.type))
    if (aimed >= 0) targets = targetsOf(doc, entry.type, phraseFrom(contextAt(doc, aimed), doc.chunkOf[aimed], 'right'))
  }
  // "a tour taking in Kenya and Ghana", "a visit to Mexico City": a trip's stops, or a namesake capital, are places it visits.
  if (targets.length === 0 && entry.type === 'meet' && entry.direct === false) {
    const stops = stopsAfter(doc, chunk.end)
    if (stops >= 0) targets = targetsOf(doc, entry.type, phraseFrom(contextAt(doc, stops), doc.chunkOf[stops], 'right'))
    for (const p of after) if (targets.length === 0 && p.at === chunk.end && entry.preps.includes(p.prep)) targets = namesakeCapitalIn(doc, p.phrase)
  }
  // "Fiji's call for Australia to quit coal", "renewed its appeal for Japan to halt …": the party an infinitive follows,
  // as after the verb ("called for China to peak").
  const forTo = targets.length === 0 && (entry.type === 'urge' || entry.type === 'demand') ? after.find((p) => p.prep === 'for' && p.at === chunk.end) : undefined
  if (forTo && findClause(doc, doc.tokens[chunk.start].sentence, (k) => k.verb.form === 'infinitive' && k.verb.start === forTo.phrase.end)) {
    targets = partiesOf(doc, forTo.phrase)
  }
  // "Pakistan's demand that Britain pay …": the subject of the clause the noun introduces.
  // ("Demands from Kiribati that New Zealand …": after the agent's phrase.)
  if (targets.length === 0 && entry.complementTarget) {
    const agent = after[0] && after[0].at === chunk.end && (after[0].prep === 'from' || after[0].prep === 'by') ? after[0].phrase.end : -1
    targets = thatSubject(doc, chunk.end)
    if (targets.length === 0 && agent >= 0) targets = thatSubject(doc, agent)
  }
  // "Chinese cars were hit with tariffs by the United States": the passive's subject.
  const passive = roleInClause(doc, t.chunk)
  // "Russia rejected Finland's accusations", "Britain rebuffed Kenya's demand": a one-sided act its clause answers was aimed at the one who answers.
  const answering = targets.length === 0 && !SYMMETRIC_TYPES.has(entry.type) && passive?.role === 'object' ? doc.clauses[passive.clause] : undefined
  if (answering && answering.verb.voice === 'active' && REBUTTING_VERBS.has(answering.verb.lemma)) targets = partiesOf(doc, answering.subject)
  // "Sanctions were imposed on Belarus by Lithuania": the noun is the subject of its passive light verb, whose
  // own phrase names the target (the agent is read below, as for "Tariffs on Chinese cars were imposed by Canada").
  const subjectOf = targets.length === 0 && passive?.role === 'subject' ? doc.clauses[passive.clause] : undefined
  if (subjectOf && passiveLightDone(subjectOf, entry, chunk.det)) {
    const p = subjectOf.preps.findIndex((x) => entry.preps.includes(x.prep))
    if (p >= 0) targets = targetsOf(doc, entry.type, subjectOf.preps[p].phrase, subjectOf.preps[p + 1])
  }
  const held = targets.length === 0 && entry.type === 'meet' && entry.direct === false && passive ? stopsHeld(doc, passive.role, doc.clauses[passive.clause]) : undefined
  if (held) targets = targetsOf(doc, entry.type, held)
  // "Britain's new sanctions target Russia's fleet": the measure, subject of an aiming verb, falls on its object.
  const aiming = targets.length === 0 && entry.type === 'sanction' && passive?.role === 'subject' ? doc.clauses[passive.clause] : undefined
  if (aiming && aiming.verb.voice === 'active' && !aiming.verb.negated && !(aiming.verb.modal && HYPOTHETICAL_MODALS.has(aiming.verb.modal)) && AIMING_PARTICIPLES.get(aiming.verb.lemma) === null) targets = targetsOf(doc, entry.type, aiming.object)
  // "Chinese panels face new US tariffs": a measure the subject faces falls on it.
  if (targets.length === 0 && entry.type === 'sanction' && passive?.role === 'object' && FACING_VERBS.has(doc.clauses[passive.clause].verb.lemma)) targets = targetsOf(doc, entry.type, doc.clauses[passive.clause].subject)
  // (Only an act done to someone: "were shut out of the talks" makes no one a party to them.)
  if (targets.length === 0 && !SYMMETRIC_TYPES.has(entry.type) && passive?.role === 'prep' && doc.clauses[passive.clause].verb.voice === 'passive') targets = targetsOf(doc, entry.type, doc.clauses[passive.clause].subject)
  // "The US hit Chinese steel with new duties", "put three firms on a trade blacklist": the light verb's object.
  const placed = passive?.role === 'prep' ? doc.clauses[passive.clause] : undefined
  if (targets.length === 0 && entry.type === 'sanction' && placed?.object && placed.verb.voice === 'active' && entry.light.includes(placed.verb.lemma) && PLACING_PREPS.has(doc.tokens[chunk.start - 1]?.lower ?? '')) {
    targets = targetsOf(doc, entry.type, placed.object)
  }
  // "Kenya joined a US-led initiative", "joined China's alliance", "joined a fund backed by Norway": who
  // joins a joint effort another party leads works with that party.
  if (targets.length === 0 && entry.type === 'cooperate' && passive?.role === 'object' && JOINING_VERBS.has(doc.clauses[passive.clause].verb.lemma)) targets = leadersOf(doc, t.chunk)
  // "took repeated trips there": the place the discourse last named.
  const next = doc.chunkOf[chunk.end]
  if (targets.length === 0 && entry.preps.includes('to') && next >= 0 && doc.chunks[next].headLemma === 'there') targets = [...doc.chunks[next].actors]
  // "raised concerns at the WTO, arguing that [the EU's levy] …": a protest's complement names what it is at.
  if (targets.length === 0 && entry.type === 'protest' && passive?.role === 'object') {
    const complement = complementOf(doc, passive.clause)
    if (complement?.subject) targets = targetsOf(doc, entry.type, complement.subject, undefined, partiesOf(doc, doc.clauses[passive.clause].subject))
  }
  // "Petro told the Commission head of Colombia's deep concerns over the rules": a concern told to a party is addressed to it.
  if (targets.length === 0 && entry.type === 'protest' && passive?.role === 'prep' && ADDRESSING_VERBS.has(doc.clauses[passive.clause].verb.lemma)) targets = partiesOf(doc, doc.clauses[passive.clause].object)
  // (Export controls hurt whoever buys; a complaint names the affected, not the target.)
  if (targets.length === 0 && entry.type === 'sanction' && chunk.headLemma !== 'control') targets = complainants(doc, t.chunk)
  // "Despite appeals from the Maldives, India …", "Under pressure from the EU, Vietnam …": a fronted
  // act of the "from" phrase falls on the main clause's subject.
  if (targets.length === 0 && AGENT_FROM.has(entry.type) && fronted(doc, chunk.start)) {
    const from = after.find((p) => p.prep === 'from' || p.prep === 'by')
    const main = from && findClause(doc, doc.tokens[chunk.start].sentence, (c) => c.subjectFrom === 'own' && !!c.subject && c.subject.start > from.at)
    if (!from || !main) return []
    // (The tagger's list may run on into the subject: "from [Chile, Peru] went ahead".)
    const agents = from.phrase.chunks.filter((k) => doc.chunks[k].end <= main.subject!.start)
    return agents.length ? cross(partiesOf(doc, { chunks: agents, start: from.phrase.start, end: doc.chunks[agents[agents.length - 1]].end }), partiesOf(doc, main.subject)) : []
  }
  // "Brazil greeted the French proposal with scepticism": a feeling something is received with falls on it.
  const manner = entry.type === 'protest' && passive?.role === 'prep' && doc.tokens[chunk.start - 1]?.lower === 'with'
  // (Only a thing received, and only when the feeling names nothing of its own: "met Japan with concerns about sea levels" is no protest.)
  const received = manner && i < 0 ? doc.clauses[passive!.clause] : null
  if (targets.length === 0 && received?.object && RECEIVING_VERBS.has(received.verb.lemma) && received.object.chunks.every((k) => doc.chunks[k].kind === 'thing')) targets = targetsOf(doc, entry.type, received.object)
  // "Japan began releasing the water. Seoul voiced deep regret": a protest named as the object, with
  // no phrase of its own after it, answers the act just told.
  if (targets.length === 0 && entry.type === 'protest' && i < 0 && passive?.role === 'object') targets = answeredParty(doc, passive.clause, entry, partiesOf(doc, doc.clauses[passive.clause].subject))
  // "In retaliation, China imposed a ban on seafood": a measure given as an answer, on no one's goods.
  if (targets.length === 0 && entry.type === 'sanction' && passive) targets = respondedParty(doc, passive.clause, partiesOf(doc, doc.clauses[passive.clause].subject))
  // "was in Beijing for talks", "is in Seoul on a state visit": an errand in the place where the clause puts its subject.
  if (targets.length === 0 && entry.type === 'meet' && i < 0 && passive?.role === 'prep' && ERRAND_NOUNS.has(chunk.headLemma)) targets = errandPlace(doc, doc.clauses[passive.clause], chunk.start)
  // ("UAE president in Washington for first state visit": the same errand in a headline with no verb.)
  if (targets.length === 0 && entry.type === 'meet' && i < 0 && !passive && ERRAND_NOUNS.has(chunk.headLemma) && ERRAND_LEADS.has(doc.tokens[chunk.start - 1]?.lower ?? '')) targets = verblessPlace(doc, chunk.start)
  if (targets.length === 0) return []
  const own = inner(doc, t.chunk, targets)
  if (own.length) return [...cross(own, targets), ...echoed(doc, t.chunk, entry.type, targets)]
  // "the senator's visit to Taiwan": someone no actor stands for did it, not the clause's subject.
  if (ownedByNonActor(doc, t.chunk)) return []
  // "a visit by the premier to …", "demands from Kiribati that …", "appeals from the Maldives".
  const by = after.find((p) => p.prep === 'by' || (p.prep === 'from' && p !== after[i] && AGENT_FROM.has(entry.type)))
  // (A "from" phrase naming no party is no agent: "disappointment over the US withdrawal from the agreement".)
  const agents = by ? partiesOf(doc, by.phrase) : []
  if (agents.length) return cross(agents, targets)
  // "Tariffs on Chinese panels, imposed by Washington in May, …": a participle after the noun's phrases names who did it.
  const described = describedBy(doc, t.chunk, after, entry.light)
  if (described) return cross(partiesOf(doc, described.agent), targets)
  const place = roleInClause(doc, t.chunk)
  // "Tariffs on Chinese cars were imposed by Canada", "Talks with Japan were held by Indonesia": the agent of a passive
  // light verb the noun is the subject of (its negation and modality are read here: attach.ts does not read a noun
  // subject's own verb, "Talks between A and B resumed").
  if (place?.role === 'subject') {
    const c = doc.clauses[place.clause]
    return passiveLightDone(c, entry, chunk.det) ? cross(partiesOf(doc, c.agent), targets) : []
  }
  // "Chinese cars were hit with tariffs by the United States": the passive's agent acts on its subject.
  if (place && place.role === 'prep' && doc.clauses[place.clause].verb.voice === 'passive') return cross(partiesOf(doc, doc.clauses[place.clause].agent), targets)
  if (place) {
    const c = doc.clauses[place.clause]
    if (c.verb.voice !== 'active') return []
    // "during a meeting with Boric", "at talks with …": the subject was there, whatever it did.
    // "spent the day in talks with …", "was in talks with …": a noun in a prepositional phrase with its own party.
    const lead = leadOf(doc, chunk.start)
    // "was in Berlin this week for talks with Scholz", "flew to Tokyo for talks with …": an errand where the subject went.
    // (A place is a name: "in Geneva", "to Tokyo"; "is in a good position for talks" goes nowhere.)
    const errand = ERRAND_LEADS.has(lead) && PRESENCE_VERBS.has(c.verb.lemma) && c.preps.some((p) => (p.prep === 'in' || p.prep === 'to') && p.phrase.end <= chunk.start && doc.tokens[doc.chunks[p.phrase.chunks[0]].head].pos === 'PROPN')
    const during = place.role === 'prep' && (BESIDE_EVENT_PREPS.has(lead) || lead === 'in' || errand)
    // ("China reacted with anger to …", "went to the WTO with a complaint about …": what an act is done with is its subject's.)
    if (!during && !manner && entry.light.length && !entry.light.includes(c.verb.lemma)) return []
    // "Norway pressed Chile to act during a meeting with Boric": the adjunct is the urging's.
    const owner = during && c.subjectFrom === 'control' && c.governor >= 0 ? doc.clauses[c.governor] : c
    // ("China criticised the speaker for her visit to Taiwan": a person's "her" is not a country subject's.)
    if (personsOwnNoun(doc, chunk) && owner.subject?.chunks.every((k) => doc.chunks[k].kind === 'actor')) return []
    return cross([...partiesOf(doc, owner.subject), ...joinedIn(doc, owner)], targets)
  }
  if (!place && fronted(doc, chunk.start)) {
    const main = findClause(doc, doc.tokens[chunk.start].sentence, (c) => c.verb.start > chunk.end && c.subjectFrom === 'own')
    if (main) return cross(partiesOf(doc, main.subject), targets)
  }
  // "Lee, on a state visit to Vietnam, signed …": an aside right after a clause's subject is that subject's; so is a noun in
  // apposition for an entry read after "be" ("Fiji, a fierce critic of Australia's coal exports, will …").
  const beside = place ? undefined : (asideOfSubject(doc, chunk.start) ?? (entry.light.includes('be') ? appositionOf(doc, chunk.start) : undefined))
  if (beside) return cross(partiesOf(doc, beside.subject), targets)
  // "Scholz in Beijing for climate talks with Xi": a headline with no verb; its opening name does the act.
  const opener = place ? -1 : verblessOpener(doc, chunk.start)
  return opener >= 0 ? cross([...doc.chunks[opener].actors], targets) : []
}

/**
 * A sanction with no target named, inside a complaint: "China criticised the U.S. for extending tariffs
 * on solar panels": who complains about a levy is who it falls on.
 */
function complainants(doc: Parameters<Frame>[0]['doc'], chunk: number): string[] {
  const place = roleInClause(doc, chunk)
  // "China condemns EU duties on electric cars": the complaint may be the noun's own clause.
  const own = place && place.role === 'object' ? place.clause : -1
  // ("Beijing hit back by imposing duties": the one who protests by levying is not who the levy falls on.)
  const levier = place ? partiesOf(doc, doc.clauses[place.clause].subject) : []
  for (let k = own >= 0 ? own : place ? doc.clauses[place.clause].governor : -1, n = 0; k >= 0 && n < 3; k = doc.clauses[k].governor, n++) {
    const g = doc.clauses[k]
    if (protests(g.verb.lemma, g.verb.particle)) {
      const who = partiesOf(doc, g.subject)
      return k !== place?.clause && who.some((a) => levier.includes(a)) ? [] : who
    }
  }
  // "Mexico hit back after Canada raised tariffs": the protest the levy's clause is answered by.
  const levying = place ? doc.clauses[place.clause] : undefined
  if (!levying?.subject || levying.subjectFrom !== 'own') return []
  if (!REACTION_LEADS.has(doc.tokens[levying.subject.start - 1]?.lower ?? '')) return []
  const reaction = findClause(doc, levying.sentence, (k) => k.verb.end <= levying.subject!.start && protests(k.verb.lemma, k.verb.particle))
  return reaction ? partiesOf(doc, reaction.subject) : []
}

function protests(lemma: string, particle: string | null): boolean {
  return (INTERACTION_INDEX.verbs.get(particle ? `${lemma} ${particle}` : lemma) ?? []).some((e) => e.type === 'protest')
}

/** Whether the noun's phrase has a possessor ("the senator's visit") that names no actor. */
function ownedByNonActor(doc: Parameters<Frame>[0]['doc'], chunk: number): boolean {
  const c = doc.chunks[chunk]
  if (c.possessor >= 0 || c.modifierActor) return false
  for (let k = c.start; k < c.head; k++) if (doc.tokens[k].lower === "'s" || doc.tokens[k].lower === '’s') return true
  return false
}

/** Whether a noun's phrase opens with "his" or "her" and names no actor: some person's act. */
function personsOwnNoun(doc: Parameters<Frame>[0]['doc'], c: Parameters<Frame>[0]['doc']['chunks'][number]): boolean {
  const first = doc.tokens[c.start].lower
  return (first === 'his' || first === 'her') && !c.modifierActor && c.actors.length === 0
}

/** Actors inside the trigger's own phrase (possessor first), other than the targets. */
function inner(doc: Parameters<Frame>[0]['doc'], chunk: number, targets: readonly string[]): string[] {
  const c = doc.chunks[chunk]
  const order = c.possessor >= 0 ? [c.possessor, ...c.mentions.filter((m) => m !== c.possessor)] : c.mentions
  const out: string[] = []
  for (const m of order) {
    const a = doc.mentions[m].actor
    if (a && !targets.includes(a) && !out.includes(a)) out.push(a)
  }
  if (out.length === 0 && c.modifierActor && !targets.includes(c.modifierActor)) out.push(c.modifierActor)
  return out.slice(0, 1)
}

/**
 * "Malaysia echoed China's criticism of the EU", "China's criticism … was echoed by Malaysia": the
 * echoer does the same act to the same targets (one-sided acts only).
 */
function echoed(doc: Parameters<Frame>[0]['doc'], chunk: number, type: string, targets: readonly string[]) {
  const place = SYMMETRIC_TYPES.has(type as never) ? undefined : roleInClause(doc, chunk)
  if (!place) return []
  const c = doc.clauses[place.clause]
  if (!ECHOING_VERBS.has(c.verb.lemma) || c.verb.negated) return []
  const by = c.verb.voice === 'active' && place.role === 'object' ? c.subject : c.verb.voice === 'passive' && place.role === 'subject' ? c.agent : null
  return cross(partiesOf(doc, by).filter((a) => !targets.includes(a)), targets)
}

/** Types whose noun takes its agent after "from": "appeals from the Maldives", "demands from Kiribati", "criticism from Mexico". */
const AGENT_FROM = new Set(['urge', 'demand', 'protest'])
const FRONTING = new Set(['after', 'following', 'during', 'before', 'in', 'at', 'amid', 'ahead', 'prior', 'despite', 'under', 'through'])
/** Longer leads of a fronted phrase: "As part of a deal with …,", "On the sidelines of talks with …,". */
const FRONTING_PHRASES: ReadonlySet<string> = new Set(['as part of', 'on the sidelines of', 'under the terms of', 'in the framework of', 'within the framework of'])

/** Whether the phrase at `start` opens its sentence after a preposition: "After talks with …,", "Ahead of talks with …,". */
function fronted(doc: Parameters<Frame>[0]['doc'], start: number): boolean {
  const range = doc.sentenceTokens[doc.tokens[start].sentence]!
  const lead = leadOf(doc, start)
  const at = lead === doc.tokens[start - 1]?.lower ? start - 1 : start - 2
  if (at === range[0] && FRONTING.has(lead)) return true
  return start - range[0] <= 4 && FRONTING_PHRASES.has(doc.tokens.slice(range[0], start).map((t) => t.lower).join(' '))
}

/** Prepositions of an errand: "for talks", "on a state visit". */
const ERRAND_LEADS = new Set(['for', 'on'])

/** For a noun after "for"/"on" in a clause that puts its subject in a named place ("was in Beijing for talks"), that place's parties. */
function errandPlace(doc: Parameters<Frame>[0]['doc'], c: Clause, start: number): string[] {
  if (!ERRAND_LEADS.has(doc.tokens[start - 1]?.lower ?? '')) return []
  if (!PRESENCE_VERBS.has(c.verb.lemma) || c.verb.negated) return []
  const place = c.preps.find((p) => p.prep === 'in' && p.phrase.end <= start && doc.tokens[doc.chunks[p.phrase.chunks[0]].head].pos === 'PROPN')
  return place ? partiesOf(doc, place.phrase) : []
}

/** Two-word prepositions, by their first word: "ahead of", "prior to". */
const COMPOUND_LEADS: Readonly<Record<string, string>> = { ahead: 'of', prior: 'to' }

/** The preposition before the phrase at `start`, a two-word one by its first word ("ahead of talks" → "ahead"). */
function leadOf(doc: Parameters<Frame>[0]['doc'], start: number): string {
  const one = doc.tokens[start - 1]?.lower ?? ''
  const first = doc.tokens[start - 2]?.lower ?? ''
  return COMPOUND_LEADS[first] === one ? first : one
}

/** Participles that name who leads an effort: "a fund backed by Norway". */
const LEADING = new Set(['led', 'backed', 'launched', 'founded', 'sponsored', 'spearheaded', 'funded', 'financed', 'championed', 'initiated'])

/** The party that leads an effort: its owner or modifier ("China's", "US-led"), or the phrase after "led by". */
function leadersOf(doc: Parameters<Frame>[0]['doc'], chunk: number): string[] {
  const c = doc.chunks[chunk]
  const by = doc.chunkOf[c.end + 2]
  const led = LEADING.has(doc.tokens[c.end]?.lower ?? '') && doc.tokens[c.end + 1]?.lower === 'by' && by !== undefined && by >= 0
  const leaders = actorsOrOwner(c).length ? actorsOrOwner(c) : led ? doc.chunks[by].actors : []
  // (Joining a UN programme is taking part in the body's work, no act with it: ANNOTATION.md.)
  return leaders.filter((a) => !UN_BODIES.has(a))
}
const UN_BODIES = new Set(['UN', 'UNFCCC', 'IPCC', 'IEA', 'PARIS'])

/** Prepositions by which a light verb puts a measure on its object: "hit X with duties", "put X on a blacklist", "added X to it". */
const PLACING_PREPS = new Set(['with', 'on', 'to'])
