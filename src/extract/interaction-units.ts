import type { Mention, Sentence } from '../model/doc.js'
import { scanTokens } from './interaction-words.js'

/**
 * A word or punctuation mark of a sentence, or a whole actor mention. Offsets are into the doc text.
 * A word's token has the fields of its Item, so that groupUnits hands it on as the item itself.
 */
export interface Token {
  readonly text: string
  /** Lower-cased word (curly apostrophe made straight), or `@` for a mention. */
  readonly word: string
  readonly start: number
  readonly end: number
  readonly mention?: Mention
}

/**
 * An actor noun phrase: one or more mentions with the titles and names around them
 * ("China's Foreign Minister Wang Yi", "U.S. climate envoy John Kerry", "Chinese officials").
 */
export interface Unit {
  readonly actor: string | null
  readonly mentions: readonly Mention[]
  readonly start: number
  readonly end: number
  /** Ends in 's: "China's plan", where the unit qualifies the next noun. */
  readonly possessive: boolean
  /** Only an adjective or modifier with no title or name: "Chinese" in "Chinese solar panels". */
  readonly bare: boolean
  readonly person: boolean
  readonly plural: boolean
}

/** A sentence seen as a sequence of items: actor units and the words between them. */
export interface Item {
  readonly unit?: Unit
  /** Lower-cased word, or `@` for a unit. */
  readonly word: string
  readonly text: string
  readonly start: number
  readonly end: number
}

// Titles, roles and bodies that belong to an actor's noun phrase ("climate envoy", "commerce ministry").
const ROLE_WORDS = new Set(
  ('minister ministers ministry president premier prime vice envoy envoys climate special foreign trade commerce ' +
    'energy environment environmental resources finance economy official officials government governments administration ' +
    'delegation delegations delegates delegate negotiator negotiators chief spokesman spokeswoman spokesperson leader leaders ' +
    'counterpart counterparts secretary general commissioner head ambassador state department team representative representatives ' +
    'authorities lawmakers diplomats diplomat policymakers house speaker top senior lead deputy counsellor chancellor ' +
    'king crown prince sheikh emir sultan ruler cabinet parliament congress senator senators democrat republican ' +
    'presidency regulators regulator agency mission commission council office bureau side sides counterparts ' +
    'state-run national federal central then-president former incoming outgoing new acting host hosts chair').split(' '),
)
const PLURAL_HEADS = /(?:s|people|police)$/
// Words keep inner dots, hyphens and apostrophes ("U.S", "co-operation", "don't") but split off a
// possessive 's; every other mark is a token of its own (scanTokens, interaction-words.ts).
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u

/** Splits a sentence into tokens, keeping each actor mention as one token. */
export function tokenize(docText: string, sentence: Sentence, mentions: readonly Mention[]): Token[] {
  const out: Token[] = []
  let cursor = sentence.start
  const pushGap = (from: number, to: number): void => {
    scanTokens(docText, from, to, (start, end) => {
      let text = docText.slice(start, end)
      // "U.S." keeps its final dot; other words leave the full stop as its own token.
      // (INITIALS needs a dot: the cheap check skips the regex for most words.)
      if (text.includes('.') && INITIALS.test(text) && end < to && docText.charCodeAt(end) === 0x2e) text += '.'
      if (text === '.' && out.length && out[out.length - 1].end > start) return
      const lower = text.toLowerCase()
      out.push({ text, word: lower.includes('’') ? lower.replace('’', "'") : lower, start, end: start + text.length })
    })
  }
  for (const m of mentions) {
    if (m.start < cursor) continue
    pushGap(cursor, m.start)
    out.push({ text: m.text, word: '@', start: m.start, end: m.end, mention: m })
    cursor = m.end
  }
  pushGap(cursor, sentence.end)
  return out
}

const UPPER_INITIAL = /^\p{Lu}/u

function isName(t: Token): boolean {
  if (t.mention || t.word === 'the') return false
  // Most words are ASCII: a char-code test spares them the Unicode regex.
  const c = t.text.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : UPPER_INITIAL.test(t.text)
}

