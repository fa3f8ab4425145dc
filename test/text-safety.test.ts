import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escapeForTerminal } from '../src/cli/terminal-text.js'
import { decodeText } from '../src/ingest/decode.js'
import { parseInput } from '../src/ingest/read.js'
import { analyseRaw } from '../src/pipeline.js'
import { createApp } from '../src/server/app.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'

// Issue 15, item 5: text that misleads the reader of the register.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const ISOLATED = 'Japan hosted the talks in Tokyo on Monday.\n\nIn\u2066dia\u2069 pledged to reach net zero emissions by 2070, its environment minister told the meeting.\n\nThe \u202Eofficial\u202C record was published later.'

function analyseFile(name: string, bytes: Uint8Array) {
  const [read] = parseInput(name, name, bytes)
  if (!read.ok) throw new Error(read.reason)
  const out = analyseRaw(read.article)
  if (!out.ok) throw new Error(out.reason)
  return out.analysis
}

describe('bidirectional controls', () => {
  it('leave a text file before analysis: "In⁦dia⁩" is India, not Japan', () => {
    const a = analyseFile('isolated.txt', Buffer.from(ISOLATED))
    expect(a.text).not.toMatch(BIDI)
    expect(a.text).toContain('India pledged')
    expect(a.pledges.map((p) => [p.actor, p.kind, p.year])).toEqual([['IND', 'net_zero', 2070]])
  })
  it('leave an HTML page, written as entities too, and its title', () => {
    const html = `<!doctype html><html><head><title>In&#x2066;dia&#x2069; sets 2070</title></head><body><article><h1>In&#x2066;dia&#x2069; sets 2070</h1>
      <p>Japan hosted the talks in Tokyo on Monday, with delegations from forty countries.</p>
      <p>In&#x2066;dia&#x2069; pledged to reach net zero emissions by 2070, its environment minister told the meeting on Tuesday.</p></article></body></html>`
    const a = analyseFile('isolated.html', Buffer.from(html))
    expect(a.text).not.toMatch(BIDI)
    expect(a.title).toBe('India sets 2070')
    expect(a.pledges.map((p) => p.actor)).toEqual(['IND'])
  })
  it('leave posted articles and their metadata before they are stored', async () => {
    const db: Db = await openDb({ data: ':memory:' })
    try {
      const app = createApp({ db, token: 't' })
      const res = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body: JSON.stringify({ text: ISOLATED, title: 'A \u202Etitle', outlet: 'Wire\u200F' }) })
      expect(res.status).toBe(201)
      const { article_id } = (await res.json()) as { article_id: number }
      const stored = (await (await app.request(`/api/articles/${article_id}`)).json()) as { text: string; title: string; outlet: string; pledges: Array<{ actor: string }> }
      expect([stored.text, stored.title, stored.outlet].join(' ')).not.toMatch(BIDI)
      expect(stored.pledges.map((p) => p.actor)).toEqual(['IND'])
    } finally {
      await db.close()
    }
  })
})

describe('a file partly UTF-8 and partly Windows-1252', () => {
  // The first paragraph in UTF-8, the second pasted from a Windows-1252 source.
  const bytes = Buffer.concat([
    Buffer.from('France pledged on Monday to reach net zero emissions by 2050, said Élisabeth Moreau, the minister in Besançon.\n\n', 'utf8'),
    Buffer.from('Spain\x92s minister, Jos\xe9 Pe\xf1a, said Madrid would cut emissions 23 percent by 2030 \x96 a goal set in 2019.\n', 'latin1'),
  ])
  it('is decoded line by line: UTF-8 where valid, Windows-1252 elsewhere', () => {
    expect(decodeText(bytes)).toBe('France pledged on Monday to reach net zero emissions by 2050, said Élisabeth Moreau, the minister in Besançon.\n\nSpain’s minister, José Peña, said Madrid would cut emissions 23 percent by 2030 – a goal set in 2019.\n')
  })
  it('so each pledge keeps its country', () => {
    const a = analyseFile('mixed.txt', bytes)
    expect(a.text).toContain('Élisabeth Moreau')
    expect(a.pledges.map((p) => `${p.actor} ${p.kind} ${p.year}`).sort()).toEqual(['ESP reduction 2030', 'FRA net_zero 2050'])
  })
})

describe('names printed for a person', () => {
  it('show control, bidi and line-separator characters as escapes', () => {
    expect(escapeForTerminal('a\u001b]0;x\u0007\nb\u202Ec\u2028d\u009b\te')).toBe('a\\x1b]0;x\\x07\\nb\\u202ec\\u2028d\\x9b\\te')
    expect(escapeForTerminal('Überblick – São Paulo.txt')).toBe('Überblick – São Paulo.txt')
  })
})
