import type { ArticleScores } from './articles-eval.js'
import type { HtmlEvalResult } from './html-eval.js'

/** The figures the gate watches, by name (the keys of baseline.json's floors). */
export function gatedFigures(a: ArticleScores, h: HtmlEvalResult): Record<string, number> {
  return {
    pledges_f1: a.pledges.f1,
    pledge_value_accuracy: a.pledge_value_accuracy ?? 0,
    interactions_f1: a.interactions.f1,
    quotes_f1: a.quotes.f1,
    cleaning: a.cleaning ?? 0,
    html_f1: h.f1,
  }
}
