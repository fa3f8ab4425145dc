import type { ArticleScores } from './articles-eval.js'
import type { HtmlEvalResult } from './html-eval.js'

/**
 * The figures the gate watches, by name (the keys of baseline.json's floors): the dev set's,
 * the HTML cleaner's, and our held-out proxy set's with a `proxy_` prefix.
 */
export function gatedFigures(a: ArticleScores, h: HtmlEvalResult, proxy?: ArticleScores): Record<string, number> {
  return {
    ...(proxy ? proxyFigures(proxy) : {}),
    pledges_f1: a.pledges.f1,
    pledge_value_accuracy: a.pledge_value_accuracy ?? 0,
    interactions_f1: a.interactions.f1,
    quotes_f1: a.quotes.f1,
    cleaning: a.cleaning ?? 0,
    html_f1: h.f1,
  }
}

function proxyFigures(p: ArticleScores): Record<string, number> {
  return {
    proxy_pledges_f1: p.pledges.f1,
    proxy_pledge_value_accuracy: p.pledge_value_accuracy ?? 0,
    proxy_interactions_f1: p.interactions.f1,
    proxy_quotes_f1: p.quotes.f1,
    proxy_cleaning: p.cleaning ?? 0,
  }
}
