import type { Doc, Mention, MentionKind } from '../model/doc.js'
import { analyseArticle } from '../nlp/analyse.js'
import { escapeRegExp } from '../actors/trie-regex.js'

/** A mention for a hand-built test Doc: every whole-word occurrence of `text` becomes a mention. */
export interface MentionSpec {
  readonly text: string
  readonly actor: string | null
  readonly kind?: MentionKind
  readonly adjectival?: boolean
}

/**
 * Builds a Doc by hand for extractor tests, with actor mentions given explicitly so that tests
 * do not depend on the gazetteer (src/actors). Sentences come from the real splitter.
 * @example makeDoc('Japan aims for net zero by 2050.', [{ text: 'Japan', actor: 'JPN' }], { date: '2021-04-22' })
 */
export function makeDoc(text: string, mentions: readonly MentionSpec[] = [], opts: { date?: string | null; title?: string | null } = {}): Doc {
  const found: Mention[] = []
  for (const spec of mentions) {
    const re = new RegExp(`(?<![\\w])${escapeRegExp(spec.text)}(?![\\w])`, 'g')
    for (const m of text.matchAll(re)) {
      const start = m.index!
      if (found.some((f) => start < f.end && f.start < start + spec.text.length)) continue
      const extra = spec.kind === 'person' ? { person: spec.text } : spec.adjectival ? { adjectival: true } : {}
      found.push({ start, end: start + spec.text.length, text: spec.text, kind: spec.kind ?? 'country', actor: spec.actor, ...extra })
    }
  }
  found.sort((a, b) => a.start - b.start)
  const article = { doc: 'test.txt', title: opts.title ?? null, date: opts.date === undefined ? '2021-04-22' : opts.date, url: null, outlet: null, text }
  return analyseArticle(article, { mentions: found })
}
