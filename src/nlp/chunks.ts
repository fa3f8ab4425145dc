import { COUNTRY_ANAPHORS, GROUP_ANAPHORS, NON_STATE_MODIFIERS, PAIR_HEADS, PAIR_NOUNS, PRONOUNS, ROLE_NOUNS, ORDER_ANAPHORS } from '../lexicon/roles.js'
import type { Chunk, ChunkKind, Mention, Token } from '../model/doc.js'
import { ASPECT_VERBS } from '../lexicon/modality.js'
import { POSSESSIVE_PRONOUNS } from './retag-words.js'

/** The noun-phrase layer: chunks in text order and, per token, the chunk holding it (-1 for none). */
export interface ChunkLayer {
  readonly chunks: Chunk[]
  readonly chunkOf: Int32Array
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'both', 'all', 'each', 'every', 'some', 'any', 'another', 'other', 'no', 'either', 'neither'])
const DASHES = new Set(['-', '–', '—', '‐'])
const TIME_LEADS = new Set(['next', 'last', 'this', 'that', 'every', 'each', 'early', 'late'])
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'day', 'decade', 'spring', 'summer', 'autumn', 'fall', 'winter', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])
const CURRENCY = /^[$€£¥]$/
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight'])

/**
 * Finds noun phrases in the tagged sentences: an optional determiner or possessive pronoun,
 * modifiers (adjectives, numbers, nouns, names, "X's"), and a head. A mention is never split
 * between phrases. Each phrase is read at once for the actor it names (see `readChunk`).
 */
export function chunkTokens(tokens: readonly Token[], mentions: readonly Mention[], ranges: ReadonlyArray<readonly [number, number] | null>): ChunkLayer {
  const chunks: Chunk[] = []
  const chunkOf = new Int32Array(tokens.length).fill(-1)
  for (const range of ranges) {
    if (!range) continue
    const [from, to] = range
    let i = from
    while (i < to) {
      const end = chunkEnd(tokens, mentions, i, to)
      if (end <= i) {
        i++
        continue
      }
      const c = readChunk(tokens, mentions, i, end)
      for (let k = i; k < end; k++) chunkOf[k] = chunks.length
      chunks.push(c)
      i = end
    }
  }
  return { chunks, chunkOf }
}

