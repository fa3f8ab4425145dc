import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { DATASETS_FOLDER, loadDataset } from '../assess/data-folder.js'
import type { Dataset } from '../assess/dataset.js'
import { defaultDataDir } from '../store/open.js'

/** API paths whose answers read the emissions dataset as well as the register. */
export const DATASET_PATHS: ReadonlySet<string> = new Set(['/api/assessment', '/api/overview/figures'])

/**
 * Which emissions dataset is in use, as a string that changes when `data
 * update` switches to another: the modification time and size of the folder's
 * `current.json`, or "built-in". One stat, so the answer cache can ask on every request.
 */
export async function datasetStamp(dataDir?: string): Promise<string> {
  try {
    const s = await stat(join(dataDir ?? defaultDataDir(), DATASETS_FOLDER, 'current.json'))
    return `ds${s.mtimeMs}-${s.size}`
  } catch {
    return 'built-in'
  }
}

let kept: { key: string; dataset: Promise<Dataset> } | null = null

/**
 * The dataset `assess` uses, parsed once per stamp: a downloaded OWID file is
 * about 15 MB of CSV, too much to parse for each request that needs a figure.
 */
export async function cachedDataset(dataDir?: string): Promise<Dataset> {
  const key = `${dataDir ?? defaultDataDir()}|${await datasetStamp(dataDir)}`
  if (kept?.key !== key) {
    const dataset = loadDataset(dataDir)
    kept = { key, dataset }
    // A failed parse is not kept: the next request tries again.
    dataset.catch(() => {
      if (kept?.dataset === dataset) kept = null
    })
  }
  return kept.dataset
}
