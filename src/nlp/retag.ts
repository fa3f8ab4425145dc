import { INTERACTION_INDEX, KNOWN_VERBS } from '../lexicon/index.js'
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../lexicon/speech.js'
import { ROLE_NOUNS } from '../lexicon/roles.js'
import { namesInAttribution, surnameWords } from './retag-names.js'
import { QUOTING_VERBS, SIGN_NOUNS } from '../lexicon/quotes.js'
import { AIMING_PARTICIPLES, MODALS } from '../lexicon/modality.js'
import type { Pos } from '../model/doc.js'
import { type Tagged, BE_FORMS, afterPerfect, endsInSingleS, isPossessive, knownVerbOf, modifiersFromDeterminer, namesListEndsAt, opensRun, regularLemma } from './retag-words.js'

export type { Tagged }

const GERUND_LEADS = new Set(['after', 'before', 'by', 'while', 'when', 'since', 'without', 'for', 'of', 'from', 'despite', 'following', 'on', 'upon'])
const OBJECT_STARTS: ReadonlySet<Pos> = new Set(['DET', 'PROPN', 'PRON', 'NUM', 'ADJ'])
const PARTICLES = new Set(['forward', 'out', 'back', 'up'])
/** Verbs of growth whose participle describes the noun after it: "under growing pressure", "amid mounting criticism". */
const ATTRIBUTIVE_PARTICIPLES = new Set(['grow', 'mount', 'increase', 'rise', 'intensify', 'escalate', 'deepen', 'widen', 'renew', 'continue', 'strengthen', 'sustain'])
/** "Kiprotich travels to Berlin", "Lula meets with": a name, a known verb in -s, then its preposition. */
const MOTION_PREPS = new Set(['to', 'with'])

/**
 * Mends tagger errors of news English that hide a verb or a name:
 * 1. a headline verb in the present ("China slams US tariffs", "Vanuatu whacks Australia") tagged as a
 *    plural noun between a name and the phrase it governs;
 * 2. a gerund after a preposition ("after striking a deal", "for opposing its case") tagged as an adjective or noun;
 * 3. "including", which lists examples, tagged as a verb;
 * 4. a plural noun tagged as a verb in -s ("objected to changes", "resisted calls from", "Senegal's calls for");
 * 5. a participle of growth before its noun ("under growing pressure"), or any participle between a possessive
 *    and its noun ("Ghana's negotiating team", "its ruling party"), tagged as a verb; a participle between a
 *    possessive and "of" ("Kenya's signing of the deal") is a noun;
 * 6. "that" before a noun that ends the sentence ("to meet that date.") tagged as a conjunction;
 * 7. a trigger noun opening a sentence before a preposition ("Demands from Kiribati …", "Calls on Japan …") tagged as a name or a verb;
 * 8. a participle after "has" and an adverb ("has long accused") tagged as a noun or adjective;
 * 9. a name in the attribution after a quote tagged as a common word ("…,” said Tom Burke", "…,” Hope said"),
 *    and a verb before the noun of its title ("…,” said lead author Jo Ray") that modifies the noun;
 * 10. a bare infinitive after "help", "let" or "make" and a name, tagged as a noun ("helped Vietnam phase out coal");
 * 11. a past tense after a name, read as an adjective before its phrase ("Fiji rounded on Australia");
 * 12. "both" alone before a verb, tagged as a determiner ("Both condemned the plan"): a pronoun;
 * 13. "old" ending "62-year-old", tagged as an adjective: a noun for the person ("the 62-year-old said");
 * 14. a trigger noun ending its phrase before a preposition or a mark, tagged as an adjective ("a rare bilateral on …");
 * 15. a base-form verb after a headline's comma list of names, tagged as a noun ("Japan, Philippines sign defence pact");
 * 16. a gerund opening a sentence before its preposition, tagged as a name ("Standing beside Lula, Macron …");
 * 17. a role noun ending its phrase after another noun, tagged as an adjective ("the EU's climate chief said");
 * 18. in a sentence with no verb, a known or aiming verb's base form after a plural noun or a name, tagged as a noun ("African nations demand compensation", "new sanctions target Russia's fleet"),
 *     or its past tense after a noun, tagged as an adjective ("Japan's decision disappointed Fiji");
 * 19. a known verb's base form after a modal or "to", tagged as a noun or adjective ("will co-fund the project");
 * 20. a word between a determiner and the rest of its noun phrase, tagged as an adverb ("a large solar plant");
 * 21. a noun between a determiner's modifiers and its head, tagged as a verb ("an offshore wind deal");
 * 22. a speech participle after a document's noun, tagged as a noun ("a statement warning that …");
 * 23. a known verb's participle after a form of "be", tagged as an adjective or noun ("was pressured by", "has been meeting");
 * 24. "following" before a noun phrase, tagged as a verb ("Following talks with Kenya, …"): a preposition;
 * 25. "help" after a verb of asking, tagged as a verb ("sought help from China"), and help after "with" and its owner ("with Germany's backing"): a noun;
 * 26. a surname that is an ordinary word after a known first name, tagged as a common word ("Thomas Bird lost …"): a name.
 * Rules 1-8, 11 and 23 change only words whose verb the lexicons know, and the lemma becomes that verb.
 */
