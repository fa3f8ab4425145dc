import { pathToFileURL } from 'node:url'
import { proxySet, runArticlesEval } from './articles-eval.js'
import { runHtmlEval } from './html-eval.js'

/**
 * `npm run eval`: runs analyze over the dev articles and the HTML cleaner over
 * the benchmark pages, scores both with the shared scorers, prints both tables.
 * Then the same for our held-out proxy set (articles we wrote, test/fixtures/articles).
 * `--out FILE` keeps the dev JSON Lines (then `score.py ... FILE --misses`); `--proxy-out FILE` the proxy's.
 */
async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--out')
  const articles = await runArticlesEval(i >= 0 ? argv[i + 1] : undefined)
  console.log(`Articles (../shared/eval/dev, ${articles.scores.docs} docs; output in ${articles.outPath}):`)
  console.log(articles.table.trimEnd())
  const html = await runHtmlEval()
  console.log(`\nHTML main text (../shared/eval/html, ${html.pages} pages):`)
  console.log(`F1 ${html.f1.toFixed(3)}  precision ${html.precision.toFixed(3)}  recall ${html.recall.toFixed(3)}  ${html.msPerPage.toFixed(1)} ms/page`)
  console.log('peers on the same pages: Readability.js 0.950, trafilatura 0.963 (score_html.py on peer-*.json)')
  const j = argv.indexOf('--proxy-out')
  const proxy = await runArticlesEval(j >= 0 ? argv[j + 1] : undefined, proxySet())
  console.log(`\nHeld-out proxy (test/fixtures/articles, ${proxy.scores.docs} articles we wrote; output in ${proxy.outPath}):`)
  console.log(proxy.table.trimEnd())
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error('eval:', err)
    process.exitCode = 1
  })
}
