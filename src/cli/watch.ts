import { Command, Option } from 'commander'
import { createFetcher } from '../feeds/fetcher.js'
import { formatInterval, parseInterval } from '../feeds/interval.js'
import { pollFeeds, watchFeeds, type PollOptions } from '../feeds/watch.js'
import { DEFAULT_MAX_BYTES } from '../ingest/read.js'
import { createWorkerPool } from '../parallel/analyse-pool.js'
import { withoutBidiControls } from '../clean/bidi.js'
import { changesOfArticle, hasArticleUrl } from '../store/queries/article-changes.js'
import { loadFeedCache, saveFeedCache } from '../store/feed-cache.js'
import { storeAnalysis } from '../store/write-article.js'
import { describeChange } from './changes.js'
import { intervalOption, maxSizeOption, storeOptions, timeLimitOption, withDb } from './options.js'
import { failureLine } from './terminal-text.js'
import { startWebhooksFromFlags, WEBHOOK_HELP, webhookOptions, type WebhookFlags } from '../webhooks/cli-options.js'

/** How long `watch --once` waits for webhook deliveries due soon (a retry in backoff) before leaving them to the next run. */
const ONCE_DELIVERY_WAIT_MS = 60_000

interface WatchFlags extends WebhookFlags {
  every: number
  once: boolean
  timeout: number
  retries: number
  hostDelay: number
  maxSize: number
  timeLimit: number
  data?: string
  databaseUrl?: string
}

/** `pledgewatch watch`: poll feeds, ingest new items, print each change to the register. */
export function watchCommand(): Command {
  const cmd = storeOptions(
    new Command('watch')
      .description('Poll RSS and Atom feeds, ingest new items, and print each change to the register as it happens. Uses conditional GET, timeouts, retries with backoff and a per-host delay; a failing feed or page is reported and the rest go on.')
      .argument('<feeds...>', 'feed URLs (RSS 2.0, RSS 1.0/RDF, Atom)')
      .addOption(intervalOption('--every <interval>', 'time between polling rounds (e.g. 90s, 30m, 1h)', parseInterval('30m')))
      .option('--once', 'poll once and exit', false)
      .addOption(intervalOption('--timeout <interval>', 'per request', parseInterval('20s')))
      .addOption(new Option('--retries <n>', 'retries after a network error, timeout, 5xx or 429').argParser((v) => Math.max(0, parseInt(v, 10) || 0)).default(2))
      .addOption(intervalOption('--host-delay <interval>', 'least time between two requests to one host (0 for none)', parseInterval('1s'), true))
      .addOption(maxSizeOption('largest page or feed accepted (e.g. 500k, 20MB)', DEFAULT_MAX_BYTES))
      .addOption(timeLimitOption()),
  )
  webhookOptions(cmd)
  return cmd
    .addHelpText('after', `${WEBHOOK_HELP}\nExamples:\n  $ pledgewatch watch https://news.example/climate/rss.xml --every 30m\n  $ pledgewatch watch --once https://a.example/feed https://b.example/atom.xml\n  $ PLEDGEWATCH_WEBHOOK_SECRET=s3cret pledgewatch watch FEED --webhook https://hooks.example/pledgewatch`)
    .action(async (feeds: string[], o: WatchFlags) => {
      // Pages are analysed on a thread that is stopped past the time limit: one page cannot stall the watch (issue 15).
      const analyser = createWorkerPool(1, { timeLimitMs: o.timeLimit })
      await withDb(o, async (db) => {
        // Before the first article: the receivers are subscribed from here on, and what an earlier run left pending goes out.
        const hooks = await startWebhooksFromFlags(db, o)
        try {
          const fetcher = createFetcher({ cache: await loadFeedCache(db), timeoutMs: o.timeout, retries: o.retries, hostDelayMs: o.hostDelay, maxBytes: o.maxSize })
          const permanent = new Set<string>()
          let failures = 0
          const opts: PollOptions = {
            fetcher,
            // Stored articles are seen; so are items that failed for good in this run.
            seen: { has: async (url) => permanent.has(url) || (await hasArticleUrl(db, url)), add: (url) => permanent.add(url) },
            onItem: async (item, html, page) => {
              const outcome = await analyser.analyse(withoutBidiControls({ doc: item.url, source: item.url, format: 'html', body: html, url: item.url, title: item.title, date: item.date }))
              // The code goes along: an article over the time limit will be as slow next round, so it is not retried.
              if (!outcome.ok) throw Object.assign(new Error(outcome.reason), { code: outcome.code })
              const stored = await storeAnalysis(db, outcome.analysis)
              process.stdout.write(`${stored.status === 'known' ? 'known' : 'new  '} ${page.url}  ${outcome.analysis.title ?? ''}\n`)
              for (const c of await changesOfArticle(db, stored.articleId)) process.stdout.write(`  CHANGE ${describeChange(c)}: ${(c.evidence ?? '').replace(/\s+/g, ' ')}\n`)
              hooks?.nudge()
            },
            onError: (url, err) => {
              failures++
              process.stderr.write(failureLine({ source: url, reason: err.message }))
            },
          }
          const saveRound = async () => saveFeedCache(db, fetcher.cache, feeds)
          if (o.once) {
            const s = await pollFeeds(feeds, opts)
            await saveRound()
            process.stderr.write(`watch: ${s.feeds} feed(s), ${s.newItems} new item(s), ${s.failedFeeds} failed feed(s), ${s.failedItems} failed item(s)\n`)
            if (hooks) {
              const d = await hooks.drain(ONCE_DELIVERY_WAIT_MS)
              process.stderr.write(`watch: webhooks: ${d.delivered} delivered, ${d.failed} given up, ${d.pending} pending (sent by the next run)\n`)
            }
            process.exitCode = failures ? 2 : 0
            return
          }
          const stop = new AbortController()
          process.once('SIGINT', () => stop.abort())
          process.once('SIGTERM', () => stop.abort())
          process.stderr.write(`watch: polling ${feeds.length} feed(s) every ${formatInterval(o.every)}; Ctrl-C stops\n`)
          await watchFeeds(feeds, {
            ...opts,
            everyMs: o.every,
            signal: stop.signal,
            onRound: (s, round) => {
              void saveRound()
              process.stderr.write(`watch: round ${round}: ${s.newItems} new item(s), ${s.failedFeeds + s.failedItems} failure(s)\n`)
            },
          })
        } finally {
          await hooks?.close()
        }
      }).finally(() => analyser.close())
    })
}
