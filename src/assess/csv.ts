/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of
 * strings. Throws on an unterminated quote.
 * @example parseCsv('a,b\n1,"x, y"\n') // [['a', 'b'], ['1', 'x, y']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"', i += 2)
      else if (ch === '"') (quoted = false, i++)
      else (field += ch, i++)
      continue
    }
    if (ch === '"' && field === '') (quoted = true, i++)
    else if (ch === ',') (row.push(field), field = '', i++)
    else if (ch === '\n' || ch === '\r') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else (field += ch, i++)
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (field !== '' || row.length) (row.push(field), rows.push(row))
  return rows.filter((r) => !(r.length === 1 && r[0] === ''))
}