/** Where the phrase starting at `i` ends (exclusive), or `i` when no phrase starts there. */
function chunkEnd(tokens: readonly Token[], mentions: readonly Mention[], i: number, to: number): number {
  const t = tokens[i]
  // (Before the pronouns: the tagger may read this "there" as one.)
  // "travelled there", "trips there": a place named before (not the existential "there is").
  if (t.lower === 'there' && i > 0 && tokens[i + 1]?.pos !== 'AUX' && tokens[i + 1]?.lemma !== 'be' && tokens[i - 1].pos !== 'PUNCT') return i + 1
  if (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower) && t.mention < 0) return PRONOUNS[t.lower] ? i + 1 : i
  // "imploring her to follow": "her" with no noun after it is the object pronoun.
  if (t.pos === 'PRON' && t.lower === 'her' && !startsPhrase(t, tokens[i + 1], tokens[i - 1])) return i + 1
  if (!startsPhrase(t, tokens[i + 1], tokens[i - 1])) return i
  // "demands from Kiribati that New Zealand take …": "that" before a name opens a clause, it does not point.
  if (t.lower === 'that' && tokens[i + 1]?.mention >= 0 && !mentions[tokens[i + 1].mention].adjectival) return i
  // "keep pressing India": after a verb of aspect the participle is the verb itself (src/nlp/verb-groups.ts).
  if (t.pos === 'VERB' && t.lower.endsWith('ing') && i > 0 && ASPECT_VERBS.has(tokens[i - 1].lemma)) return i
  let j = i
  let last = -1 // the last token that can end a phrase
  // "urged visiting U.S. envoy John Kerry": a participle opening a phrase after a verb.
  if (t.pos === 'VERB' && t.mention < 0) j++
  while (j < to) {
    const k = tokens[j]
    if (k.mention >= 0) {
      // "For months Canberra resisted", "Since 2019 Germany has": a name after a fronted time phrase
      // with no comma starts the subject; a plural noun or a year does not modify a name.
      if (j > i && last === j && !mentions[k.mention].adjectival && isTimeLead(tokens, i, j)) break
      // "At the summit Mrs May pressed …": a person after the head of a fronted place phrase starts the subject.
      if (j > i && last === j && mentions[k.mention].kind === 'person' && tokens[j - 1].pos === 'NOUN' && opensSentence(tokens, i - 1) && tokens[i - 1].pos === 'ADP') break
      // A mention stays whole.
      const m = k.mention
      while (j < to && tokens[j].mention === m) j++
      last = j
      continue
    }
    if (j > i && (k.pos === 'DET' || (k.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(k.lower)))) break
    if (isPossessiveMark(k) && last === j) {
      j++
      continue
    }
    // (A hyphen or em dash with space around it ends the phrase: "Beijing, China - Representatives in
    // China said"; a spaced en dash may still join a pair: "the US – China talks".)
    // A tight hyphen after a modifier joins a compound modifier too: "a long-term deal", "clean-energy trade".
    const tight = j > i && j + 1 < to && tokens[j - 1].end === k.start && tokens[j + 1].start === k.end
    const modifierBefore = j > i && COMPOUND_MODIFIERS.has(tokens[j - 1].pos)
    // "a debt-for-nature swap", "a water-for-energy deal": a tight hyphen, a preposition, a tight hyphen.
    if (tight && last === j && k.text === '-' && tokens[j + 1].pos === 'ADP' && j + 3 < to && tokens[j + 2].text === '-' && tokens[j + 2].start === tokens[j + 1].end && tokens[j + 3].start === tokens[j + 2].end && joinsCompound(tokens[j + 3])) {
      j += 3
      continue
    }
    if (DASHES.has(k.text) && (last === j || (tight && modifierBefore)) && j + 1 < to && joinsCompound(tokens[j + 1]) && (k.text === '–' || tight)) {
      j++
      continue
    }
    // "President Muhammadu Buhari Thursday signed", "travel to Suva next month": a time after a name is a phrase of its own.
    if (j > i && last === j && (DAYS.has(k.lower) || (TIME_LEADS.has(k.lower) && TIME_UNITS.has(tokens[j + 1]?.lemma ?? '')))) break
    // A modifier after a head starts another phrase: "visited [Indonesia] [last week]", "[Mexico City] [three times]";
    // after a demonym it is still a modifier ("the Dutch prime minister", "Chinese electric vehicles").
    const prev = tokens[j - 1]
    // ("gave Kenya $100 million": an amount after a name starts one too.)
    if ((k.pos === 'ADJ' || k.pos === 'NUM' || (k.pos === 'SYM' && CURRENCY.test(k.text))) && last === j && j > i && prev.mention >= 0 && !mentions[prev.mention].adjectival) break
    // "criticised the plan [three years] ago": a number before a unit of time after a head is a time of its own.
    if (k.pos === 'NUM' && last === j && j > i && TIME_UNITS.has(tokens[j + 1]?.lemma ?? '')) break
    if (k.pos === 'NOUN' || k.pos === 'PROPN' || k.pos === 'NUM' || (k.pos === 'SYM' && /^[%$€£]$/.test(k.text))) {
      j++
      last = j
      continue
    }
    // "a Just Energy Transition Partnership": a capitalised word inside a name, whatever its tag.
    const inName = j > i && k.pos === 'ADV' && /^[A-Z][a-z]/.test(k.text) && tokens[j + 1]?.pos === 'PROPN' && (prev.pos === 'PROPN' || prev.pos === 'NUM' || prev.pos === 'DET')
    if (inName || k.pos === 'ADJ' || (k.pos === 'DET' && j === i) || (k.pos === 'PRON' && j === i) || isModifierVerb(tokens, j, i, to) || isDegreeAdverb(k, tokens[j + 1])) {
      j++
      continue
    }
    break
  }
  // "the same", "the latter": a determiner and an adjective standing alone.
  if (last < 0 && tokens[i].pos === 'DET' && j === i + 2 && tokens[i + 1].pos === 'ADJ') return j
  return last > i ? last : i
}

/** The phrase from i to j is a time after a preposition or at the sentence start ("for months", "since 2019"). */
/** Whether token `k` is the first of its sentence. */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  return k >= 0 && (k === 0 || tokens[k - 1].sentence !== tokens[k].sentence)
}