export function retag(tokens: Tagged[]): void {
  namesInAttribution(tokens)
  surnameWords(tokens)
  bareInfinitives(tokens)
  verblessPresent(tokens)
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]
    // 12. "Both condemned the plan": a determiner before a verb stands alone, as a pronoun.
    // ("have both pressed": after an auxiliary it floats in the verb group.)
    if (t.lower === 'both' && t.pos === 'DET' && opensRun(tokens, i) && (tokens[i + 1].pos === 'VERB' || tokens[i + 1].pos === 'AUX')) [t.pos, t.lemma] = ['PRON', 'both']
    // 13. "the 62-year-old said": the age stands for the person, as a noun.
    if (t.lower === 'old' && i >= 3 && tokens[i - 1].text === '-' && tokens[i - 2].lower === 'year' && tokens[i - 3].text === '-') [t.pos, t.lemma] = ['NOUN', 'year-old']
    // 24. "Following talks with Kenya, Germany …", "announced aid following the summit": a preposition, not a verb
    // ("is following the talks closely" keeps its auxiliary).
    if (t.lower === 'following' && t.pos === 'VERB' && tokens[i - 1]?.pos !== 'AUX' && PHRASE_STARTS.has(tokens[i + 1].pos)) [t.pos, t.lemma] = ['ADP', 'following']
    // 25. "sought help from China": "help" after a verb of asking is what is asked for, a noun; so is the help
    // one does something "with" ("with German help", "with Germany's backing").
    if (t.pos === 'VERB' && ((t.lower === 'help' && ASKING_FOR.has(tokens[i - 1]?.lemma ?? '')) || (HELP_NOUNS.has(t.lower) && withOwner(tokens, i)))) [t.pos, t.lemma] = ['NOUN', t.lower]
    // 26. "to develop offshore wind on Monday": "wind" after "offshore" or "onshore" is the energy, a noun (rule 21 reads it before a noun).
    if (t.lower === 'wind' && t.pos === 'VERB' && i > 0 && SHORES.has(tokens[i - 1].lower)) {
      [t.pos, t.lemma] = ['NOUN', 'wind']
      tokens[i - 1].pos = 'ADJ'
    }
  }
  for (const t of tokens) {
    // "co-founded", "re-imposed": wink leaves hyphenated verbs unlemmatised.
    if (t.pos === 'VERB' && t.lemma === t.lower && t.lower.includes('-')) t.lemma = regularLemma(t.lower)
    // "Several countries, including China and Brazil, objected": "including" lists examples of the
    // phrase before it, as "such as" does; read as a gerund it would take the list from the clause.
    if (t.lower === 'including') [t.pos, t.lemma] = ['ADP', 'including']
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    // "Demands from Kiribati …", "Calls by Fiji …": a capitalised trigger noun opening a sentence, read as a name.
    const t = tokens[i]
    // ("Calls on Japan to act came from Fiji": a plural in -s read as a verb; a sentence opens with no verb in -s.)
    const opening = t.pos === 'PROPN' || (t.pos === 'VERB' && endsInSingleS(t.lower))
    if (!opening || tokens[i + 1].pos !== 'ADP' || !(i === 0 || tokens[i - 1].pos === 'PUNCT')) continue
    const noun = [t.lower, t.lower.replace(/s$/, '')].find((n) => INTERACTION_INDEX.nouns.has(n))
    if (noun) [t.pos, t.lemma] = ['NOUN', noun]
    // 16. "Standing beside Lula, Macron …": a gerund opening a sentence before its preposition, read as a name.
    else if (t.pos === 'PROPN' && t.lower.endsWith('ing')) {
      const verb = knownVerbOf(t.lower, 'ing')
      if (verb) [t.pos, t.lemma] = ['VERB', verb]
    }
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    if (t.pos === 'VERB' && (prev.lower === 'to' || prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'PART' && (prev.lower === "'s" || prev.lower === '’s')) || (prev.pos === 'VERB' && prev.lower !== prev.lemma) || (prev.pos === 'AUX' && prev.lemma === 'be')) && endsInSingleS(t.lower) && t.lower !== t.lemma) {
      // "objected to changes", "held separate calls with", "resisted calls from", "are partners in": a plural
      // noun after "to", a determiner, an adjective, an inflected verb (two finite verbs do not stand side by
      // side) or "be" (no verb form in -s follows it).
      t.pos = 'NOUN'
    } else if (((t.pos === 'NOUN' && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'ADJ')) || (t.pos === 'PROPN' && prev.pos === 'PROPN')) && endsInSingleS(t.lower) && (OBJECT_STARTS.has(next.pos) || PARTICLES.has(next.lower) || (MOTION_PREPS.has(next.lower) && prev.pos === 'PROPN') || (next.pos === 'NOUN' && prev.pos === 'PROPN') || (prev.pos === 'PROPN' && (next.pos === 'ADP' || next.pos === 'SCONJ') && SPEECH_VERBS.has(t.lower.slice(0, -1))))) {
      // (A title-case headline tags every word a name: "Kerry Presses China To …"; "China halts climate
      // talks": a name, a verb in -s, then a plural noun phrase; "Lula posts after the summit that …":
      // a name and a speech verb in -s before a preposition or conjunction.)
      const verb = [t.lower.slice(0, -1), t.lower.slice(0, -2)].find((v) => KNOWN_VERBS.has(v))
      if (verb) [t.pos, t.lemma] = ['VERB', verb]
    } else if (t.pos === 'VERB' && t.lower.endsWith('ing') && next.pos === 'NOUN' && ((ATTRIBUTIVE_PARTICIPLES.has(t.lemma) && (prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'ADJ')) || isPossessive(prev))) {
      t.pos = 'ADJ'
    } else if (t.pos === 'VERB' && t.lower.endsWith('ing') && next.lower === 'of' && isPossessive(prev)) {
      // "Kenya's signing of the deal", "its handling of the talks": a gerund owned and followed by "of" is a noun.
      [t.pos, t.lemma] = ['NOUN', t.lower]
    } else if ((t.pos === 'ADJ' || t.pos === 'NOUN') && t.lower.endsWith('ing') && (GERUND_LEADS.has(prev.lower) || documentSpeaks(prev, next))) {
      // ("a banner reading “…”": a verb that quotes, as "the statement read" does.)
      const verb = knownVerbOf(t.lower, 'ing') ?? (QUOTING_VERBS.has(t.lower.slice(0, -3)) ? t.lower.slice(0, -3) : undefined)
      if (verb) [t.pos, t.lemma] = ['VERB', verb]
    } else if (t.pos === 'ADJ' && prev.pos === 'PROPN' && t.lower.endsWith('ed') && (next.pos === 'ADP' || next.pos === 'DET' || SENTENCE_ENDS.has(next.lower))) {
      // "Fiji rounded on Australia": a name, then a past tense read as an adjective before its phrase
      // (or ending the sentence: "Ties between Kenya and Somalia soured.").
      const verb = knownVerbOf(t.lower, 'ed')
      if (verb) [t.pos, t.lemma] = ['VERB', verb]
    } else if (t.lower === 'long' && t.pos === 'ADJ' && afterPerfect(tokens, i) && (next.lower.endsWith('ed') || next.pos === 'VERB' || next.pos === 'AUX')) {
      // "has long accused", "had long been angry", "have long sought": "long" is an adverb of the verb group.
      t.pos = 'ADV'
    } else if ((t.pos === 'ADJ' || t.pos === 'NOUN') && t.lower.endsWith('ed') && afterPerfect(tokens, i)) {
      // "Pakistan has long accused India …": a participle after "has" (and an adverb) read as a noun.
      const verb = knownVerbOf(t.lower, 'ed')
      if (verb) [t.pos, t.lemma] = ['VERB', verb]
    } else if (t.pos === 'NOUN' && prev.pos === 'PROPN' && !endsInSingleS(t.lower) && KNOWN_VERBS.has(t.lower) && (OBJECT_STARTS.has(next.pos) || next.pos === 'NOUN' || (next.pos === 'ADP' && INTERACTION_INDEX.verbs.has(t.lower))) && namesListEndsAt(tokens, i - 1)) {
      // 15. "Japan, Philippines sign defence pact", "UAE, France partner on …": a base-form verb after a headline's comma list of names, read as a noun.
      [t.pos, t.lemma] = ['VERB', t.lower]
    } else if (t.pos === 'ADJ' && (prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'ADV' && tokens[i - 2]?.pos === 'DET')) && (next.pos === 'ADP' || next.pos === 'PUNCT') && INTERACTION_INDEX.nouns.has(t.lower)) {
      // 14. "held a rare bilateral on the sidelines": a trigger noun ending its phrase, read as an adjective
      // (its modifier, read as an adverb then, is an adjective: "a short bilateral").
      [t.pos, t.lemma] = ['NOUN', t.lower]
      if (prev.pos === 'ADV') prev.pos = 'ADJ'
    } else if (t.pos === 'ADJ' && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && ROLE_NOUNS.has(t.lower) && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PUNCT' || next.pos === 'ADP')) {
      // 17. "the EU's climate chief said", "Britain's trade chief criticised …": a role noun heading its phrase after
      // another noun, read as an adjective of what follows.
      [t.pos, t.lemma] = ['NOUN', t.lower]
    } else if (t.pos === 'VERB' && t.lemma === t.lower && !KNOWN_VERBS.has(t.lower) && next.pos === 'NOUN' && modifiersFromDeterminer(tokens, i) > 0) {
      // 21. "an offshore wind deal", "a joint offshore wind initiative": a word between a determiner's modifiers
      // and a noun, read as a verb's base form (wink knows no verb there), modifies the noun, as do the modifiers.
      t.pos = 'NOUN'
      for (let j = i - 1; tokens[j].pos === 'ADV'; j--) tokens[j].pos = 'ADJ'
    } else if (t.pos === 'ADV' && prev.pos === 'DET' && (next.pos === 'ADJ' || next.pos === 'NOUN')) {
      // 20. "a large solar plant", "a very big deal": a word between a determiner and its noun phrase is in the phrase.
      t.pos = 'ADJ'
    } else if ((t.pos === 'NOUN' || t.pos === 'ADJ') && ((prev.pos === 'AUX' && MODALS.has(prev.lower)) || (prev.lower === 'to' && prev.pos === 'PART')) && next.pos !== 'VERB' && KNOWN_VERBS.has(t.lower)) {
      // 19. "will co-fund the project", "to co-invest with India": a known verb's base form after a modal or "to", read as a noun or adjective.
      // (The lexicon is asked last: most nouns and adjectives follow no modal nor "to", and this runs on every one.)
      [t.pos, t.lemma] = ['VERB', t.lower]
    } else if ((t.pos === 'ADJ' || t.pos === 'NOUN') && BE_FORMS.has(prev.lower) && ((t.lower.endsWith('ed') && (next.lower === 'by' || PROGRESSIVE.has(prev.lower))) || (t.lower.endsWith('ing') && (PROGRESSIVE.has(prev.lower) || (prev.pos === 'AUX' && OBJECT_STARTS.has(next.pos)))))) {
      // 23. "was pressured by Peru", "had been pressured to", "has been meeting Bolivian officials", "was criticising
      // the plan": a known verb's participle after a form of "be", read as an adjective or noun (after "be" alone
      // only before its agent, or for a progressive before its object).
      const verb = knownVerbOf(t.lower, t.lower.endsWith('ed') ? 'ed' : 'ing')
      if (verb) [t.pos, t.lemma] = ['VERB', verb]
    } else if (t.lower === 'that' && t.pos === 'SCONJ' && prev.pos === 'VERB' && next.pos === 'NOUN' && SENTENCE_ENDS.has(tokens[i + 2]?.lower ?? '.')) {
      // "to meet that date.", "rejected that plan.": a noun that ends the sentence after "that" is its object, not a clause.
      t.pos = 'DET'
    }
  }
}

