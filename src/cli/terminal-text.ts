/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC
 * starts sequences that retitle the window or rewrite the screen, a newline
 * forges a new message line), DEL, the line and paragraph separators, and the
 * bidirectional controls that reorder what is shown (issue 15, item 5).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * Makes text from outside (file names, URLs, reasons quoting them) safe to
 * print on one terminal line: each unsafe character is shown as an escape
 * (`\n`, `\x1b`, `\u202e`), so the name stays recognisable and nothing runs.
 * @example escapeForTerminal('a\u001b]0;pwned\u0007.txt') // 'a\\x1b]0;pwned\\x07.txt'
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED[c]
    if (named) return named
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/** The one stderr line of a failed input: `pledgewatch: SOURCE: REASON [CODE]`, escaped. */
export function failureLine(f: { readonly source: string; readonly reason: string; readonly code?: string }): string {
  return `pledgewatch: ${escapeForTerminal(f.source)}: ${escapeForTerminal(f.reason)}${f.code ? ` [${f.code}]` : ''}\n`
}