function isTimeLead(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1]
  if (before && before.sentence === tokens[i].sentence && before.pos !== 'ADP') return false
  const p = tokens[j - 1]
  return (p.pos === 'NOUN' && TIME_UNITS.has(p.lemma)) || (p.pos === 'NUM' && /^(?:19|20)\d\d$/.test(p.text))
}

/** "very large", "highly contested": an adverb in -ly (or a degree word) before an adjective. */
function isDegreeAdverb(k: Token, next: Token | undefined): boolean {
  const modifier = next?.pos === 'ADJ' || (next?.pos === 'VERB' && next.lower.endsWith('ed'))
  return k.pos === 'ADV' && modifier && (k.lower.endsWith('ly') || k.lower === 'very' || k.lower === 'most' || k.lower === 'more' || k.lower === 'less')
}

function startsPhrase(t: Token, next: Token | undefined, prev?: Token): boolean {
  if (t.mention >= 0) return true
  // A participle opening a phrase: "urged visiting U.S. envoy John Kerry", "despite repeated appeals".
  if (t.pos === 'VERB') {
    if (!next || t.lower === t.lemma) return false
    if (t.lower.endsWith('ing')) return prev?.pos === 'VERB' && (next.mention >= 0 || next.pos === 'PROPN')
    // "despite repeated appeals", "took repeated trips": a participle before a noun, after a preposition or a verb.
    return (!prev || prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'VERB') && next.pos === 'NOUN'
  }
  if (t.pos === 'SYM' && /^[$€£¥]$/.test(t.text)) return next?.pos === 'NUM'
  switch (t.pos) {
    case 'DET':
    case 'ADJ':
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
      return true
    case 'PRON':
      return POSSESSIVE_PRONOUNS.has(t.lower) && !!next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM' || next.mention >= 0)
    default:
      return false
  }
}

function isPossessiveMark(t: Token): boolean {
  return (t.pos === 'PART' && t.lower === "'s") || ((t.pos === 'PART' || t.pos === 'PUNCT') && t.lower === "'")
}

/** After a dash inside a phrase: "U.S.-China", "Chinese-made", "Kenya–Germany". */
/** Tags of a word a tight hyphen may join to the next in a compound modifier ("low-carbon", "coal-fired", "10-year"). */
const COMPOUND_MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'VERB', 'NUM', 'ADV'])

function joinsCompound(t: Token): boolean {
  return t.mention >= 0 || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB'
}

