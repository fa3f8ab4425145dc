import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Analysis } from '../src/model/facts.js'
import { createApp, ROUTES } from '../src/server/app.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'
import { queryTargets } from '../src/store/queries/targets.js'
import { storeAnalysis } from '../src/store/write-article.js'
import { ev } from './helpers/phrase-evidence.js'


// Three invented articles: two disagree on Japan's 2030 cut within a week (a
// conflict and a change), the third adds a Brazilian target and an interaction.
const T1 = 'Japan lifts its 2030 goal\n\nJapan will cut emissions by 50% by 2030 from 2013 levels, the environment ministry said on Friday. Prime Minister Aiko Tanaka met Chancellor Hans Weber of Germany in Tokyo on Thursday. "We will not slow down," Tanaka told reporters.'
const T2 = 'Tokyo keeps a cautious line on carbon\n\nOfficials in Tokyo said the country still aims to cut emissions by 46% by 2030 against 2013, a figure critics call too timid for a large economy.'
const T3 = 'Brasilia sets a date for carbon neutrality\n\nBrazil will reach net zero emissions by 2050, its climate envoy announced. Brazil urged Japan to phase out coal faster during talks in Geneva on the transition away from fossil fuels.'

const ARTICLES: Analysis[] = [
  {
    doc: 'ledger-1', title: 'Japan lifts its 2030 goal', date: '2024-03-01', url: 'https://news.example/ledger-1', outlet: 'Daily Ledger', text: T1,
    pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 50, base_year: 2013, status: 'pledged', evidence: ev(T1, 'Japan will cut emissions by 50% by 2030 from 2013 levels') }],
    interactions: [{ actor: 'JPN', type: 'meet', target: 'DEU', date: '2024-02-29', place: 'Tokyo', evidence: ev(T1, 'Prime Minister Aiko Tanaka met Chancellor Hans Weber of Germany in Tokyo') }],
    quotes: [{ speaker: 'Aiko Tanaka', actor: 'JPN', text: 'We will not slow down', evidence: ev(T1, '"We will not slow down," Tanaka told reporters.') }],
  },
  {
    doc: 'harbour-7', title: 'Tokyo keeps a cautious line on carbon', date: '2024-03-04', url: 'https://harbour.example/7', outlet: 'Harbour Times', text: T2,
    pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 46, base_year: 2013, evidence: ev(T2, 'aims to cut emissions by 46% by 2030 against 2013') }],
    interactions: [], quotes: [],
  },
  {
    doc: 'south-3', title: 'Brasilia sets a date for carbon neutrality', date: '2024-05-12', url: null, outlet: 'Southern Post', text: T3,
    pledges: [{ actor: 'BRA', kind: 'net_zero', year: 2050, evidence: ev(T3, 'Brazil will reach net zero emissions by 2050') }],
    interactions: [{ actor: 'BRA', type: 'urge', target: 'JPN', date: null, place: 'Geneva', evidence: ev(T3, 'Brazil urged Japan to phase out coal faster') }],
    quotes: [],
  },
]

let db: Db
let app: ReturnType<typeof createApp>
const ids: number[] = []

beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  for (const a of ARTICLES) ids.push((await storeAnalysis(db, a, '2024-06-01')).articleId)
  app = createApp({ db })
})
afterAll(async () => db?.close())

async function get(path: string) {
  const res = await app.request(path)
  return { status: res.status, body: (await res.json()) as any, res }
}

async function expectError(path: string, status: number, code: string, message?: RegExp) {
  const { status: s, body } = await get(path)
  expect(s, path).toBe(status)
  expect(body.error.code).toBe(code)
  if (message) expect(body.error.message).toMatch(message)
}

describe('GET /api/targets', () => {
  it('answers with the same claims as `targets --format json`', async () => {
    const { status, body } = await get('/api/targets')
    expect(status).toBe(200)
    expect(body).toEqual(JSON.parse(JSON.stringify(await queryTargets(db))))
    expect(body.map((c: any) => `${c.actor} ${c.kind} ${c.year}`)).toEqual(['BRA net_zero 2050', 'JPN reduction 2030'])
  })
  it('filters by actor (any case) and kind, and bounds the evidence', async () => {
    const { body } = await get('/api/targets?actor=jpn&kind=reduction&evidence=1')
    expect(body).toHaveLength(1)
    expect(body[0].history.map((h: any) => h.value)).toEqual([50, 46])
    expect(body[0].evidence).toHaveLength(1)
    expect((await get('/api/targets?kind=net_zero')).body.map((c: any) => c.actor)).toEqual(['BRA'])
  })
  it('answers current claims with their state, and every state with all=1', async () => {
    const { body } = await get('/api/targets')
    expect(body.map((c: any) => c.state)).toEqual(['current', 'current'])
    expect((await get('/api/targets?all=1')).body.map((c: any) => [c.actor, c.state])).toEqual([['BRA', 'current'], ['JPN', 'current']])
    await expectError('/api/targets?all=yes', 400, 'E_BAD_REQUEST', /all/)
  })
  it('rejects a bad kind, a bad actor id, an unknown parameter and an evidence count past its cap', async () => {
    await expectError('/api/targets?kind=carbon_free', 400, 'E_BAD_REQUEST', /kind/)
    await expectError('/api/targets?actor=J%20P%20N', 400, 'E_BAD_REQUEST', /actor/)
    await expectError('/api/targets?acter=JPN', 400, 'E_BAD_REQUEST', /acter/)
    await expectError('/api/targets?evidence=51', 400, 'E_BAD_REQUEST', /evidence/)
  })
})

