import { pathToFileURL } from 'node:url'
import { hasDevSet, runDevEval, splitGaps } from './articles-eval.js'
import { runHtmlEval } from './html-eval.js'
import { formatProbeDetail, runProbes } from './probes.js'

/**
 * `npm run eval`: the dev articles (tune and check splits, eval/split.ts), the HTML cleaner on the
 * benchmark pages, and our behavioural probes (eval/probes/), each scored with the shared scorers.
 * `--out DIR` keeps the JSON Lines and gold subsets (then `score.py DIR/tune-gold.jsonl DIR/tune.jsonl --misses`).
 * Without ../shared (a plain clone) only the probes run; the rest says so in one line.
 */
async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--out')
  if (hasDevSet()) {
    const dev = await runDevEval(i >= 0 ? argv[i + 1] : undefined)
    console.log(`Dev set, tune split (${dev.tune.scores.docs} articles; misses: score.py ${dev.tune.goldPath} ${dev.tune.outPath} --misses):`)
    console.log(dev.tune.table.trimEnd())
    console.log(`\nDev set, check split (${dev.check.scores.docs} articles; figures only, never read its misses):`)
    console.log(dev.check.table.trimEnd())
    const gap = splitGaps(dev.tune.scores, dev.check.scores)
    console.log(`\nF1 gap, tune − check: pledges ${signed(gap.pledges)}  interactions ${signed(gap.interactions)}  quotes ${signed(gap.quotes)}`)
    console.log(`\nDev set, all ${dev.all.scores.docs} articles:`)
    console.log(dev.all.table.trimEnd())
    const html = await runHtmlEval()
    console.log(`\nHTML main text (../shared/eval/html, ${html.pages} pages):`)
    console.log(`F1 ${html.f1.toFixed(3)}  precision ${html.precision.toFixed(3)}  recall ${html.recall.toFixed(3)}  ${html.msPerPage.toFixed(1)} ms/page`)
    console.log('peers on the same pages: Readability.js 0.950, trafilatura 0.963 (score_html.py on peer-*.json)')
  } else {
    console.log('eval: no ../shared/eval beside the repository: dev set and HTML pages skipped (probes only)')
  }
  const probes = runProbes()
  console.log(`\nBehavioural probes (eval/probes/, ${probes.probes} texts we wrote):`)
  console.log(probes.table.trimEnd())
  console.log(formatProbeDetail(probes))
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(3)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error('eval:', err)
    process.exitCode = 1
  })
}
