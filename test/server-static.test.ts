import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/server/app.js'
import { DASHBOARD_CSP } from '../src/server/static.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'

let db: Db
let root: string

beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  root = mkdtempSync(join(tmpdir(), 'pw-web-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Pledgewatch</title><div id="app"></div>')
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)')
  writeFileSync(join(root, '..', 'pw-secret.txt'), 'not for the web')
})
afterAll(async () => db?.close())

describe('the dashboard beside the API', () => {
  it('serves the page with a policy that forbids inline and foreign scripts', async () => {
    const res = await createApp({ db, web: root }).request('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(res.headers.get('content-security-policy')).toBe(DASHBOARD_CSP)
    expect(DASHBOARD_CSP).toContain("script-src 'self'")
    expect(await res.text()).toContain('<div id="app">')
  })

  it('serves hashed assets as immutable, with their type', async () => {
    const res = await createApp({ db, web: root }).request('/assets/index-abc123.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('cache-control')).toContain('immutable')
  })

  it('keeps the API and its JSON errors in front of the files', async () => {
    const app = createApp({ db, web: root })
    expect((await app.request('/api/targets')).headers.get('content-type')).toMatch(/json/)
    const res = await app.request('/api/nothing-here')
    expect(res.status).toBe(404)
    expect(((await res.json()) as any).error.code).toBe('E_NOT_FOUND')
  })

  it('never serves a file outside its folder', async () => {
    const app = createApp({ db, web: root })
    for (const path of ['/../pw-secret.txt', '/%2e%2e/pw-secret.txt', '/assets/..%2f..%2fpw-secret.txt']) {
      const res = await app.request(path)
      expect(await res.text(), path).not.toContain('not for the web')
    }
  })

  it('says how to build the dashboard when there is none, and can be switched off', async () => {
    const res = await createApp({ db, web: join(root, 'missing') }).request('/')
    expect(res.status).toBe(503)
    expect(await res.text()).toContain('npm run build:web')
    expect((await createApp({ db, web: false }).request('/')).status).toBe(404)
  })
})
