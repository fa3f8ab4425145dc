import type { Item, Unit } from './interaction-units.js'
import { CLAUSE_BREAK, PREPOSITIONS } from './interaction-lexicon.js'

/** Resolves a pronoun ("he", "they") before item `before` to the units it stands for. */
export type PronounResolver = (pronoun: string, before: number) => Unit[]

const PRONOUNS = new Set(['he', 'she', 'they', 'it'])
// "the two sides", "both governments": a plural noun that points back to the pair just named.
const PAIR_NOUNS = new Set(['sides', 'countries', 'leaders', 'governments', 'nations', 'ministers', 'presidents', 'delegations', 'economies', 'emitters', 'powers', 'capitals', 'neighbours', 'neighbors', 'envoys', 'men', 'women'])

/** Whether item `at` ends "the two sides" / "both countries": the pair anaphor the resolver takes as `the two`. */
export function isPairAnaphor(items: readonly Item[], at: number): boolean {
  if (!PAIR_NOUNS.has(items[at]?.word ?? '')) return false
  const prev = items[at - 1]?.word
  return (prev === 'two' && items[at - 2]?.word === 'the') || prev === 'both'
}
// "Albanese and his Tuvaluan counterpart Natano": a possessive determiner may open the second conjunct.
const COORD = new Set(['and', ',', '-', '&', 'including', 'along', 'with', 'or', 'the', 'his', 'her', 'their', 'its'])
const JOINERS = new Set(['and', '-', '&', 'including', 'along', 'or'])
const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']])
const QUOTES = new Set(['"', '“', '”', '«', '»'])
// "Kerry will meet Suga before travelling to China": an -ing clause after these shares the main subject.
const PARTICIPLE_LINKS = new Set(['after', 'before', 'while', 'when', 'since'])
/** Words between a subject and its verb that do not end the clause: auxiliaries, adverbs, "agreed to". */
const MAX_SUBJECT_GAP = 9

/**
 * The units coordinated with the unit at `at`, itself included ("Japan and the United States",
 * "China, Brazil and India", "U.S.-China"). Commas alone do not coordinate ("After meeting Kerry, Motegi").
 */
export function coordinated(items: readonly Item[], at: number): number[] {
  const out = [at]
  let joined = false
  const link = (from: number, to: number): boolean => {
    const between = items.slice(Math.min(from, to), Math.max(from, to) + 1)
    const words = between.map((x) => x.word)
    if (words.includes('with') && !words.includes('along')) return false
    // "U.S.-China" is a pair; the spaced dash of a dateline ("BALI, Indonesia - U.S. President …") is not.
    if (between.some((x) => x.word === '-' && (items[items.indexOf(x) - 1]?.end !== x.start || items[items.indexOf(x) + 1]?.start !== x.end))) return false
    if (words.some((w) => JOINERS.has(w))) joined = true
    return true
  }
  for (let i = at - 1; i >= 0; ) {
    let j = i
    while (j >= 0 && COORD.has(items[j].word)) j--
    if (j === i || i - j > 3 || j < 0 || !items[j].unit || !link(j + 1, i)) break
    out.unshift(j)
    i = j - 1
  }
  for (let i = at + 1; i < items.length; ) {
    let j = i
    while (j < items.length && COORD.has(items[j].word)) j++
    if (j === i || j - i > 3 || j >= items.length || !items[j].unit || !link(i, j - 1)) break
    out.push(j)
    i = j + 1
  }
  // "the United States, Japan and other rich nations": a list closed by an unnamed rest.
  if (!joined && out.length >= 2 && JOINERS.has(items[out[out.length - 1] + 1]?.word ?? '') && LIST_REST.has(items[out[out.length - 1] + 2]?.word ?? '')) joined = true
  return joined ? out : [at]
}
const LIST_REST = new Set(['other', 'others', 'several', 'many', 'some', 'more'])

function isObjectPosition(items: readonly Item[], at: number): boolean {
  const prev = items[at - 1]
  if (!prev) return false
  if (PREPOSITIONS.has(prev.word)) return true
  // "his UN speech": a unit after a possessive pronoun names a thing, not an agent.
  return prev.word === 'his' || prev.word === 'her' || prev.word === 'its' || prev.word === 'their'
}

/**
 * Finds the subject units of a verb that starts at item `at`.
 * 1. Walks left over auxiliaries, adverbs and infinitive chains ("agreed to encourage"),
 *    stopping at clause boundaries or after MAX_SUBJECT_GAP words.
 * 2. Skips units in object position (after a preposition) and bare modifiers ("Chinese solar panels").
 * 3. "X, who is meeting …" continues through the relative pronoun to X.
 * 4. A pronoun is resolved by `resolve`; a coordinated subject gives every conjunct.
 */
