import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { defaultDataDir } from '../store/open.js'
import { builtInDataset, type Dataset } from './dataset.js'
import { DatasetError, OWID_CO2_URL, parseOwidCsv } from './owid.js'

/** Downloaded datasets live in `<data folder>/datasets`, the one in use named by `current.json`. */
export const DATASETS_FOLDER = 'datasets'
const CURRENT = 'current.json'
/** The OWID file is ~15 MB; anything this large is not it. */
const MAX_BYTES = 200 * 1024 * 1024

export const CurrentDatasetSchema = z.object({
  file: z.string(),
  url: z.string(),
  fetched: z.string(),
  latest_year: z.number().int(),
  actors: z.number().int(),
})
export type CurrentDataset = z.infer<typeof CurrentDatasetSchema>

const folder = (dataDir?: string) => join(dataDir ?? defaultDataDir(), DATASETS_FOLDER)

/** Which downloaded dataset is in use, or null (the built-in table). */
export async function currentDataset(dataDir?: string): Promise<CurrentDataset | null> {
  let text: string
  try {
    text = await readFile(join(folder(dataDir), CURRENT), 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
  return CurrentDatasetSchema.parse(JSON.parse(text))
}

/** The dataset `assess` uses: the downloaded one `data update` switched to, else the built-in table. */
export async function loadDataset(dataDir?: string): Promise<Dataset> {
  const cur = await currentDataset(dataDir)
  if (!cur) return builtInDataset()
  return parseOwidCsv(await readFile(join(folder(dataDir), cur.file), 'utf8'), `Our World in Data co2-data from ${cur.url}, fetched ${cur.fetched.slice(0, 10)}`)
}

export interface UpdateOptions {
  readonly url?: string
  readonly dataDir?: string
  readonly timeoutMs?: number
  readonly now?: Date
}

/** Writes a file whole or not at all: a temporary name, then a rename. */
async function writeAtomic(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text)
  await rename(`${path}.tmp`, path)
}

/**
 * `pledgewatch data update`: downloads the OWID CSV, validates it
 * (parseOwidCsv) and only then stores it and switches to it, so a failed or
 * refused download leaves the current dataset in use.
 * @example await updateDataset({ url: 'http://127.0.0.1:8000/co2.csv', dataDir: '/tmp/pw' })
 */
export async function updateDataset(o: UpdateOptions = {}): Promise<CurrentDataset> {
  const url = o.url ?? OWID_CO2_URL
  let res: Response
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(o.timeoutMs ?? 120_000), headers: { 'user-agent': 'pledgewatch (data update)' } })
  } catch (e) {
    throw new DatasetError(`cannot download ${url}: ${(e as Error).message}`)
  }
  if (!res.ok) throw new DatasetError(`cannot download ${url}: HTTP ${res.status}`)
  const declared = Number(res.headers.get('content-length') ?? 0)
  if (declared > MAX_BYTES) throw new DatasetError(`${url} is ${declared} bytes, more than ${MAX_BYTES}`)
  const text = await res.text()
  let dataset: Dataset
  try {
    dataset = parseOwidCsv(text)
  } catch (e) {
    throw new DatasetError(`refused ${url}: ${(e as Error).message}; the current dataset stays in use`)
  }
  const dir = folder(o.dataDir)
  await mkdir(dir, { recursive: true })
  const fetched = (o.now ?? new Date()).toISOString()
  const file = `owid-co2-${fetched.replace(/[-:]/g, '').replace(/\..*/, '')}.csv`
  await writeAtomic(join(dir, file), text)
  const cur: CurrentDataset = { file, url, fetched, latest_year: dataset.latestYear, actors: dataset.actors.length }
  await writeAtomic(join(dir, CURRENT), JSON.stringify(cur, null, 2) + '\n')
  return cur
}