const SENTENCE_ENDS = new Set(['.', '!', '?', ';'])
/** After "been" and "being" a participle is a verb's, whatever follows ("had been pressured to"). */
const PROGRESSIVE = new Set(['been', 'being'])
/** Verbs whose object is what is asked for or given: "sought help", "requested help". */
const ASKING_FOR = new Set(['seek', 'request', 'receive', 'offer'])
/** Nouns of help the tagger reads as verbs after a name or a possessive. */
const HELP_NOUNS = new Set(['help', 'backing', 'support'])

/** "with German help", "with Germany's backing", "with help from Japan": token `i` follows "with" and its owner, or "with" before "from". */
function withOwner(tokens: readonly Tagged[], i: number): boolean {
  const before = tokens[i - 1]
  if (!before) return false
  // ("with help from Germany": no owner before, its giver after.)
  if (before.lower === 'with') return tokens[i + 1]?.lower === 'from'
  // ("with Germany's backing", "with their support": the owner's possessive; "with German help": its adjective or name.)
  if (isPossessive(before)) return tokens[before.pos === 'PART' ? i - 3 : i - 2]?.lower === 'with'
  return tokens[i - 2]?.lower === 'with' && (before.pos === 'PROPN' || before.pos === 'ADJ')
}
const SHORES = new Set(['offshore', 'onshore'])
/** Tags a noun phrase may open with. */
const PHRASE_STARTS: ReadonlySet<Pos> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/**
 * 22. "issued a statement warning that …", "a banner reading “…”": after a document's or a sign's noun and
 * before "that" or a quotation, an -ing word is what it says, not a compound noun ("statement warning").
 */
