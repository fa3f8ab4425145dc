import { parentPort } from 'node:worker_threads'
import type { RawArticle } from '../model/article.js'
import { analyseRaw } from '../pipeline.js'

// A worker thread of the analysis pool: raw article in, outcome out (without
// the Doc, which only the producing thread needs). It says when it is ready,
// so the pool's time limit counts analysis, not loading the language model.
parentPort?.on('message', (msg: { raw: RawArticle }) => {
  const outcome = analyseRaw(msg.raw)
  parentPort!.postMessage({ outcome: outcome.ok ? { ok: true, analysis: outcome.analysis } : outcome })
})
parentPort?.postMessage({ ready: true })
