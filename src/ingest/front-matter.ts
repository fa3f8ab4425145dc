/** Fields a front-matter block may carry (FORMAT of the dev set: title, outlet, date, url). */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>
  /** The text after the closing `---`. */
  readonly body: string
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/

/**
 * Splits a leading `---` … `---` block of `key: value` lines from the body.
 * Returns null when the text has no such block. Values may be quoted.
 */
export function parseFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text)
  if (!open) return null
  const rest = text.slice(open[0].length)
  const close = /^---[ \t]*$/m.exec(rest)
  if (!close) return null
  const block = rest.slice(0, close.index)
  const fields: Record<string, string> = {}
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!m) continue
    fields[m[1].toLowerCase()] = unquote(m[2].trim())
  }
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '')
  return { fields, body }
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1).replace(/\\"/g, '"')
  }
  return v
}