describe('GET /api/actors', () => {
  it('lists every actor with names and counts, and pages', async () => {
    const { body } = await get('/api/actors')
    expect(body).toEqual([
      { id: 'BRA', name: 'Brazil', targets: 1, interactions_out: 1, interactions_in: 0, quotes: 0, last_reported: '2024-05-12' },
      { id: 'DEU', name: 'Germany', targets: 0, interactions_out: 0, interactions_in: 1, quotes: 0, last_reported: null },
      { id: 'JPN', name: 'Japan', targets: 1, interactions_out: 1, interactions_in: 1, quotes: 1, last_reported: '2024-03-04' },
    ])
    expect((await get('/api/actors?limit=1&offset=1')).body.map((a: any) => a.id)).toEqual(['DEU'])
    await expectError('/api/actors?limit=0', 400, 'E_BAD_REQUEST', /limit/)
  })
  it("answers one actor's profile, and 404 for an actor the register does not hold", async () => {
    const { status, body } = await get('/api/actors/jpn')
    expect(status).toBe(200)
    expect(body.actor).toBe('JPN')
    expect(body.name).toBe('Japan')
    expect(body.targets.map((c: any) => c.value)).toEqual([46])
    expect(body.interactions_out.map((x: any) => x.target)).toEqual(['DEU'])
    expect(body.interactions_in.map((x: any) => x.actor)).toEqual(['BRA'])
    expect(body.quotes.map((q: any) => q.speaker)).toEqual(['Aiko Tanaka'])
    await expectError('/api/actors/NZL', 404, 'E_NOT_FOUND', /NZL/)
    await expectError('/api/actors/no%20such', 400, 'E_BAD_REQUEST', /id/)
  })
})

describe('facts', () => {
  it('filters interactions by actor, type and dates, with evidence', async () => {
    const all = (await get('/api/interactions')).body
    expect(all.map((x: any) => x.type)).toEqual(['urge', 'meet']) // newest first
    expect(all[1].evidence.text).toContain('met Chancellor Hans Weber')
    expect((await get('/api/interactions?actor=deu')).body.map((x: any) => x.actor)).toEqual(['JPN'])
    expect((await get('/api/interactions?type=urge')).body.map((x: any) => x.actor)).toEqual(['BRA'])
    expect((await get('/api/interactions?since=2024-05')).body.map((x: any) => x.type)).toEqual(['urge'])
    expect((await get('/api/interactions?until=2024-02-28')).body).toEqual([])
    expect((await get('/api/interactions?limit=1&offset=1')).body.map((x: any) => x.type)).toEqual(['meet'])
    await expectError('/api/interactions?type=hug', 400, 'E_BAD_REQUEST', /type/)
    await expectError('/api/interactions?since=March', 400, 'E_BAD_REQUEST', /since/)
    await expectError('/api/interactions?limit=5000', 400, 'E_BAD_REQUEST', /limit/)
    await expectError('/api/interactions?offset=-1', 400, 'E_BAD_REQUEST', /offset/)
  })
  it('finds quotes by part of the speaker name or by actor', async () => {
    expect((await get('/api/quotes?speaker=TANAKA')).body.map((q: any) => q.text)).toEqual(['We will not slow down'])
    expect((await get('/api/quotes?actor=BRA')).body).toEqual([])
  })
  it('searches article text, and needs words to search for', async () => {
    const { body } = await get('/api/search?q=coal')
    expect(body.map((h: any) => h.doc)).toEqual(['south-3'])
    expect(body[0].article_id).toBe(ids[2])
    await expectError('/api/search', 400, 'E_BAD_REQUEST', /q/)
    await expectError('/api/search?q=%20%20', 400, 'E_BAD_REQUEST', /q/)
  })
  it('lists changes and conflicts', async () => {
    const changes = (await get('/api/changes?actor=JPN')).body
    expect(changes.map((c: any) => `${c.change} ${c.new_value}`)).toEqual(['changed 46', 'new 50'])
    expect((await get('/api/changes?since=2024-05-01')).body.map((c: any) => c.actor)).toEqual(['BRA'])
    expect((await get('/api/changes?limit=1')).body).toHaveLength(1)
    await expectError('/api/changes?since=2024-13-45', 400, 'E_BAD_REQUEST', /since/)
    await expectError('/api/changes?since=2023-02-29', 400, 'E_BAD_REQUEST', /calendar date/)
    const conflicts = (await get('/api/conflicts?actor=JPN')).body
    expect(conflicts).toHaveLength(1)
    expect([conflicts[0].a.value, conflicts[0].b.value].sort()).toEqual([46, 50])
    expect((await get('/api/conflicts?actor=BRA')).body).toEqual([])
  })
})

