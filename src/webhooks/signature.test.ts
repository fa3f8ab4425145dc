import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signBody, verifySignature } from './signature.js'

describe('webhook signatures', () => {
  const body = JSON.stringify({ event: 'change', title: 'JPN reduction 2030: 26 → 46 (2021-04-22)' })
  it('is HMAC-SHA256 of the UTF-8 body, hex, with its algorithm named', () => {
    expect(signBody('s3cret', body)).toBe(`sha256=${createHmac('sha256', 's3cret').update(Buffer.from(body, 'utf8')).digest('hex')}`)
    expect(signBody('s3cret', body)).toMatch(/^sha256=[0-9a-f]{64}$/)
  })
  it('verifies the right signature and nothing else', () => {
    const sig = signBody('s3cret', body)
    expect(verifySignature('s3cret', body, sig)).toBe(true)
    expect(verifySignature('s3cret', Buffer.from(body), sig)).toBe(true)
    expect(verifySignature('other', body, sig)).toBe(false)
    expect(verifySignature('s3cret', body.replace('46', '45'), sig)).toBe(false)
    expect(verifySignature('s3cret', body, sig.slice(0, -1))).toBe(false)
    expect(verifySignature('s3cret', body, undefined)).toBe(false)
  })
})