function documentSpeaks(prev: Tagged, next: Tagged): boolean {
  if (!(DOCUMENT_NOUNS.has(prev.lemma) || SIGN_NOUNS.has(prev.lower)) || !(next.lower === 'that' || next.text === '“' || next.text === '"')) return false
  // (The noun the tagger read as an adjective of the -ing word is a noun again.)
  if (prev.pos === 'ADJ') [prev.pos, prev.lemma] = ['NOUN', prev.lower]
  return true
}

/** Words an attribution after a sentence's last comma may hold before its speech verb ("the country's energy ministry said"). */
const ATTRIBUTION_RUN = 6

/**
 * Where a sentence's closing attribution starts (its last comma, when a speech verb follows within a few
 * words and no other finite verb does), or the sentence's end when it has none.
 */
function attributionStart(tokens: readonly Tagged[], from: number, to: number): number {
  let comma = to - 1
  while (comma > from && tokens[comma].text !== ',') comma--
  if (comma <= from) return to
  let said = false
  for (let k = comma + 1; k < to; k++) {
    if (!finiteAt(tokens, k)) continue
    if (said || k > comma + ATTRIBUTION_RUN || !SPEECH_VERBS.has(tokens[k].lemma)) return to
    said = true
  }
  return said ? comma : to
}

