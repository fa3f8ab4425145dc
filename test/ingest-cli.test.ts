import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDb } from '../src/store/open.js'

const BIN = resolve(__dirname, '../bin/pledgewatch')
const COUNTRIES = ['Ruritania', 'Freedonia', 'Elbonia', 'Genovia', 'Latveria', 'Sokovia', 'Wakanda', 'Zamunda']
let corpus: string

// Articles we write here: each different enough not to be a wire copy of another.
function articleText(i: number): string {
  const c = COUNTRIES[i % COUNTRIES.length]
  const year = 2030 + (i % 20)
  return [
    `---\ntitle: Story ${i}\ndate: 2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}\nurl: https://news.test/${i}\n---`,
    `Japan pledged on day ${i} to cut emissions ${10 + (i % 50)} percent by ${year} from 2013 levels, officials in story number ${i} said.`,
    `Report ${i}: the ${c} delegation met counterparts ${i * 7} times and discussed ${i % 3 === 0 ? 'coal' : 'solar'} policy in session ${i * 13}.`,
  ].join('\n\n')
}

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'pw-ingest-'))
  mkdirSync(join(corpus, 'in'))
  for (let i = 0; i < 60; i++) writeFileSync(join(corpus, 'in', `a${String(i).padStart(3, '0')}.txt`), articleText(i))
})

async function counts(data: string) {
  const db = await openDb({ data }, {})
  try {
    const [r] = await db.query<{ articles: number; distinct_hashes: number; pledges: number; orphans: number }>(
      `select (select count(*) from articles)::int as articles,
              (select count(distinct text_hash) from articles)::int as distinct_hashes,
              (select count(*) from pledges)::int as pledges,
              (select count(*) from articles a where facts <> (select count(*) from pledges where article_id = a.id) + (select count(*) from interactions where article_id = a.id) + (select count(*) from quotes where article_id = a.id))::int as orphans`,
    )
    return r
  } finally {
    await db.close()
  }
}

describe('pledgewatch ingest', () => {
  it('stores each article once, and a second run finds them all known', () => {
    const data = join(corpus, 'db1')
    const first = spawnSync(BIN, ['ingest', '--data', data, '--workers', '2', join(corpus, 'in')], { encoding: 'utf8' })
    expect(first.status).toBe(0)
    expect(first.stderr).toContain('60 new article(s)')
    const again = spawnSync(BIN, ['ingest', '--data', data, join(corpus, 'in')], { encoding: 'utf8' })
    expect(again.stderr).toContain('0 new article(s) (0 wire copies of stored stories), 60 already known')
  })

  it('leaves no partial article when killed with SIGKILL, and a rerun completes with no duplicates', async () => {
    const data = join(corpus, 'db2')
    const child = spawn(BIN, ['ingest', '--data', data, '--workers', '1', '--verbose', join(corpus, 'in')])
    let stored = 0
    await new Promise<void>((done) => {
      child.stderr.on('data', (b: Buffer) => {
        stored += (b.toString().match(/^stored /gm) ?? []).length
        if (stored >= 5 && !child.killed) child.kill('SIGKILL')
      })
      child.on('exit', () => done())
    })
    expect(child.signalCode).toBe('SIGKILL')
    const mid = await counts(data)
    expect(mid.articles).toBeGreaterThanOrEqual(5)
    expect(mid.articles).toBeLessThan(60)
    expect(mid.orphans).toBe(0)
    const rerun = spawnSync(BIN, ['ingest', '--data', data, join(corpus, 'in')], { encoding: 'utf8' })
    expect(rerun.status).toBe(0)
    const after = await counts(data)
    expect(after).toMatchObject({ articles: 60, distinct_hashes: 60, orphans: 0 })
  })

  it('stores the same register with worker threads as in one thread', async () => {
    const one = join(corpus, 'db-one')
    const many = join(corpus, 'db-many')
    spawnSync(BIN, ['ingest', '--data', one, '--workers', '1', join(corpus, 'in')])
    spawnSync(BIN, ['ingest', '--data', many, '--workers', '3', join(corpus, 'in')])
    const dump = (data: string) => spawnSync(BIN, ['targets', '--data', data, '--format', 'json', '--evidence', '100'], { encoding: 'utf8' }).stdout
    const a = dump(one)
    expect(JSON.parse(a).length).toBeGreaterThan(0)
    expect(dump(many)).toBe(a)
    // (Two ingests of the corpus, one with three worker threads, each opening the embedded database: 62 s on a loaded two-core machine.)
  }, 180_000)
})