/**
 * Groups tokens into items, merging each actor mention with the titles, names and
 * possessive around it into one unit, and a following appositive ("Kerry, the U.S. envoy,").
 */
export function groupUnits(tokens: readonly Token[]): Item[] {
  const items: Item[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (!t.mention) {
      items.push(t)
      i++
      continue
    }
    let first = i
    // Titles and names before the mention: "Prime Minister Yoshihide Suga", "top Democrat".
    while (first > 0 && !tokens[first - 1].mention && (ROLE_WORDS.has(tokens[first - 1].word) || isName(tokens[first - 1])) && items.length) {
      const prev = items[items.length - 1]
      if (prev.unit || prev.start !== tokens[first - 1].start || isSentenceStart(items, tokens[first - 1])) break
      items.pop()
      first--
    }
    let last = extendRight(tokens, i)
    // Appositive: ", the US climate envoy," or ", Xie Zhenhua," right after the phrase.
    if (tokens[last + 1]?.word === ',') {
      const appEnd = extendRight(tokens, last + 2, true)
      if (appEnd > last + 1 && tokens[appEnd + 1]?.word === ',' && isAppositive(tokens.slice(first, last + 1), tokens.slice(last + 2, appEnd + 1))) {
        last = appEnd + 1
      }
    }
    const span = tokens.slice(first, last + 1)
    items.push({ unit: makeUnit(span), word: '@', text: span.map((x) => x.text).join(' '), start: tokens[first].start, end: tokens[last].end })
    i = last + 1
  }
  return items
}

/** An appositive describes its head: it has a title or name, and names no other actor ("Canada, Mexico," is a list). */
function isAppositive(head: readonly Token[], app: readonly Token[]): boolean {
  if (!app.some((t) => !t.mention && t.word !== "'s" && t.word !== 'the')) return false
  const headActor = head.find((t) => t.mention?.actor)?.mention?.actor
  return !headActor || app.every((t) => !t.mention?.actor || t.mention.actor === headActor)
}

function isSentenceStart(items: readonly Item[], t: Token): boolean {
  return items.length > 0 && items[0].start === t.start && !ROLE_WORDS.has(t.word)
}

/** Index of the last token of the noun phrase that starts (or continues) at `from`. */
function extendRight(tokens: readonly Token[], from: number, appositive = false): number {
  let j = from
  if (appositive && tokens[j]?.word === 'the') j++
  let last = from - 1
  for (; j < tokens.length; j++) {
    const t = tokens[j]
    if (t.mention) {
      last = j
      continue
    }
    if (t.word === "'s" && last >= from - 1 && j > from - 1) {
      last = j
      continue
    }
    if (ROLE_WORDS.has(t.word) || (isName(t) && j > 0 && (tokens[j - 1].mention || ROLE_WORDS.has(tokens[j - 1].word) || isName(tokens[j - 1])))) {
      last = j
      continue
    }
    break
  }
  if (!appositive) return Math.max(last, from)
  return last
}

function makeUnit(span: readonly Token[]): Unit {
  const mentions = span.filter((t) => t.mention).map((t) => t.mention!)
  const person = mentions.find((m) => m.kind === 'person' && m.actor)
  const actor = person?.actor ?? mentions.find((m) => m.actor)?.actor ?? null
  const words = span.filter((t) => !t.mention && t.word !== "'s" && t.word !== ',')
  const lastTok = span[span.length - 1]
  const bare = words.length === 0 && mentions.every((m) => m.kind !== 'person' && m.adjectival === true)
  return {
    actor,
    mentions,
    start: span[0].start,
    end: lastTok.end,
    possessive: lastTok.word === "'s",
    bare,
    person: mentions.some((m) => m.kind === 'person'),
    // A role phrase standing for an actor ("Ministers", see role-antecedents.ts) is plural by its noun.
    plural: (!lastTok.mention || lastTok.mention.kind === 'description') && PLURAL_HEADS.test(lastTok.word) && lastTok.word !== "'s",
  }
}
