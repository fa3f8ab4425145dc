import { Command, InvalidArgumentError } from 'commander'
import { createFetcher } from '../feeds/fetcher.js'
import { formatInterval, parseInterval } from '../feeds/interval.js'
import { pollFeeds, watchFeeds, type PollOptions } from '../feeds/watch.js'
import { DEFAULT_MAX_BYTES } from '../ingest/read.js'
import { analyseRaw } from '../pipeline.js'
import { changesOfArticle, hasArticleUrl } from '../store/queries/article-changes.js'
import { loadFeedCache, saveFeedCache } from '../store/feed-cache.js'
import { storeAnalysis } from '../store/write-article.js'
import { describeChange } from './changes.js'
import { parseSizeArg, storeOptions, withDb } from './options.js'

interface WatchFlags {
  every: number
  once: boolean
  timeout: number
  retries: number
  hostDelay: number
  maxSize: number
  data?: string
  databaseUrl?: string
}

/** `pledgewatch watch`: poll feeds, ingest new items, print each change to the register. */
export function watchCommand(): Command {
  return storeOptions(
    new Command('watch')
      .description('Poll RSS and Atom feeds, ingest new items, and print each change to the register as it happens. Uses conditional GET, timeouts, retries with backoff and a per-host delay; a failing feed or page is reported and the rest go on.')
      .argument('<feeds...>', 'feed URLs (RSS 2.0, RSS 1.0/RDF, Atom)')
      .option('--every <interval>', 'time between polling rounds (e.g. 90s, 30m, 1h)', intervalArg(false), parseInterval('30m'))
      .option('--once', 'poll once and exit', false)
      .option('--timeout <interval>', 'per request', intervalArg(false), parseInterval('20s'))
      .option('--retries <n>', 'retries after a network error, timeout, 5xx or 429', (v) => Math.max(0, parseInt(v, 10) || 0), 2)
      .option('--host-delay <interval>', 'least time between two requests to one host (0 for none)', intervalArg(true), parseInterval('1s'))
      .option('--max-size <size>', 'largest page or feed accepted (e.g. 5MB)', parseSizeArg, DEFAULT_MAX_BYTES),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch watch https://news.example/climate/rss.xml --every 30m\n  $ pledgewatch watch --once https://a.example/feed https://b.example/atom.xml')
    .action(async (feeds: string[], o: WatchFlags) => {
      await withDb(o, async (db) => {
        const fetcher = createFetcher({ cache: await loadFeedCache(db), timeoutMs: o.timeout, retries: o.retries, hostDelayMs: o.hostDelay, maxBytes: o.maxSize })
        const permanent = new Set<string>()
        let failures = 0
        const opts: PollOptions = {
          fetcher,
          // Stored articles are seen; so are items that failed for good in this run.
          seen: { has: async (url) => permanent.has(url) || (await hasArticleUrl(db, url)), add: (url) => permanent.add(url) },
          onItem: async (item, html, page) => {
            const outcome = analyseRaw({ doc: item.url, source: item.url, format: 'html', body: html, url: item.url, title: item.title, date: item.date })
            if (!outcome.ok) throw new Error(outcome.reason)
            const stored = await storeAnalysis(db, outcome.analysis)
            process.stdout.write(`${stored.status === 'known' ? 'known' : 'new  '} ${page.url}  ${outcome.analysis.title ?? ''}\n`)
            for (const c of await changesOfArticle(db, stored.articleId)) process.stdout.write(`  CHANGE ${describeChange(c)}  (${c.reported}): ${c.evidence.replace(/\s+/g, ' ')}\n`)
          },
          onError: (url, err) => {
            failures++
            process.stderr.write(`pledgewatch: ${url}: ${err.message}\n`)
          },
        }
        const saveRound = async () => saveFeedCache(db, fetcher.cache, feeds)
        if (o.once) {
          const s = await pollFeeds(feeds, opts)
          await saveRound()
          process.stderr.write(`watch: ${s.feeds} feed(s), ${s.newItems} new item(s), ${s.failedFeeds} failed feed(s), ${s.failedItems} failed item(s)\n`)
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
      })
    })
}

/** An interval option (`90s`, `30m`); `0` allowed where "none" makes sense. */
function intervalArg(allowZero: boolean): (v: string) => number {
  return (v) => {
    if (allowZero && /^0+(\.0*)?\s*(ms|s|m|h)?$/i.test(v.trim())) return 0
    try {
      return parseInterval(v)
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message)
    }
  }
}