export function findSubjects(items: readonly Item[], at: number, resolve?: PronounResolver): Unit[] {
  // "She said the duties broke the rules, and urged Washington …": a predicate joined by "and" to the
  // one before takes that one's subject, the sentence's first (a unit, or a pronoun opening it).
  if (items[at - 1]?.word === 'and' && items[at - 2] && !items[at - 2].unit) {
    const main = mainSubject(items, at - 1)
    if (main.length) return main
    const lead = items[0]
    if (resolve && lead && PRONOUNS.has(lead.word) && lead.text[0] !== lead.word[0]) return resolve(lead.word, 0)
  }
  let gap = 0
  for (let i = at - 1; i >= 0; i--) {
    const it = items[i]
    if (it.unit) {
      // "Spain's ecological transition minister criticised": a possessor and a role noun the unit did not take in.
      if (it.unit.possessive && i + 1 < at && i + 5 >= at && roleHeadBefore(items, i + 1, at)) return [it.unit]
      // "Biden's decision to extend tariffs": a possessor acts through its noun's infinitive.
      if (it.unit.possessive && at - i <= 4 && items.slice(i + 1, at).some((x) => x.word === 'to') && !isObjectPosition(items, i)) return [it.unit]
      // "talks with the US and sanctioned …": "the" does not end the prepositional phrase.
      // ("speaker of the U.S. House, visited": "of" may tie an office to its country, which acts through it.)
      const afterThe = items[i - 1]?.word === 'the' && items[i - 2]?.word !== 'of' && PREPOSITIONS.has(items[i - 2]?.word ?? '')
      if (isObjectPosition(items, i) || afterThe || it.unit.possessive || (it.unit.bare && i + 1 < at && !items[i + 1].unit && items[i + 1].word !== ',')) {
        gap++
        continue
      }
      const group = coordinated(items, i)
      // "Leaders from India, Brazil and South Africa met": the list is governed by a preposition.
      if (isObjectPosition(items, group[0])) {
        gap++
        continue
      }
      return group.map((k) => items[k].unit!).filter((u) => !u.possessive)
    }
    if (it.word === 'who' && items[i - 1]?.word === ',') continue
    if (PRONOUNS.has(it.word) && resolve) return resolve(it.word, i)
    if (resolve && isPairAnaphor(items, i) && !PREPOSITIONS.has(items[i - (items[i - 1].word === 'both' ? 2 : 3)]?.word ?? '')) {
      return resolve('the two', i - (items[i - 1].word === 'both' ? 1 : 2))
    }
    if (QUOTES.has(it.word)) {
      // A quotation inside the clause ("threatened measures "to defend …" and implored X"): skip it whole.
      const open = openingQuote(items, i)
      if (open < 0) return []
      i = open
      gap++
      continue
    }
    if (PARTICIPLE_LINKS.has(it.word) && items[i + 1]?.word.endsWith('ing')) return mainSubject(items, i)
    if (CLAUSE_BREAK.has(it.word) || it.word === '.' || it.word === '?') return []
    if (it.word === ',' && gap > 0 && items[i - 1] && !items[i - 1].unit) return []
    if (it.word !== ',' && ++gap > MAX_SUBJECT_GAP) {
      // A long coordinated predicate ("Xi urged … and made a veiled reference to …") still belongs
      // to the unit that opens the sentence.
      const main = mainSubject(items, i)
      return main.length && items.findIndex((x) => x.unit === main[0]) <= 2 ? main : []
    }
  }
  return []
}

// The heads of a role phrase: "the EU's new climate chief", "Spain's ecological transition minister".
const ROLE_HEADS = new Set(['minister', 'ministers', 'ministry', 'chief', 'official', 'officials', 'envoy', 'negotiator', 'negotiators', 'delegate', 'delegation', 'government', 'president', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'department', 'agency', 'commissioner', 'secretary', 'regulator', 'ambassador'])

/** Whether items from..to-1 are lower-case modifiers ending in a role head, then adverbs or auxiliaries only. */
function roleHeadBefore(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = items[k]
    if (x.unit || !/^[a-z][a-z-]*$/.test(x.word) || x.text[0] !== x.word[0]) return false
    if (ROLE_HEADS.has(x.word)) return k - from <= 3
  }
  return false
}

/** Index of the quote mark that opens the quotation closed at `close`, or -1 when `close` opens one. */
function openingQuote(items: readonly Item[], close: number): number {
  let open = -1
  for (let i = 0; i < close; i++) {
    if (!QUOTES.has(items[i].word)) continue
    const w = items[i].word
    if (open < 0 && w !== '”' && w !== '»') open = i
    else if (open >= 0 && w !== '“' && w !== '«') open = -1
  }
  const w = items[close].word
  return open >= 0 && w !== '“' && w !== '«' ? open : -1
}

/**
 * Finds the object units after a trigger that ends at item `after` (exclusive): the first unit
 * within `gap` words whose actor is not in `exclude` ("concerns about Japanese investment in
 * Australian gas" skips the subject's own country), with the units coordinated with it.
 * "him", "her" and "them" resolve through `resolve`.
 */
