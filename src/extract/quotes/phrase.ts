import { GAZETTEER } from '../../actors/gazetteer.js'
import { genderOfName } from '../../actors/gender.js'
import { BODY_HEADS, BODY_VOICES, COMPANY_NOUNS, GOVERNMENT_SEATS, MEDIA, MEDIA_NOUNS, OWN_VOICE_DOCUMENTS, PERSONAL_SPEECH_NOUNS, PERSON_EPITHETS, PERSON_ROLES, REPORTER_TITLES, WORDING_SOURCES } from '../../lexicon/quotes.js'
import { DOCUMENT_NOUNS } from '../../lexicon/speech.js'
import type { Doc } from '../../model/doc.js'
import { isTimeChunk } from '../../nlp/clause-objects.js'
import { describedName, isAged, isJointDocument as isJoint, possessiveMark } from '../../nlp/speaker-person.js'
import { bodyOf, capitalisedEnd, capitalisedStart, describedBody, type Body } from './body-name.js'
import { hasCapital, isCapitalised, trailingName, withoutDeterminer } from './names.js'

export type { Body } from './body-name.js'

/**
 * What the phrase that names a quote's speaker says about them, before the article's memory is asked:
 * - `person`: a name (a person mention's fullest name, or proper nouns the gazetteer does not know);
 *   `lone` for one capitalised word opening its sentence with the ending of a plural noun for people,
 *   which the tagger may have taken for a name ("Protesters chanted …", "Campaigners said …");
 *   `initial` for any one word opening its sentence ("Floodwater swept …"), a name only if the article knows it;
 * - `pronoun`: "he"/"she" (`human`), or "it"/"they" for a body that spoke before;
 * - `role`: a role noun for one person with no name ("the minister"), for the person named with that role;
 * - `national`: a demonym for one person ("said the Chilean"), for the person of that country named last;
 * - `body`: an organisation or group ("the Chinese Foreign Ministry", "Pembina Institute", "the EU");
 *   `bare` when it is only a head noun ("the ministry"), `proper` when it is a proper name
 *   ("Ministry of Commerce", not "the commerce ministry"), `group` for a FORMAT.md group;
 * - `none`: nobody to name (a document, a news agency or outlet, a reporter, a country, "one delegate", "critics", a day).
 */
export type SpeakerPhrase =
  | { readonly kind: 'person'; readonly name: string; readonly actor: string | null; readonly lone?: boolean; readonly initial?: boolean }
  | { readonly kind: 'pronoun'; readonly human: boolean }
  | { readonly kind: 'role'; readonly head: string; readonly actor: string | null }
  | { readonly kind: 'national'; readonly actor: string }
  | Body
  | { readonly kind: 'none'; readonly why: string }


/** Days and months the tagger reads as proper nouns: "said Thursday" names a time, not a speaker. */
const TIME_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
)
/** Prepositions that name the body an official speaks for: "a spokesperson for the ministry", "an official at the ministry". */
const VOICE_OF = new Set(['for', 'of', 'at', 'from'])
/** Role nouns plural in form that name one body: "the authorities", "the armed forces". */
const COLLECTIVES = new Set(['authority', 'force', 'people'])
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]+$/u
const PLURAL_OF_PEOPLE = /(?:ers|ors|ists|ians|ants|ents|ics|ials|ies|ates|ats|rts|ives|ees)$/
const PRONOUNS: Readonly<Record<string, boolean>> = { he: true, she: true, him: true, her: true, it: false, they: false }

