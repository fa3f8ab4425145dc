import { Command } from 'commander'
import { searchArticles, type SearchHit } from '../store/queries/register.js'
import { storeOptions, withDb } from './options.js'
import { formatOption, render, type Column, type QueryFormat } from './render.js'

const COLUMNS: Column<SearchHit>[] = [
  { head: 'rank', get: (h) => h.rank.toFixed(3) },
  { head: 'date', get: (h) => h.published },
  { head: 'outlet', get: (h) => h.outlet },
  { head: 'title', get: (h) => h.title ?? h.doc },
  { head: 'snippet', get: (h) => h.snippet.replace(/\s+/g, ' ') },
]

/** `pledgewatch search`: full-text search over stored articles. */
export function searchCommand(): Command {
  return storeOptions(
    new Command('search')
      .description('Full-text search over stored articles (PostgreSQL ranking), with highlighted snippets. Words, "quoted phrases", -excluded, or.')
      .argument('<words>', 'what to look for')
      .option('--limit <n>', 'at most this many', (v) => parseInt(v, 10), 20)
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch search "carbon neutral" Japan\n  $ pledgewatch search \'"solar tariffs" -India\' --format json')
    .action(async (words: string, o: { limit: number; format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const hits = await withDb(o, (db) => searchArticles(db, words, { limit: o.limit }))
      process.stdout.write(render(o.format, hits, COLUMNS))
    })
}
