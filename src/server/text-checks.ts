import { ApiError } from './api-error.js'

// C0 controls other than tab, line feed and carriage return: PostgreSQL refuses NUL in text
// ("invalid byte sequence 0x00", a 500 before issue 15), and none of them belongs in a query.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * Why a string cannot be taken as text, or null when it can. `strict` also
 * refuses control characters (in a name or a query); an article's body may
 * hold a stray form feed, but never a NUL.
 */
export function textProblem(s: string, strict = true): string | null {
  const c = strict ? CONTROL.exec(s) : /\u0000/.exec(s)
  if (c) return c[0] === '\u0000' ? 'contains a NUL character (U+0000)' : `contains a control character (U+${c[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`
  if (LONE_SURROGATE.test(s)) return 'is not valid Unicode (a lone surrogate)'
  return null
}

/**
 * Checks every query parameter of a request URL before any schema sees it:
 * percent-encoded bytes that are not UTF-8 (`%FF`, which the router would
 * leave as the three characters) and NUL or control characters are a 400
 * naming the parameter (issue 15, item 4).
 */
export function checkQueryText(url: string): void {
  const q = url.indexOf('?')
  if (q < 0) return
  for (const pair of url.slice(q + 1).split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    const rawName = eq < 0 ? pair : pair.slice(0, eq)
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1)
    const name = strictDecode(rawName)
    if (name === null) throw new ApiError(400, 'E_BAD_REQUEST', `query: a parameter name is not valid UTF-8 (${rawName.slice(0, 40)})`)
    const value = strictDecode(rawValue)
    if (value === null) throw new ApiError(400, 'E_BAD_REQUEST', `${name}: not valid UTF-8 (percent-encoded bytes that decode to no text)`)
    const problem = textProblem(name) ?? textProblem(value)
    if (problem) throw new ApiError(400, 'E_BAD_REQUEST', `${name}: ${problem}`)
  }
}

/** Checks path parameters the same way (they are decoded already). */
export function checkParamText(params: Record<string, string>, where = 'path'): void {
  for (const [name, value] of Object.entries(params)) {
    const problem = textProblem(value)
    if (problem) throw new ApiError(400, 'E_BAD_REQUEST', `${where}.${name}: ${problem}`)
  }
}

/**
 * Checks every string in a parsed JSON body; a bad one is a 400 naming its
 * field (`body.text`). The fields named in `lenient` (the article itself) may
 * hold control characters other than NUL.
 */
export function checkJsonText(value: unknown, lenient: ReadonlySet<string> = new Set(), path = 'body'): void {
  if (typeof value === 'string') {
    const problem = textProblem(value, !lenient.has(path))
    if (problem) throw new ApiError(400, 'E_BAD_BODY', `${path}: ${problem}`)
  } else if (Array.isArray(value)) value.forEach((v, i) => checkJsonText(v, lenient, `${path}.${i}`))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkJsonText(v, lenient, `${path}.${k}`)
}

function strictDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return null
  }
}
