import { Command } from 'commander'
import { unitSuffix } from '../model/units.js'
import { queryActor } from '../store/queries/actor.js'
import { INTERACTION_COLUMNS } from './interactions.js'
import { storeOptions, withDb } from './options.js'
import { QUOTE_COLUMNS } from './quotes.js'
import { shown } from './targets.js'
import { formatOption, formatValue, render, type QueryFormat } from './render.js'

/** `pledgewatch actor X`: one actor's profile. */
export function actorCommand(): Command {
  return storeOptions(
    new Command('actor')
      .description("Show one actor's profile: its targets (current, and superseded or withdrawn ones with the reason) with their history, interactions both ways, quotes, and sources.")
      .argument('<id>', 'actor id: ISO3 country code or group id (JPN, CHN, EU, G7)')
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch actor JPN\n  $ pledgewatch actor EU --format json')
    .action(async (id: string, o: { format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const p = await withDb(o, (db) => queryActor(db, id))
      if (o.format === 'json') return void process.stdout.write(JSON.stringify(p, null, 2) + '\n')
      if (o.format === 'csv') {
        // CSV has one table: the targets, as `targets --format csv` prints them.
        return void process.stdout.write(render('csv', p.targets, [
          { head: 'kind', get: (c) => c.kind },
          { head: 'year', get: (c) => c.year },
          // With its unit where it is not a share, as `targets` prints it: a cut in tonnes and one in percent can share a year.
          { head: 'value', get: (c) => shown({ ...c, gas: null }) },
          { head: 'base_year', get: (c) => c.base_year },
          { head: 'status', get: (c) => c.status },
          { head: 'state', get: (c) => c.state },
          { head: 'sources', get: (c) => c.sources },
          { head: 'first_reported', get: (c) => c.first_reported },
          { head: 'last_reported', get: (c) => c.last_reported },
        ]))
      }
      const out: string[] = [`== ${p.actor}`, '', `targets (${p.targets.length})`]
      for (const c of p.targets) {
        const hist = c.history.map((h) => `${formatValue(h.value, h.value_max) || '–'} (${h.first_reported ? `first reported ${h.first_reported}` : h.replaced ? `replaced ${h.replaced}` : 'undated'})`).join(' → ')
        const unit = formatValue(c.value, c.value_max) ? unitSuffix(c.unit) : ''
        const gas = c.gas ? ` (${c.gas})` : ''
        const state = c.state === 'current' ? '' : ` — ${c.state}: ${c.state_reason}`
        out.push(`  ${c.kind} ${c.year ?? ''}: ${formatValue(c.value, c.value_max) || '–'}${unit}${gas}${c.base_year ? ` vs ${c.base_year}${c.base_year_from === 'reference' ? ' (base year from the reference list)' : ''}` : ''}${c.status ? ` [${c.status}${c.status_from === 'reference' ? ', from the reference list' : ''}]` : ''}, ${c.sources} source(s)${state}`)
        if (c.history.length > 1) out.push(`    history: ${hist}`)
        for (const e of c.evidence) out.push(`    ${e.date ?? 'undated'} ${e.outlet ?? e.doc}${e.about ? '' : ' (in passing)'}: ${e.text.replace(/\s+/g, ' ').slice(0, 140)}`)
      }
      out.push('', `interactions by ${p.actor} (${p.interactions_out.length})`, render('table', p.interactions_out, INTERACTION_COLUMNS).trimEnd())
      out.push('', `interactions with ${p.actor} (${p.interactions_in.length})`, render('table', p.interactions_in, INTERACTION_COLUMNS).trimEnd())
      out.push('', `quotes (${p.quotes.length})`, render('table', p.quotes, QUOTE_COLUMNS).trimEnd())
      out.push('', 'sources', ...p.sources.map((s) => `  ${s.outlet ?? '(unknown outlet)'}: ${s.articles} article(s)`))
      process.stdout.write(out.join('\n') + '\n')
    })
}
