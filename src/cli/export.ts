import { Command } from 'commander'
import { NZT_COLUMNS, exportNzt, type NztRow } from '../store/queries/export-nzt.js'
import { storeOptions, withDb } from './options.js'
import { formatOption, render, type QueryFormat } from './render.js'

/** `pledgewatch export --nzt`: the register in the Net Zero Tracker's vocabulary. */
export function exportCommand(): Command {
  return storeOptions(
    new Command('export')
      .description("Export the register. --nzt: one row per actor in the Net Zero Tracker's columns (end_target, end_target_year, end_target_status, …, source_url, end_target_text).")
      .requiredOption('--nzt', "Net Zero Tracker's column vocabulary")
      .addOption(formatOption().default('csv')),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch export --nzt > register-nzt.csv\n  $ pledgewatch export --nzt --format json')
    .action(async (o: { format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const rows = await withDb(o, (db) => exportNzt(db))
      process.stdout.write(render<NztRow>(o.format, rows, NZT_COLUMNS.map((c) => ({ head: c, get: (r: NztRow) => r[c] }))))
    })
}
