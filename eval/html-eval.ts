/**
 * Main-text evaluation of the HTML cleaner on the article-extraction benchmark
 * pages in ../shared/eval/html/dev (never copied into the repo).
 * 1. read every dev page (gzip), run cleanHtml, time it (after a short warm-up);
 * 2. write predictions {id: {articleBody}} to a temp file;
 * 3. score them with the benchmark's own scorer (score_html.py) and return its figures.
 * Run directly (`node dist/eval/html-eval.js`) it prints one line of figures.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { cleanHtml } from '../src/clean/html.js'
import { sharedDir } from './paths.js'

export interface HtmlEvalResult {
  f1: number
  precision: number
  recall: number
  pages: number
  msPerPage: number
}

/** Cleans every dev page and scores the bodies; `predictionsOut` keeps the predictions file if given. */
export async function runHtmlEval(predictionsOut?: string): Promise<HtmlEvalResult> {
  const htmlDir = path.join(sharedDir(), 'eval/html')
  const devDir = path.join(htmlDir, 'dev')
  const files = readdirSync(devDir).filter((f) => f.endsWith('.html.gz')).sort()
  const predictions: Record<string, { articleBody: string }> = {}
  const pages = files.map((file) => gunzipSync(readFileSync(path.join(devDir, file))).toString('utf8'))
  // Warm the JIT on a few pages first, so ms/page measures a long batch, not start-up.
  for (const html of pages.slice(0, 5)) cleanHtml(html)
  let elapsed = 0
  for (const [i, file] of files.entries()) {
    const html = pages[i]
    const start = performance.now()
    const { text } = cleanHtml(html)
    elapsed += performance.now() - start
    predictions[file.slice(0, -'.html.gz'.length)] = { articleBody: text }
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'html-eval-'))
  const predPath = predictionsOut ?? path.join(tmp, 'predictions.json')
  try {
    writeFileSync(predPath, JSON.stringify(predictions))
    const out = execFileSync(
      'python3',
      [path.join(htmlDir, 'score_html.py'), path.join(htmlDir, 'ground-truth.json'), predPath, '--json'],
      { encoding: 'utf8' },
    )
    const scored = JSON.parse(out) as { f1: number; precision: number; recall: number; pages: number }
    const msPerPage = files.length ? Math.round((elapsed / files.length) * 10) / 10 : 0
    return { f1: scored.f1, precision: scored.precision, recall: scored.recall, pages: scored.pages, msPerPage }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const r = await runHtmlEval(process.argv[2])
  console.log(
    `html main text: F1 ${r.f1.toFixed(3)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  pages ${r.pages}  ${r.msPerPage} ms/page`,
  )
}