/** Reads the phrase (Doc.chunks[chunk]) that names a quote's speaker. */
export function readSpeakerPhrase(doc: Doc, chunk: number): SpeakerPhrase {
  const c = doc.chunks[chunk]
  const tokens = doc.tokens
  for (let t = c.start; t < c.end; t++) {
    if (REPORTER_TITLES.has(tokens[t].lemma)) return { kind: 'none', why: 'reporter' }
    if (MEDIA.has(tokens[t].lower) || MEDIA_NOUNS.has(tokens[t].lower)) return { kind: 'none', why: 'media' }
  }
  // "…,” reported Tom Doe, our correspondent in Baku": a name the reporter's title is set beside.
  if (reporterBeside(doc, c.end)) return { kind: 'none', why: 'reporter' }
  const head = tokens[c.head]
  if (isTimeChunk(tokens, c) || TIME_NAMES.has(head.lower)) return { kind: 'none', why: 'time' }
  // "Jane Roe's message was clear: “…”": a person's own words, named as a noun.
  if (PERSONAL_SPEECH_NOUNS.has(c.headLemma)) {
    const owner = possessorName(doc, chunk)
    if (owner) return owner
    // "His verdict: “…”": the person "his" stands for.
    if (c.det === 'his' || c.det === 'her') return { kind: 'pronoun', human: true }
  }
  if (WORDING_SOURCES.has(c.headLemma) || DOCUMENT_NOUNS.has(c.headLemma)) {
    // "Beijing's statement said", "a White House statement said": the issuer's words; other documents have none.
    const owner = OWN_VOICE_DOCUMENTS.has(c.headLemma) && !isJoint(doc, chunk) ? c.mentions.find((m) => doc.mentions[m].kind !== 'person') : undefined
    return owner !== undefined ? actorBody(doc, owner, c.start) : { kind: 'none', why: 'document' }
  }
  switch (c.kind) {
    case 'person': {
      const m = doc.mentions[c.referent]
      // "The Meteorological Service of Jamaica", found as a name: a capitalised body noun ends no person's name.
      const last = doc.tokens[c.end - 1]
      if (BODY_HEADS.has(last.lower) && isCapitalised(last)) return bodyOf(doc, c.start, c.end, last.lower, m.actor)
      return { kind: 'person', name: m.person ?? m.text, actor: m.actor }
    }
    case 'pronoun':
      return head.lower in PRONOUNS ? { kind: 'pronoun', human: PRONOUNS[head.lower] } : { kind: 'none', why: 'pronoun' }
    case 'actor': {
      const m = doc.mentions[head.mention]
      // "said the UN chief", where the tagger reads "chief" as an adjective outside the phrase.
      if (roleAfter(doc, c.end, head.sentence)) return { kind: 'role', head: tokens[c.end].lemma, actor: m.actor }
      // "said the Chilean": a demonym that names one person (not "the Chinese", "the British", said of a side) is the one of that country just named.
      if (c.det === 'the' && c.end - c.start === 2 && m.actor && isDemonymOfOne(m.text)) return { kind: 'national', actor: m.actor }
      return actorBody(doc, head.mention, c.start)
    }
    case 'role':
      return readRole(doc, chunk)
    case 'thing':
      // "the EU climate chief said": the role word the tagger left outside, of the actor the phrase names.
      if (c.det === 'the' && roleAfter(doc, c.end, head.sentence)) {
        const named = c.mentions.find((i) => doc.mentions[i].actor !== null)
        if (named !== undefined) return { kind: 'role', head: tokens[c.end].lemma, actor: doc.mentions[named].actor }
      }
      // "“…,” the 62-year-old said", "the 58-year-old farmer said": the person the story is about, as "he" or "she" would be.
      if (isAged(tokens, c)) return { kind: 'pronoun', human: true }
      // ("the Dutchmen said", "the teenagers said": several unnamed people.)
      if (isEpithetPlural(head.lower)) return { kind: 'none', why: 'unnamed' }
      // "the Pembina Institute"; "the institute" alone, for the one named before (attach.ts reads it back).
      if (BODY_HEADS.has(c.headLemma) && (hasCapital(tokens, c.start, c.end) || (c.det === 'the' && c.end - c.start === 2))) return bodyOf(doc, capitalisedStart(doc, c.start), c.end, c.headLemma, c.modifierActor)
      // "the firm said", "the miner said": the company named before (people.ts notes it by its description).
      if (COMPANY_NOUNS.has(c.headLemma) && c.det === 'the' && c.end - c.start === 2) return bodyOf(doc, c.start, c.end, 'company', c.modifierActor)
      // "the scientist said", "the chief executive said": one person's role, which the chunker left a thing.
      if (c.det === 'the' && !c.plural && PERSON_ROLES.has(c.headLemma)) return { kind: 'role', head: c.headLemma, actor: c.modifierActor }
      if (head.pos !== 'PROPN') return { kind: 'none', why: 'thing' }
      // Names of people take no article: "the Sierra Club", "The Kenya Red Cross" name bodies; but a
      // person may follow a description ("the novelist Jo Walton", "the economist Ana Ruiz").
      if (c.det === 'the') return describedPerson(doc, chunk) ?? describedBody(doc, chunk) ?? bodyOf(doc, c.start, capitalisedEnd(doc, c.end), head.lemma, c.modifierActor)
      return readProperName(doc, chunk)
    default:
      return { kind: 'none', why: c.kind }
  }
}