/** Whether token `k` may be a finite verb: a verb or auxiliary, not an infinitive after "to" nor a form in -ing. */
function finiteAt(tokens: readonly Tagged[], k: number): boolean {
  const t = tokens[k]
  return (t.pos === 'VERB' || t.pos === 'AUX') && tokens[k - 1]?.lower !== 'to' && !t.lower.endsWith('ing')
}

/**
 * 18. "African nations demand compensation from Britain", "Chinese firms face new curbs in India": the
 * tagger reads a present-tense verb after a plural subject as a noun of a compound ("Canada's decision
 * to delay the levy disappointed Denmark": a past tense as an adjective). A sentence has a finite verb,
 * so in one with none (an infinitive or a gerund is none) the first known verb right after its
 * subject's noun or name, and before what may be its object, is that verb.
 */
function verblessPresent(tokens: Tagged[]): void {
  let from = 0
  while (from < tokens.length) {
    let to = from + 1
    while (to < tokens.length && tokens[to].sentence === tokens[from].sentence) to++
    // A closing attribution (", officials said", ", the ministry said on Monday") is a clause of its
    // own: its verb is not the sentence's, so the search ends at its comma.
    const end = attributionStart(tokens, from, to)
    let verb = false
    for (let k = from; k < end && !verb; k++) verb = finiteAt(tokens, k)
    for (let i = from + 1; !verb && i < end - 1; i++) {
      const [t, prev, next] = [tokens[i], tokens[i - 1], tokens[i + 1]]
      const subjectEnd = (prev.pos === 'NOUN' && endsInSingleS(prev.lower) && prev.lower !== prev.lemma) || prev.pos === 'PROPN'
      const objectNext = OBJECT_STARTS.has(next.pos) || next.pos === 'NOUN' || next.pos === 'ADP'
      if (t.pos === 'NOUN' && t.lower === t.lemma && (KNOWN_VERBS.has(t.lower) || AIMING_PARTICIPLES.has(t.lower)) && subjectEnd && objectNext) {
        t.pos = 'VERB'
        verb = true
      } else if (t.pos === 'ADJ' && t.lower.endsWith('ed') && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && objectNext) {
        // ("Japan's decision disappointed Fiji": a past tense after its subject's noun, read as an adjective.)
        const lemma = knownVerbOf(t.lower, 'ed')
        if (lemma) [t.pos, t.lemma, verb] = ['VERB', lemma, true]
      }
    }
    from = to
  }
}

const CAUSATIVES = new Set(['help', 'let', 'make'])
/** What may follow a bare infinitive ("move away", "phase out", "shift to", "cut the"): not the end of a noun phrase. */
const AFTER_VERB: ReadonlySet<Pos> = new Set(['ADV', 'ADP', 'PART', 'DET', 'PRON', 'NUM'])

/**
 * 10. "helped Vietnam phase out coal", "help South Africa move away from coal": after a causative verb
 * and a name, a singular noun followed by an adverb, a preposition or a determiner is the infinitive
 * the name does (the tagger reads "Vietnam phase" as one noun phrase).
 */
function bareInfinitives(tokens: Tagged[]): void {
  for (let i = 0; i < tokens.length - 3; i++) {
    if (tokens[i].pos !== 'VERB' || !CAUSATIVES.has(tokens[i].lemma)) continue
    let k = i + 1
    while (k < tokens.length && k <= i + 4 && tokens[k].pos === 'PROPN') k++
    const t = tokens[k]
    const next = tokens[k + 1]
    if (k === i + 1 || !t || !next || t.pos !== 'NOUN' || t.lemma !== t.lower || !AFTER_VERB.has(next.pos)) continue
    ;[t.pos, t.lemma] = ['VERB', t.lower]
  }
}
