import { parentPort } from 'node:worker_threads'
import type { RawArticle } from '../model/article.js'
import { analyseRaw } from '../pipeline.js'

// A worker thread of the analysis pool: raw article in, outcome out (without
// the Doc, which only the producing thread needs). It says when it is ready,
// after one short article of our own has run through the pipeline, so the
// pool's time limit counts analysis, not loading and first-use compilation.
parentPort?.on('message', (msg: { raw: RawArticle }) => {
  const outcome = analyseRaw(msg.raw)
  parentPort!.postMessage({ outcome: outcome.ok ? { ok: true, analysis: outcome.analysis } : outcome })
})
analyseRaw({ doc: 'warm-up', source: 'warm-up', format: 'text', body: 'Ruritania pledged on Monday to reach net zero emissions by 2050, its minister said. "We will get there," she said.' })
parentPort?.postMessage({ ready: true })