/**
 * After a comma at token `end`, the report's own reporter: a reporter's title of "our" or of the paper
 * ("…, our correspondent in Baku", "…, the paper's Brussels correspondent"). ("…, a former editor who …" and
 * "…, a BBC journalist" may be speakers quoted like anyone.)
 */
function reporterBeside(doc: Doc, end: number): boolean {
  const k = doc.chunkOf[end + 1]
  if (doc.tokens[end]?.text !== ',' || k === undefined || k < 0 || doc.chunks[k].start !== end + 1) return false
  const c = doc.chunks[k]
  let title = false
  let ours = false
  for (let t = c.start; t < c.end; t++) {
    const w = doc.tokens[t]
    if (REPORTER_TITLES.has(w.lemma)) title = true
    if (w.lower === 'our' || (OUTLET_WORDS.has(w.lower) && doc.tokens[t + 1]?.lower === "'s")) ours = true
  }
  return title && ours
}

/** Words for the outlet that prints the report: an outlet's nouns, and the short ones it calls itself by ("the paper's correspondent", "the agency's"). */
const OUTLET_WORDS: ReadonlySet<string> = new Set([...MEDIA_NOUNS, 'paper', 'agency'])

/** A person's role word right after a phrase, in no phrase of its own (the tagger read it as an adjective). */
function roleAfter(doc: Doc, end: number, sentence: number): boolean {
  const next = doc.tokens[end]
  return !!next && next.sentence === sentence && PERSON_ROLES.has(next.lemma) && doc.chunkOf[end] < 0
}

