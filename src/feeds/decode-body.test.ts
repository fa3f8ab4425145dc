import { expect, test } from 'vitest'
import { decodeBody } from './decode-body.js'

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'))

test('the Content-Type charset decides', () => {
  expect(decodeBody(latin1('Caf\xe9'), 'text/html; charset=ISO-8859-1')).toBe('Café')
})

test('without a header charset, the XML declaration or a meta tag decides', () => {
  const xml = latin1('<?xml version="1.0" encoding="windows-1252"?><rss><title>\x93Na\xefve\x94</title></rss>')
  expect(decodeBody(xml, 'application/rss+xml')).toContain('\u201cNaïve\u201d')
  const koi8 = new Uint8Array([...Buffer.from('<meta charset="koi8-r"><p>'), 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4])
  expect(decodeBody(koi8, null)).toBe('<meta charset="koi8-r"><p>Привет')
})

test('a byte-order mark beats a wrong header; plain bytes fall back to UTF-8, then windows-1252', () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Café', 'utf8')])
  expect(decodeBody(bom, 'text/xml; charset=iso-8859-1')).toBe('Café')
  expect(decodeBody(new Uint8Array(Buffer.from('Café', 'utf8')), null)).toBe('Café')
  expect(decodeBody(latin1('Caf\xe9'), null)).toBe('Café')
})

test('binary bodies are refused', () => {
  expect(() => decodeBody(new Uint8Array([0x25, 0x50, 0, 1, 2, 3]), null)).toThrow(expect.objectContaining({ code: 'E_BINARY' }))
})
