import type { QuoteSpan } from '../model/doc.js'
import { inSentence } from './speaker-clauses.js'
import { continueBackwards, fromContext, longEnough } from './speaker-context.js'
import { Lookup, NONE, type QuoteFrame, type SpeakerInput, type SpeakerSite } from './speaker-frame.js'

export { quoteAt, type SpeakerInput, type SpeakerSite } from './speaker-frame.js'

/**
 * The one speaker resolver: for every quote (Doc.quotes), the phrase that names who speaks it.
 * The discourse memory reads it for "we" and "I" inside a quote; the quote extractor
 * (src/extract/quotes) turns the phrase into a name.
 *
 * In its own sentences, in this order:
 * 1. `after`: a speech clause right after the closing mark ("…,” Kerry said", "…,” said the ministry", "…,” according to Kerry");
 * 2. `before`: the last speech clause before the opening mark ("Kerry told reporters: “…", "Kerry said the plan was “…”");
 * 3. `after-late`: a speech clause later in the sentence ("“…” on climate, Vice-Premier Han urged");
 * 4. `name-after`: a name alone after the quote ("“…,” Jane Doe, the council's chair.");
 * 5. `name-colon`: a name before a colon ("Kerry: ‘…’");
 * 6. `as`: whoever judged something so, before "as" ("the alliance condemned the draft as “…”");
 *    `embedded`: a person as the subject of the clause holding a quoted phrase ("Aliyev attacked “the regime of …”");
 *    `for-colon`: the person a sentence opens for, before a colon ("For Jane Doe, the problem is simple: “…”").
 * From the context, for a quote with no words of the reporter around it, or none naming anyone:
 * 7. `same-sentence`: the speaker of the quote before it in the same sentence ("“…,” said Kerry, “…”");
 *    `message-from`, `so-said`, `those-words`, `how-told`: words after the quote that point back to it ("“…,” was the
 *    message from Kerry", "“…” So said Kerry.", "“…” With those words, Kerry left.", "“…” That was how Kerry put it.": speaker-backref.ts);
 * 8. `continued`: the speech before it goes on (the sentence or paragraph before ended with it);
 *    `previous-speech`: words quoted in a sentence that names no one and reports no speech, after a
 *    sentence whose person subject spoke ("Jane Doe warned …. Two countries should not “…”");
 * 9. `answer`: in an interview, a paragraph of quoted words after a question is the interviewee's (speaker-interview.ts);
 *    `previous-sentence`: the person who is the subject of the sentence before;
 * 10. `continued-before`: a paragraph's unclosed quote takes the speaker of the quote opening the next paragraph.
 * Each quote costs a few binary searches and a walk over its own sentences' tokens, so time stays linear.
 */
export function findSpeakerSites(input: SpeakerInput): SpeakerSite[] {
  // The memory stage and the quote extractor both ask, about the same quotes and tokens; memory
  // changes no phrase's kind, so the first answer holds for the finished Doc.
  const known = SITES.get(input.quotes)
  if (known && known.tokens === input.tokens) return known.sites
  const sites = resolveSites(input)
  SITES.set(input.quotes, { tokens: input.tokens, sites })
  return sites
}

const SITES = new WeakMap<readonly QuoteSpan[], { readonly tokens: SpeakerInput['tokens']; readonly sites: SpeakerSite[] }>()

function resolveSites(input: SpeakerInput): SpeakerSite[] {
  const L = new Lookup(input)
  const sites: SpeakerSite[] = []
  const frames: QuoteFrame[] = []
  /** The last quote of four words or more with a speaker (shorter ones are fragments): the speech a standalone quote may continue. */
  let spoken = -1
  for (let i = 0; i < input.quotes.length; i++) {
    const f = L.frame(i)
    frames.push(f)
    const site = inSentence(L, f) ?? fromContext(L, f, sites, frames, spoken) ?? NONE
    sites.push(site)
    if (site.chunk >= 0 && longEnough(input, f.quote)) spoken = i
  }
  continueBackwards(L, frames, sites)
  return sites
}

/**
 * Per quote, the chunk index of the phrase naming its speaker, or -1 (the discourse memory's view
 * of findSpeakerSites).
 */
export function quoteSpeakerChunks(input: SpeakerInput): Int32Array {
  const sites = findSpeakerSites(input)
  const out = new Int32Array(sites.length)
  // An interview's answer is given its speaker by the layout alone (speaker-interview.ts); the memory
  // does not read "we" in it as the interviewee's side, which would hand the interaction frames
  // sentences like "we will meet the target together with …" as a party's acts.
  sites.forEach((s, i) => (out[i] = s.rule === 'answer' ? -1 : s.chunk))
  return out
}