export function findObjects(items: readonly Item[], after: number, gap: number, exclude: ReadonlySet<string> = new Set(), resolve?: PronounResolver): Unit[] {
  let skipped = 0
  for (let i = after; i < items.length; i++) {
    const it = items[i]
    if (it.unit) {
      // "met reporters in Tokyo": a unit after in/at further on is a place, not a party.
      const place = skipped > 0 && !it.unit.bare && (items[i - 1].word === 'in' || items[i - 1].word === 'at')
      if (place || (it.unit.actor && exclude.has(it.unit.actor))) {
        if (++skipped > gap) return []
        continue
      }
      return coordinated(items, i).filter((k) => k >= i).map((k) => items[k].unit!)
    }
    const pronoun = OBJECT_PRONOUNS.get(it.word)
    if (pronoun && resolve && skipped === 0) return resolve(pronoun, i)
    if (CLAUSE_BREAK.has(it.word) && it.word !== 'that') return []
    // "sanctioned Nancy Pelosi, the US House speaker": a name the gazetteer does not know, told by its appositive.
    const app = skipped === 0 ? appositiveOfName(items, i) : undefined
    if (app && !(app.actor && exclude.has(app.actor))) return [app]
    if (it.word === '.' || it.word === ',' || (it.word === 'to' && skipped > 0)) return []
    if (++skipped > gap) {
      // "with a group of rich nations led by the G7", "with partners including Japan": the members name the party.
      const members = membersAhead(items, i)
      if (members < 0) return []
      i = members - 1
      skipped = 0
    }
  }
  return []
}

/** The actor unit of an appositive after a run of capitalised names at `from`: "Nancy Pelosi, the US House speaker,". */
function appositiveOfName(items: readonly Item[], from: number): Unit | undefined {
  let j = from
  while (j < items.length && j - from < 4 && !items[j].unit && /^\p{Lu}\p{Ll}/u.test(items[j].text)) j++
  if (j === from || items[j]?.word !== ',') return undefined
  const app = items[j + 1]?.word === 'the' ? items[j + 2] : items[j + 1]
  const u = app?.unit
  // The appositive must be a role phrase ("the US House speaker"), not a list ("Pelosi, Canada and …").
  return u?.actor && !u.bare && !u.possessive && u.mentions.length === 1 && u.mentions[0].adjectival === true && app.text.includes(' ') ? u : undefined
}

const MEMBER_MARKERS = new Set(['including', 'includes', 'include'])

/**
 * The item after "led by" / "including" / "such as" within the noun phrase starting at `from`
 * ("a group of wealthy nations led by the G7"), or -1.
 */
function membersAhead(items: readonly Item[], from: number): number {
  for (let k = from; k < Math.min(items.length, from + 7); k++) {
    const w = items[k].word
    if (items[k].unit || w === ',' || w === '.' || CLAUSE_BREAK.has(w)) return -1
    if ((w === 'by' && items[k - 1]?.word === 'led') || (w === 'as' && items[k - 1]?.word === 'such') || MEMBER_MARKERS.has(w)) return k + 1
  }
  return -1
}

/**
 * The joint subjects after a leading phrase ("Following talks in Tokyo, Japan and the United States
 * agreed …"): the first coordinated group of two or more units from item `from`, before any clause break.
 */
export function jointSubjectsAfter(items: readonly Item[], from: number): Unit[] {
  for (let i = from; i < items.length; i++) {
    if (CLAUSE_BREAK.has(items[i].word)) return []
    if (!items[i].unit || isObjectPosition(items, i)) continue
    const group = coordinated(items, i)
    return group.length >= 2 && !isHyphenPair(items, group) ? group.map((k) => items[k].unit!) : []
  }
  return []
}

/** "U.S.-China relations": a hyphenated pair names a relation; it is joint only right before its trigger. */
function isHyphenPair(items: readonly Item[], group: readonly number[]): boolean {
  return group.length === 2 && items[group[0] + 1]?.word === '-'
}

/** The nearest coordinated group before item `at` in the same clause ("A and B pledged … during talks"). */
export function jointSubjectsBefore(items: readonly Item[], at: number): Unit[] {
  for (let i = at - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.has(items[i].word)) return []
    if (!items[i].unit) continue
    const group = coordinated(items, i)
    // Talks qualified by another actor ("the U.N. climate talks") are that actor's, not the pair's.
    if (group.length < 2 || isObjectPosition(items, group[0])) return []
    if (isHyphenPair(items, group) && group[1] !== at - 1) return []
    return group.map((k) => items[k].unit!)
  }
  return []
}

/** The sentence's first unit in subject position before item `at`, with its conjuncts. */
export function mainSubject(items: readonly Item[], at: number): Unit[] {
  for (let i = 0; i < at; i++) {
    const u = items[i].unit
    if (!u || u.possessive || u.bare || isObjectPosition(items, i)) continue
    return coordinated(items, i).map((k) => items[k].unit!)
  }
  return []
}
