import { describe, expect, it } from 'vitest'
import { scanEvents } from '../src/events/scan.js'
import { ensureDerived } from '../src/store/rebuild.js'
import { queryChanges } from '../src/store/queries/register.js'
import { storeAnalysis } from '../src/store/write-article.js'
import { startWebhooks } from '../src/webhooks/dispatcher.js'
import { bothStores } from './helpers/both-stores.js'
import { report } from './helpers/report.js'
import { startReceiver } from './helpers/webhook-receiver.js'

const SECRET = 'test-secret-4b1d'

const jpn = (value: number, date: string, outlet: string) => report({
  doc: `jpn-${value}-${outlet}`, date, outlet, url: `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.test/jpn-${value}`,
  sentence: `${outlet} reported that Japan will cut its greenhouse gas emissions ${value} percent by 2030 from 2013 levels.`,
  pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value, base_year: 2013 }],
})

const URL_A = 'http://127.0.0.1:9/hooks/a'

for (const store of await bothStores()) {
  describe.skipIf(store.skip)(`webhook events and deliveries (${store.name})`, () => {
    it('queues each new change once: not the register\'s past, not a line derived again, not a rebuild', async () => {
      const db = await store.open()
      try {
        const scan = () => scanEvents(db, { urls: [URL_A], settleMs: 0 })
        await storeAnalysis(db, jpn(26, '2020-10-26', 'North Wire'))
        // The first scan catches up without posting: the register's past is not news.
        expect(await scan()).toMatchObject({ quiet: true, queued: 0 })
        await storeAnalysis(db, jpn(46, '2021-04-22', 'South Post'))
        // The group is derived again: "new 26" comes back with a new row id but is the same event.
        expect(await scan()).toMatchObject({ quiet: false, queued: 1 })
        expect(await scan()).toMatchObject({ queued: 0 })
        // Another outlet stating the same value the same day changes no line.
        await storeAnalysis(db, jpn(46, '2021-04-22', 'East Daily'))
        expect((await scan()).queued).toBe(0)
        // A rebuild under new rules re-creates every line: caught up quietly.
        await db.query(`update register_meta set value = 'older rules' where key = 'derivation'`)
        await db.query(`update change_scan set derivation = 'older rules'`)
        await db.transaction((tx) => ensureDerived(tx))
        expect(await scan()).toMatchObject({ quiet: true, queued: 0 })
        await storeAnalysis(db, jpn(50, '2021-10-01', 'West Times'))
        expect((await scan()).queued).toBe(1)
        expect((await scan()).queued).toBe(0)
        const queued = await db.query<{ title: string }>(
          'select e.title from webhook_deliveries d join change_events e on e.seq = d.event_seq where d.url = $1 order by d.id', [URL_A])
        expect(queued.map((q) => q.title)).toEqual(['JPN reduction 2030: 26% → 46% (2021-04-22)', 'JPN reduction 2030: 46% → 50% (2021-10-01)'])
        // A new conflict is an event of its own.
        const can = (value: number, date: string, outlet: string) => report({
          doc: `can-${value}`, date, outlet, url: null, sentence: `${outlet} reported that Canada will cut emissions ${value} percent by 2030 from 2005 levels.`,
          pledges: [{ actor: 'CAN', kind: 'reduction', year: 2030, value, base_year: 2005 }] })
        await storeAnalysis(db, can(40, '2021-04-20', 'East Daily'))
        await storeAnalysis(db, can(36, '2021-04-23', 'West Times'))
        expect((await scan()).queued).toBe(3)
        const kinds = await db.query<{ kind: string; title: string }>(
          `select e.kind, e.title from webhook_deliveries d join change_events e on e.seq = d.event_seq where d.url = $1 and e.title like 'CAN%' order by e.title`, [URL_A])
        expect(kinds).toEqual([
          { kind: 'change', title: 'CAN reduction 2030: 40% → 36% (2021-04-23)' },
          { kind: 'conflict', title: 'CAN reduction 2030: conflict, 36 (West Times, 2021-04-23) vs 40 (East Daily, 2021-04-20)' },
          { kind: 'change', title: 'CAN reduction 2030: new 40% (2021-04-20)' },
        ])
        // A URL given later starts from then: it is not sent the past either.
        expect((await scanEvents(db, { urls: ['http://127.0.0.1:9/hooks/b'], settleMs: 0 })).queued).toBe(0)
      } finally {
        await db.close()
      }
    })

    it('posts each change once with a verifiable signature, after the receiver fails twice, and after a restart', async () => {
      const db = await store.open()
      // Requests 1 and 2 fail (500); 4 hangs past the timeout; then all is well.
      const receiver = await startReceiver(SECRET, (n) => (n <= 2 ? 'fail' : n === 4 ? 'hang' : 'ok'))
      const log: string[] = []
      const start = () => startWebhooks({ db, urls: [receiver.url], secret: SECRET, timeoutMs: 1500, backoffMs: 50, pollMs: 100, log: (l) => log.push(l) })
      try {
        await storeAnalysis(db, jpn(26, '2020-10-26', 'North Wire'))
        let hooks = await start()
        await storeAnalysis(db, jpn(46, '2021-04-22', 'South Post'))
        hooks.nudge()
        const d1 = await hooks.drain(20_000)
        if (d1.delivered !== 1) console.log(log, await db.query('select * from webhook_deliveries'), await db.query('select seq, title, quiet from change_events'), await db.query('select * from webhooks'))
        expect(d1).toEqual({ delivered: 1, failed: 0, pending: 0 })
        expect(receiver.received.map((r) => r.answer)).toEqual(['fail', 'fail', 'ok'])
        expect(receiver.received.every((r) => r.verified)).toBe(true)
        expect(receiver.received.map((r) => r.headers['pledgewatch-attempt'])).toEqual(['1', '2', '3'])
        expect(new Set(receiver.received.map((r) => r.headers['pledgewatch-delivery'])).size).toBe(1)
        // The body is the change as `changes --format json` gives it, plus event, event_id and title.
        const body = JSON.parse(receiver.accepted()[0])
        const [line] = await queryChanges(db, { actor: 'JPN', limit: 1 })
        expect(Object.keys(body)).toEqual(expect.arrayContaining([...Object.keys(line), 'event', 'event_id', 'title', 'state', 'date_source']))
        expect(body).toMatchObject({ event: 'change', title: 'JPN reduction 2030: 26% → 46% (2021-04-22)', actor: 'JPN', change: 'changed', old_value: 26, new_value: 46, reported: '2021-04-22', outlet: 'South Post', evidence: expect.stringContaining('46 percent') })
        expect(body.event_id).toBe(receiver.received[0].headers['pledgewatch-delivery'])
        expect(log.filter((l) => /HTTP 500; attempt \d of 12/.test(l)), log.join("\n")).toHaveLength(2)

        // Stopped and started again (a new process would do the same): nothing is sent twice, nothing is lost.
        await hooks.close()
        await storeAnalysis(db, jpn(50, '2021-10-01', 'West Times'))
        hooks = await start()
        // Request 4 hangs: the attempt times out and is made again.
        expect(await hooks.drain(20_000)).toEqual({ delivered: 1, failed: 0, pending: 0 })
        expect(receiver.received.map((r) => r.answer)).toEqual(['fail', 'fail', 'ok', 'hang', 'ok'])
        expect(log.some((l) => /timed out after 1500 ms; attempt 1 of 12/.test(l))).toBe(true)
        expect(receiver.accepted().map((b) => JSON.parse(b).title)).toEqual(['JPN reduction 2030: 26% → 46% (2021-04-22)', 'JPN reduction 2030: 46% → 50% (2021-10-01)'])
        expect(receiver.received.every((r) => r.verified)).toBe(true)
        await hooks.close()
        const rows = await db.query<{ status: string; n: number }>('select status, count(*)::int as n from webhook_deliveries group by status')
        expect(rows).toEqual([{ status: 'delivered', n: 2 }])
      } finally {
        await receiver.close()
        await db.close()
      }
    })

    it('gives up at once on a refusal (410) and says so', async () => {
      const db = await store.open()
      const receiver = await startReceiver(SECRET, () => 'refuse')
      const log: string[] = []
      try {
        const hooks = await startWebhooks({ db, urls: [receiver.url], timeoutMs: 500, backoffMs: 50, pollMs: 100, log: (l) => log.push(l) })
        await storeAnalysis(db, jpn(26, '2020-10-26', 'North Wire'))
        hooks.nudge()
        expect(await hooks.drain(10_000)).toEqual({ delivered: 0, failed: 1, pending: 0 })
        await hooks.close()
        expect(receiver.received).toHaveLength(1)
        // Unsigned without a secret.
        expect(receiver.received[0].headers['pledgewatch-signature']).toBeUndefined()
        expect(log).toContainEqual(expect.stringMatching(/HTTP 410; given up after 1 attempt/))
      } finally {
        await receiver.close()
        await db.close()
      }
    })
  })
}
