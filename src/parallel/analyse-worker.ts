import { parentPort } from 'node:worker_threads'
import type { RawArticle } from '../model/article.js'
import { analyseRaw } from '../pipeline.js'

// A worker thread of the analysis pool: raw article in, outcome out (without
// the Doc, which only the producing thread needs).
parentPort?.on('message', (msg: { id: number; raw: RawArticle }) => {
  const outcome = analyseRaw(msg.raw)
  parentPort!.postMessage({ id: msg.id, outcome: outcome.ok ? { ok: true, analysis: outcome.analysis } : outcome })
})