/** A participle modifying a noun inside the phrase: "the proposed tariffs", "Chinese-made cars". */
function isModifierVerb(tokens: readonly Token[], j: number, start: number, to: number): boolean {
  const k = tokens[j]
  if (k.pos !== 'VERB' || j === start) return false
  const prev = tokens[j - 1]
  const next = tokens[j + 1]
  if (DASHES.has(prev.text)) return true
  return (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADV') && j + 1 < to && (next.pos === 'NOUN' || next.pos === 'ADJ')
}

/**
 * Reads one phrase: its head (the last noun, name or mention), determiner, mentions, possessor,
 * a hyphenated pair of actors, and what it names:
 * 1. a mention as head names its actor (a person, the actor they act for);
 * 2. a role noun as head ("officials", "ministry", "counterpart") names the actor modifying it;
 * 3. a pronoun, "the two sides" or "the country" is left to the discourse memory;
 * 4. anything else is a thing, with any actor in it kept as its modifier.
 */
function readChunk(tokens: readonly Token[], mentions: readonly Mention[], start: number, end: number): Chunk {
  let head = end - 1
  // ("a deal worth $5 billion", "tariffs worth $1 billion": an amount after "worth" measures the head before it.)
  for (let k = start + 1; k < end; k++) if (tokens[k].lower === 'worth' && isHeadToken(tokens[k - 1])) head = k - 1
  while (head > start && !isHeadToken(tokens[head])) head--
  if (!isHeadToken(tokens[head])) head = end - 1
  const h = tokens[head]
  const first = tokens[start]
  const det = first.pos === 'DET' || (first.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(first.lower)) ? first.lower : null
  let inside: number[] = []
  let possessor = -1
  let pair: string[] | null = null
  for (let k = start; k < end; k++) {
    const m = tokens[k].mention
    // (A phrase holds one mention most often: an array of one, not one grown for many.)
    if (m >= 0 && inside[inside.length - 1] !== m) {
      if (inside.length === 0) inside = [m]
      else inside.push(m)
    }
    if (m >= 0 && isPossessiveMark(tokens[k + 1] ?? tokens[k]) && k + 1 < end) possessor = m
    if (m >= 0 && k + 2 < end && DASHES.has(tokens[k + 1].text) && tokens[k + 2].mention >= 0 && tokens[k + 2].mention !== m) {
      const a = mentions[m].actor
      const b = mentions[tokens[k + 2].mention].actor
      if (a && b && a !== b) pair = [a, b]
    }
  }
  const headMention = h.mention >= 0 ? mentions[h.mention] : null
  const modifier = modifierOf(mentions, inside, headMention)
  const plural = h.pos === 'NOUN' && h.lower !== h.lemma && !h.lower.endsWith('ss')
  let kind: ChunkKind = 'thing'
  let actors: string[] = []
  let via = ''
  if (headMention) {
    kind = headMention.kind === 'person' ? 'person' : 'actor'
    // "his EU counterpart Frans Timmermans": a person the gazetteer gives no country takes the one in the phrase.
    const own = headMention.actor ?? (headMention.kind === 'person' ? modifier?.actor : null)
    if (own) actors = [own]
    via = headMention.kind === 'person' ? 'person' : 'mention'
  } else if (h.pos === 'PRON' && h.lower !== 'there') {
    kind = 'pronoun'
  } else if (h.lower === 'there' || (det === 'the' && ((GROUP_ANAPHORS.has(h.lemma) && !plural && !modifier) || h.lower in ORDER_ANAPHORS))) {
    // "there"; "the bloc", "the global body"; "the former", "the latter" (src/nlp/memory.ts reads them).
    kind = 'anaphor'
  } else if (((det === 'both' || det === 'each' || (det === 'the' && tokens[start + 1]?.lower === 'two')) && PAIR_HEADS.has(h.lemma) && (plural || det === 'both' || det === 'each')) || (det === 'the' && (h.lower === 'two' || PAIR_NOUNS.has(h.lower)))) {
    // "the two sides", "both countries", "each country", and "the two" or "the pair" alone ("after the two met").
    kind = 'anaphor'
  } else if (isRoleNoun(h) && !nonStateModified(tokens, start, head)) {
    kind = 'role'
    if (modifier?.actor) {
      actors = [modifier.actor]
      via = 'role'
    } else if (COUNTRY_ANAPHORS.has(h.lemma) && !plural) {
      kind = 'anaphor'
    }
  }
  return {
    start,
    end,
    head,
    headLemma: h.lemma,
    det,
    mentions: inside,
    kind,
    actors,
    modifierActor: kind === 'thing' || kind === 'anaphor' ? (modifier?.actor ?? null) : null,
    possessor,
    pair,
    // "the two sides", "both countries" stand for a pair; "the country", "the new administration" for one.
    plural: plural || (kind === 'anaphor' && (det === 'both' || det === 'each' || tokens[start + 1]?.lower === 'two' || h.lower === 'two' || PAIR_NOUNS.has(h.lower))),
    via,
    referent: headMention?.kind === 'person' ? h.mention : -1,
  }
}

/** The first mention in the phrase, other than its head's, that names an actor: the phrase's modifier. */
function modifierOf(mentions: readonly Mention[], inside: readonly number[], headMention: Mention | null): Mention | null {
  for (const i of inside) if (mentions[i] !== headMention && mentions[i].actor) return mentions[i]
  return null
}

function isHeadToken(t: Token): boolean {
  return t.mention >= 0 || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || t.lower === 'there'
}

/**
 * Whether a head names a role: "officials", "the vice-minister", and a capitalised one the tagger
 * read as a name ("Representatives in China have slammed …").
 */
function isRoleNoun(h: Token): boolean {
  const lemma = h.pos === 'PROPN' ? h.lower.replace(/(?<=[^s])s$/, '') : h.lemma
  return ROLE_NOUNS.has(lemma) || ROLE_NOUNS.has(lemma.slice(lemma.lastIndexOf('-') + 1))
}

/** Whether a word before the head makes a role phrase no office of state: "a U.S. basketball team". */
function nonStateModified(tokens: readonly Token[], start: number, head: number): boolean {
  for (let k = start; k < head; k++) if (NON_STATE_MODIFIERS.has(tokens[k].lower)) return true
  return false
}
