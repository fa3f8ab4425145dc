import { Option } from 'commander'
import { escapeForTerminal } from './terminal-text.js'

export type QueryFormat = 'table' | 'json' | 'csv'

/** The `--format table|json|csv` option every query command takes. */
export function formatOption(): Option {
  return new Option('-f, --format <format>', 'table (for a person), json, or csv').choices(['table', 'json', 'csv']).default('table')
}

export interface Column<T> {
  readonly head: string
  readonly get: (row: T) => string | number | null | undefined
}

/**
 * Renders rows: `json` prints `data` (the full objects, nested fields and
 * all), `csv` and `table` print the columns.
 */
export function render<T>(format: QueryFormat, rows: readonly T[], columns: readonly Column<T>[], data: unknown = rows): string {
  if (format === 'json') return JSON.stringify(data, null, 2) + '\n'
  const cells = rows.map((r) => columns.map((c) => (c.get(r) == null ? '' : String(c.get(r)))))
  if (format === 'csv') return [columns.map((c) => csvCell(c.head)).join(','), ...cells.map((r) => r.map(csvCell).join(','))].join('\n') + '\n'
  if (!rows.length) return '(nothing found)\n'
  // A table is for a terminal: text from the articles is shown, never acted on (issue 15).
  for (const r of cells) r.forEach((c, i) => (r[i] = escapeForTerminal(c)))
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.head.length, ...cells.map((r) => r[i].length))))
  const fit = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w))
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c.slice(0, 100) : fit(c, widths[i]))).join('  ').trimEnd()
  return [line(columns.map((c) => c.head)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n'
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** "46", "40–45", or "" for a value and its range end. */
export function formatValue(value: number | null, max: number | null): string {
  if (value == null) return ''
  return max != null && max !== value ? `${value}–${max}` : String(value)
}
