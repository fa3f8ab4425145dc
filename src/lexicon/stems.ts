import { trieRegexSource } from '../actors/trie-regex.js'

/**
 * What a lemma can look like in raw text, as a prefix: the cheap test that decides which sentences
 * are worth tagging (src/nlp/tokens.ts). A stem may match more than its words ("ban" in "bank"):
 * that costs a tagged sentence, never a fact, since facts are read from lemmas.
 */

/** Past forms of the irregular verbs the lexicons use (stems of the regular forms come from the lemma). */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  meet: ['met'], hold: ['held'], sit: ['sat'], take: ['took', 'taken'], strike: ['struck'], speak: ['spoke'],
  seek: ['sought'], lead: ['led'], fly: ['flew', 'flown'], go: ['went', 'gone'], make: ['made'], come: ['came'],
  draw: ['drew', 'drawn'], keep: ['kept'], bring: ['brought'], give: ['gave', 'given'], begin: ['began', 'begun'],
  send: ['sent'], build: ['built'], say: ['said'], tell: ['told'], write: ['wrote', 'written'], fight: ['fought'],
  withdraw: ['withdrew', 'withdrawn'], freeze: ['froze', 'frozen'], break: ['broke', 'broken'], think: ['thought'],
  forge: ['forged'], set: ['set'], put: ['put'], hit: ['hit'], cut: ['cut'], bid: ['bid'], quit: ['quit'],
  shut: ['shut'], shake: ['shook', 'shaken'], lose: ['lost'], leave: ['left'], find: ['found'], stand: ['stood'], undertake: ['undertook'],
  slay: ['slew'], rise: ['rose'], fall: ['fell'], win: ['won'], see: ['saw', 'seen'], know: ['knew'], grow: ['grew'],
  choose: ['chose', 'chosen'], drive: ['drove', 'driven'], swear: ['swore', 'sworn'], arise: ['arose'], spend: ['spent'],
}

/** The prefix every regular form of a lemma starts with: "criticize" → "critici", "lobby" → "lobb". */
export function stemOf(lemma: string): string {
  const first = lemma.split(' ')[0]
  if (/(?:ize|ise)$/.test(first)) return first.slice(0, -2)
  if (/[^aeiou]y$/.test(first)) return first.slice(0, -1)
  if (first.endsWith('e') && first.length > 3) return first.slice(0, -1)
  return first
}

/** Every prefix a set of lemmas can show in text: stems plus irregular forms. */
export function surfacePrefixes(lemmas: Iterable<string>): string[] {
  const out = new Set<string>()
  for (const l of lemmas) {
    out.add(stemOf(l))
    for (const f of IRREGULAR[l.split(' ')[0]] ?? []) out.add(f)
  }
  return [...out]
}

/** One case-insensitive pattern that finds any of the prefixes at a word start. */
export function prefixPattern(prefixes: Iterable<string>): RegExp {
  return new RegExp(`\\b(?:${trieRegexSource([...prefixes])})`, 'i')
}

/**
 * The regular forms of a verb lemma, as written: "urge" → urge, urges, urged, urging; "lobby" → lobbies,
 * lobbied, lobbying; "prod" → prods, prodded, prodding. A word ending in a vowel and a consonant gets both
 * the single and the doubled form ("appealed", "compelled"): the wrong one never occurs in text, so it costs nothing.
 */
export function verbForms(lemma: string): string[] {
  const forms = new Set([lemma])
  if (/[^aeiou]y$/.test(lemma)) {
    const st = lemma.slice(0, -1)
    return [...forms, `${st}ies`, `${st}ied`, `${lemma}ing`]
  }
  forms.add(/(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`)
  if (lemma.endsWith('e')) return [...forms, `${lemma}d`, `${lemma.slice(0, -1)}ing`]
  forms.add(`${lemma}ed`).add(`${lemma}ing`)
  if (/[aeiou][^aeiouwxy]$/.test(lemma)) forms.add(`${lemma}${lemma.at(-1)}ed`).add(`${lemma}${lemma.at(-1)}ing`)
  return [...forms]
}
