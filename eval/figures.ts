import type { ArticleScores, DevEval } from './articles-eval.js'
import type { HtmlEvalResult } from './html-eval.js'
import type { ProbeScores } from './probes.js'

/**
 * The figures the gate watches, by name (the keys of baseline.json's floors): the dev set's tune and
 * check splits (`tune_`, `check_`), the HTML cleaner's, and our behavioural probes' (`probes_`).
 */
export function gatedFigures(dev: DevEval, h: HtmlEvalResult, probes: ProbeScores): Record<string, number> {
  return {
    ...splitFigures('tune', dev.tune.scores),
    ...splitFigures('check', dev.check.scores),
    html_f1: h.f1,
    probes_pledges_f1: probes.pledges.f1,
    probes_interactions_f1: probes.interactions.f1,
    probes_quotes_f1: probes.quotes.f1,
  }
}

function splitFigures(prefix: string, a: ArticleScores): Record<string, number> {
  return {
    [`${prefix}_pledges_f1`]: a.pledges.f1,
    [`${prefix}_pledge_value_accuracy`]: a.pledge_value_accuracy ?? 0,
    [`${prefix}_interactions_f1`]: a.interactions.f1,
    [`${prefix}_quotes_f1`]: a.quotes.f1,
    [`${prefix}_cleaning`]: a.cleaning ?? 0,
  }
}