describe('articles', () => {
  it('lists articles newest first, by page', async () => {
    const { body } = await get('/api/articles')
    expect(body.map((a: any) => a.id)).toEqual([...ids].reverse())
    expect(body[0]).not.toHaveProperty('text')
    expect(body[2]).toMatchObject({ doc: 'ledger-1', outlet: 'Daily Ledger', published: '2024-03-01', facts: 3 })
    expect(body[2].ingested_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect((await get('/api/articles?limit=1&offset=1')).body.map((a: any) => a.doc)).toEqual(['harbour-7'])
    await expectError('/api/articles?limit=501', 400, 'E_BAD_REQUEST', /limit/)
  })
  it('answers one article with its text and facts whose offsets point into the text', async () => {
    const { status, body } = await get(`/api/articles/${ids[0]}`)
    expect(status).toBe(200)
    expect(body.text).toBe(T1)
    const facts = [...body.pledges, ...body.interactions, ...body.quotes]
    expect(facts).toHaveLength(3)
    for (const f of facts) expect(body.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text)
    expect(body.pledges[0]).toMatchObject({ actor: 'JPN', kind: 'reduction', year: 2030, value: 50, base_year: 2013 })
    expect(body.changes.map((c: any) => c.change)).toEqual(['new'])
    expect(body.copies).toEqual([])
  })
  it('answers 404 for an unknown id and 400 for one that is not an id', async () => {
    await expectError('/api/articles/999999', 404, 'E_NOT_FOUND', /999999/)
    await expectError('/api/articles/abc', 400, 'E_BAD_REQUEST', /id/)
    await expectError('/api/articles/0', 400, 'E_BAD_REQUEST', /id/)
    await expectError(`/api/articles/${ids[0]}?full=1`, 400, 'E_BAD_REQUEST', /full/)
  })
})

describe('errors and the OpenAPI document', () => {
  it('answers unknown routes with a JSON 404', async () => {
    await expectError('/api/nothing-here', 404, 'E_NOT_FOUND', /openapi/)
    const res = await app.request('/api/targets', { method: 'DELETE' })
    expect(res.status).toBe(404)
    expect(((await res.json()) as any).error.code).toBe('E_NOT_FOUND')
  })
  it('turns a store failure into a 500 that logs the stack and echoes none of it', async () => {
    const lines: string[] = []
    const broken: Db = { ...db, query: async () => { throw new Error('relation "claims" is on fire') } }
    const res = await createApp({ db: broken, log: (l) => lines.push(l) }).request('/api/targets')
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text).error.code).toBe('E_INTERNAL')
    expect(text).not.toMatch(/on fire|at .*\.ts/)
    expect(lines.join('')).toMatch(/on fire[\s\S]*at /)
  })
  it('marks JSON answers nosniff', async () => {
    expect((await get('/api/targets')).res.headers.get('x-content-type-options')).toBe('nosniff')
  })
  it('lists every route, with parameters generated from the validating schemas', async () => {
    const { status, body } = await get('/openapi.json')
    expect(status).toBe(200)
    expect(body.openapi).toMatch(/^3\.1\./)
    const ops = Object.entries(body.paths).flatMap(([p, ms]: [string, any]) => Object.keys(ms).map((m) => `${m.toUpperCase()} ${p}`))
    // Contains rather than equals: routes owned elsewhere (GET /api/assessment) join the list without editing this test.
    expect(ops.sort()).toEqual(expect.arrayContaining([
      'GET /api/actors', 'GET /api/actors/{id}', 'GET /api/articles', 'GET /api/articles/{id}', 'GET /api/articles/{id}/check',
      'GET /api/changes', 'GET /api/conflicts', 'GET /api/interactions', 'GET /api/network', 'GET /api/overview', 'GET /api/quotes',
      'GET /api/search', 'GET /api/targets', 'POST /api/articles',
    ]))
    expect(ops).toHaveLength(ROUTES.length)
    const interactions = body.paths['/api/interactions'].get
    expect(interactions.parameters.map((p: any) => p.name)).toEqual(['actor', 'type', 'since', 'until', 'limit', 'offset'])
    const lim = interactions.parameters.find((p: any) => p.name === 'limit')
    expect(lim).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } })
    expect(interactions.parameters.find((p: any) => p.name === 'type').schema.enum).toContain('sanction')
    expect(body.paths['/api/search'].get.parameters.find((p: any) => p.name === 'q').required).toBe(true)
    expect(body.paths['/api/actors/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true })
    const post = body.paths['/api/articles'].post
    expect(Object.keys(post.requestBody.content)).toEqual(['application/json', 'text/html', 'text/plain'])
    expect(Object.keys(post.requestBody.content['application/json'].schema.properties)).toEqual(['id', 'url', 'title', 'date', 'outlet', 'text', 'html'])
    expect(post.security).toEqual([{ bearer: [] }])
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '401', '403', '413']))
    expect(body.components.schemas.Error.properties.error.required).toEqual(['code', 'message'])
  })
})
