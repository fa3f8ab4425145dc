import { Command } from 'commander'
import { EXPORT_COLUMNS, exportNzt, type NztRow } from '../store/queries/export-nzt.js'
import { parseDateArg, storeOptions, withDb } from './options.js'
import { formatOption, render, type QueryFormat } from './render.js'

/** `pledgewatch export --nzt`: the register in the Net Zero Tracker's vocabulary. */
export function exportCommand(): Command {
  return storeOptions(
    new Command('export')
      .description("Export the register. --nzt: one row per actor from its current targets in the Net Zero Tracker's columns (end_target, end_target_year, end_target_status, …, source_url, end_target_text): the net-zero target, and the nearest current interim cut still ahead, ranges kept (\"7–10\"), cited from a report about the actor; then where a status or base year came from (end_target_status_from, end_target_baseline_year_from, interim_target_baseline_year_from: article or reference) and the reference documents used (reference_sources).")
      .requiredOption('--nzt', "Net Zero Tracker's column vocabulary")
      .option('--as-of <date>', 'interim targets must be ahead of this date (YYYY-MM-DD; default: today)', parseDateArg)
      .addOption(formatOption().default('csv')),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch export --nzt > register-nzt.csv\n  $ pledgewatch export --nzt --format json')
    .action(async (o: { format: QueryFormat; asOf?: string; data?: string; databaseUrl?: string }) => {
      const rows = await withDb(o, (db) => exportNzt(db, o.asOf))
      process.stdout.write(render<NztRow>(o.format, rows, EXPORT_COLUMNS.map((c) => ({ head: c, get: (r: NztRow) => r[c] }))))
    })
}