/** A group or body speaking as itself ("the EU said", "the White House said"); a description ("the bloc") by the actor it stands for. */
function actorBody(doc: Doc, mention: number, from: number): SpeakerPhrase {
  const tokens = doc.tokens
  const m = doc.mentions[mention]
  let s = from
  while (s < tokens.length && tokens[s].mention !== mention) s++
  let e = s
  while (e < tokens.length && tokens[e].mention === mention) e++
  if (s >= e) return { kind: 'none', why: 'actor' }
  // A country is no speaker (FORMAT.md: a person, or a body when no person is named): "“…,” China said"
  // reports a position, and the words are some official's the article leaves unnamed.
  // ("“…,” the White House said": a seat of government is a body of its own.)
  const seat = withoutDeterminer(doc, s, e)
  if (m.kind === 'country' && GOVERNMENT_SEATS.has(seat.toLowerCase())) return { kind: 'body', name: seat, head: seat.toLowerCase(), actor: m.actor, bare: false, proper: true, group: false }
  if (m.kind === 'country') return { kind: 'none', why: 'country' }
  const name = isCapitalised(tokens[e - 1]) ? withoutDeterminer(doc, s, e).replace(/['’]s$/, '') : (m.actor ?? '')
  if (!name) return { kind: 'none', why: 'actor' }
  return { kind: 'body', name, head: tokens[e - 1].lemma, actor: m.actor, bare: false, proper: true, group: m.kind === 'group' }
}

/** "the minister" (a person), "the Chinese Foreign Ministry" (a body), "a ministry spokesperson" (the body's voice), "G7 ministers" (the group). */
function readRole(doc: Doc, chunk: number): SpeakerPhrase {
  const c = doc.chunks[chunk]
  const head = c.headLemma
  // "King said", "Bishop added": a capitalised role word alone, with no article, is a surname, a name
  // only if the article gave it in full ("Madeleine King").
  if (c.det === null && c.end - c.start === 1 && isCapitalised(doc.tokens[c.start]) && !c.plural) return { kind: 'person', name: doc.tokens[c.start].text, actor: null, lone: true }
  // The memory gives a role the actor of whoever was last the subject; only its own modifier says whose it is.
  const actor = c.via === 'role' ? (c.actors[0] ?? null) : null
  // Several people of a role speak as the group that names them ("the G7 countries said"), or as no one ("ministers said").
  if (c.plural && !COLLECTIVES.has(head)) {
    const mi = c.mentions.find((i) => doc.mentions[i].kind === 'group' || doc.mentions[i].kind === 'country')
    return mi === undefined ? { kind: 'none', why: 'unnamed' } : actorBody(doc, mi, c.start)
  }
  if (!PERSON_ROLES.has(head)) return bodyOf(doc, c.start, c.end, head, actor)
  // A name inside the phrase after the role ("the envoy John Kerry") is its person.
  const name = trailingName(doc, c.start, c.end)
  if (name && name.words > 1) return { kind: 'person', name: name.text, actor }
  const definite = c.det === 'the' || c.det === 'his' || c.det === 'her' || c.det === null
  // "Guterres urged …. “…,” his spokesman said": the aide of the person just named, not a spokesman named elsewhere.
  if ((c.det === 'his' || c.det === 'her') && head.startsWith('spokes')) return { kind: 'none', why: 'unnamed' }
  // ("the secretary-general said": the tagger splits the title at its hyphen; the role is the whole title.)
  const rest = doc.tokens[c.end + 1]
  const title = doc.tokens[c.end]?.text === '-' && doc.tokens[c.end].start === doc.tokens[c.end - 1].end && rest ? `${head}-${rest.lower}` : head
  if (!BODY_VOICES.has(head)) return definite ? { kind: 'role', head: title, actor } : { kind: 'none', why: 'unnamed' }
  // "a foreign ministry spokesperson", "a finance ministry official", "an official at the department": the body's voice.
  const body = c.head - 1 >= c.start ? doc.tokens[c.head - 1].lemma : ''
  if (BODY_HEADS.has(body)) {
    const b = bodyOf(doc, c.start, c.head, body, actor)
    // "a senior government official": with no body named by its name, the phrase is the speaker's name, as the article gives it.
    return b.proper || head.startsWith('spokes') ? b : { ...b, name: withoutDeterminer(doc, c.start, c.end) }
  }
  const of = doc.tokens[c.end]
  const next = doc.chunkOf[c.end + 1]
  if (of && VOICE_OF.has(of.lower) && next >= 0 && doc.chunks[next].start === c.end + 1) {
    const p = readSpeakerPhrase(doc, next)
    if (p.kind === 'body') return p
    // "a spokesperson for Nordvik Energy said": a name of several words that no person mention holds and
    // that opens with no first name we know is the body the spokesperson speaks for (a person's own aide,
    // "a spokesman for Jane Roe", speaks for someone unnamed).
    if (p.kind === 'person' && head.startsWith('spokes') && doc.chunks[next].kind === 'thing' && p.name.includes(' ') && !genderOfName(p.name)) {
      return { kind: 'body', name: p.name, head: p.name.slice(p.name.lastIndexOf(' ') + 1).toLowerCase(), actor: p.actor, bare: false, proper: true, group: false }
    }
  }
  // "an EU official": of the group the phrase names (a country's official is unnamed: "a Chinese official").
  const group = c.mentions.find((i) => doc.mentions[i].kind === 'group')
  if (group !== undefined) return actorBody(doc, group, c.start)
  return definite ? { kind: 'role', head: head.startsWith('spokes') ? 'spokesperson' : head, actor } : { kind: 'none', why: 'unnamed' }
}

/** Proper nouns heading a phrase: a body ("Pembina Institute", "the Ministry of Commerce") or a person's name after any titles. */
function readProperName(doc: Doc, chunk: number): SpeakerPhrase {
  const c = doc.chunks[chunk]
  const tokens = doc.tokens
  // "the Ministry of Commerce", "Institute for Climate Policy": a body whose head comes before "of".
  for (let t = c.start; t < c.end; t++) {
    if (BODY_HEADS.has(tokens[t].lower) && (t === c.head || tokens[c.end]?.lower === 'of' || tokens[c.end]?.lower === 'for')) return bodyOf(doc, c.start, c.end, tokens[t].lower, c.modifierActor)
  }
  const name = trailingName(doc, c.start, c.end)
  if (!name) return { kind: 'none', why: 'not a name' }
  // "Friends of the Earth", "Fridays for Future": one capitalised word with a capitalised "of"/"for" tail
  // names a body (a person's affiliation follows a full name: "Jane Roe of the Sierra Club").
  const tail = tokens[c.end + 1]?.lower === 'the' ? c.end + 2 : c.end + 1
  if (name.words === 1 && (tokens[c.end]?.lower === 'of' || tokens[c.end]?.lower === 'for') && isCapitalised(tokens[tail]) && tokens[tail].sentence === tokens[c.start].sentence) {
    return { ...bodyOf(doc, c.end - 1, c.end, tokens[c.end - 1].lower, c.modifierActor), lead: name.text }
  }
  // An acronym alone is an organisation ("WMO", "IRENA"), not a person.
  if (name.words === 1 && ACRONYM.test(name.text)) return { kind: 'body', name: name.text, head: name.text.toLowerCase(), actor: c.modifierActor, bare: false, proper: true, group: false }
  const range = doc.sentenceTokens[tokens[c.start].sentence]
  // "Protesters chanted", "Campaigners said": a word alone at the sentence start with the ending of
  // a plural noun for people (names in -s mostly end otherwise: "Mitsotakis", "Reynolds").
  const initial = name.words === 1 && c.end - c.start === 1 && range?.[0] === c.start
  return { kind: 'person', name: name.text, actor: c.modifierActor, lone: initial && PLURAL_OF_PEOPLE.test(name.text), initial }
}

/** "the novelist Jo Walton" (speaker-person.ts describedName): the person the description names. */
function describedPerson(doc: Doc, chunk: number): SpeakerPhrase | null {
  const c = doc.chunks[chunk]
  const from = describedName(doc, c)
  const name = from >= 0 ? trailingName(doc, from, c.end) : null
  return name ? { kind: 'person', name: name.text, actor: c.modifierActor } : null
}

/** The person an "X's" inside the phrase names: their mention, the proper nouns before "'s" ("Jane Roe's message"), or a role ("the envoy's reply"). */
function possessorName(doc: Doc, chunk: number): SpeakerPhrase | null {
  const c = doc.chunks[chunk]
  if (c.possessor >= 0) {
    const m = doc.mentions[c.possessor]
    return m.kind === 'person' ? { kind: 'person', name: m.person ?? m.text, actor: m.actor } : null
  }
  const t = possessiveMark(doc, c)
  if (t < 0) return null
  const name = trailingName(doc, c.start, t)
  if (name) return { kind: 'person', name: name.text, actor: c.modifierActor }
  // ("the envoy's reply": the person named before with that role.)
  const role = doc.tokens[t - 1].lemma
  return PERSON_ROLES.has(role) ? { kind: 'role', head: role, actor: c.modifierActor } : null
}

/** A demonym a person can be called by alone: "the Chilean", "the Pakistani"; not "the Chinese" or "the British" (a side). */
function isDemonymOfOne(text: string): boolean {
  const entry = GAZETTEER.get(text)
  return entry !== undefined && entry.kind === 'country' && entry.form === 'adjective' && /[ni]$/.test(text)
}

/** The plural of a noun that describes a person ("Dutchmen", "teenagers"): unnamed people, no speaker. */
function isEpithetPlural(word: string): boolean {
  return (word.endsWith('men') && PERSON_EPITHETS.has(word.slice(0, -3) + 'man')) || (word.endsWith('s') && PERSON_EPITHETS.has(word.slice(0, -1)))
}
