import type { Analysis } from '../model/facts.js'
import { escapeForTerminal } from './terminal-text.js'

const EXCERPT = 70

/** Renders one analysis for a person: title, date, then tables of pledges, interactions and quotes. */
export function formatTable(a: Analysis, explain = false): string {
  const lines: string[] = []
  lines.push(`== ${a.doc}`)
  lines.push(`title: ${a.title ?? '(none)'}`)
  lines.push(`date:  ${a.date ?? '(unknown)'}${a.outlet ? `   outlet: ${a.outlet}` : ''}`)
  lines.push('')
  lines.push(`pledges (${a.pledges.length})`)
  if (a.pledges.length) {
    const rows = a.pledges.map((p) => [
      p.actor,
      p.kind,
      p.year === null ? '-' : String(p.year),
      p.value == null ? '-' : p.value_max != null ? `${p.value}-${p.value_max}` : String(p.value),
      p.base_year == null ? '-' : String(p.base_year),
      p.status ?? '-',
      p.change ?? '-',
      excerpt(p.evidence.text),
    ])
    lines.push(...table(['actor', 'kind', 'year', 'value', 'base', 'status', 'change', 'evidence'], rows))
    if (explain) lines.push(...a.pledges.map((p, i) => explainLine(i, p.rule, p.evidence.text)))
  }
  lines.push('')
  lines.push(`interactions (${a.interactions.length})`)
  if (a.interactions.length) {
    const rows = a.interactions.map((x) => [x.actor, x.type, x.target, x.date ?? '-', x.place ?? '-', excerpt(x.evidence.text)])
    lines.push(...table(['actor', 'type', 'target', 'date', 'place', 'evidence'], rows))
    if (explain) lines.push(...a.interactions.map((x, i) => explainLine(i, x.rule, x.evidence.text)))
  }
  lines.push('')
  lines.push(`quotes (${a.quotes.length})`)
  for (const [i, q] of a.quotes.entries()) {
    lines.push(`  ${q.speaker}${q.actor ? ` (${q.actor})` : ''}: “${excerpt(q.text, 100)}”`)
    if (explain) lines.push(explainLine(i, q.rule, q.evidence.text))
  }
  lines.push('')
  // Names and text come from the articles: nothing in them may drive the terminal (issue 15).
  return lines.map(escapeForTerminal).join('\n')
}

function explainLine(i: number, rule: string | undefined, sentence: string): string {
  return `    #${i + 1} rule ${rule ?? '?'} on: ${sentence.replace(/\s+/g, ' ')}`
}

function excerpt(s: string, n = EXCERPT): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const fmt = (r: string[]) => '  ' + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)]
}
