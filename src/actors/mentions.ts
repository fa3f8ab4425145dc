import { createRequire } from 'node:module'
import type { Mention, Sentence } from '../model/doc.js'

// PLACEHOLDER gazetteer (lead): country names and demonyms straight from world-countries.
// The actors helper replaces this file's internals; keep the exported signature.
const require = createRequire(import.meta.url)
const countries = require('world-countries/countries.json') as Array<{
  cca3: string
  name: { common: string; official: string }
  demonyms?: { eng?: { m: string } }
  unMember: boolean
}>

const names = new Map<string, string>()
for (const c of countries) {
  names.set(c.name.common, c.cca3)
  if (c.demonyms?.eng?.m) names.set(c.demonyms.eng.m, c.cca3)
}
const pattern = new RegExp(`\\b(${[...names.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g')

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Finds actor mentions in cleaned text, sorted by offset. */
export function findMentions(text: string, _sentences: readonly Sentence[] = []): Mention[] {
  const out: Mention[] = []
  for (const m of text.matchAll(pattern)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'country', actor: names.get(m[0]) ?? null })
  }
  return out
}
