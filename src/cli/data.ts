import { Command } from 'commander'

/** `pledgewatch data`: the emissions dataset behind `assess`. */
export function dataCommand(): Command {
  const data = new Command('data').description('The emissions dataset behind `assess`: the built-in table, or a newer Our World in Data release.')
  data
    .command('update')
    .description('Download the Our World in Data CO2 and GHG CSV, validate it, store it in the data folder and use it from now on (a refused file changes nothing).')
    .option('--url <url>', 'where to download from (default: the OWID co2-data CSV on GitHub)')
    .option('--data <dir>', 'data folder (default: $PLEDGEWATCH_DATA or ./.pledgewatch)')
    .addHelpText('after', '\nExamples:\n  $ pledgewatch data update\n  $ pledgewatch data update --url http://mirror.example/owid-co2-data.csv --data ~/register')
    .action(async (o: { url?: string; data?: string }) => {
      const { updateDataset } = await import('../assess/data-folder.js')
      const cur = await updateDataset({ url: o.url, dataDir: o.data })
      process.stdout.write(`data: now using ${cur.file} (${cur.actors} actors, latest year ${cur.latest_year}) from ${cur.url}\n`)
    })
  data
    .command('status')
    .description('Which dataset `assess` uses.')
    .option('--data <dir>', 'data folder (default: $PLEDGEWATCH_DATA or ./.pledgewatch)')
    .action(async (o: { data?: string }) => {
      const [{ currentDataset }, { builtInDataset }] = await Promise.all([import('../assess/data-folder.js'), import('../assess/dataset.js')])
      const cur = await currentDataset(o.data)
      process.stdout.write(cur ? `data: ${cur.file} (${cur.actors} actors, latest year ${cur.latest_year}), fetched ${cur.fetched} from ${cur.url}\n` : `data: ${builtInDataset().source}\n`)
    })
  return data
}
