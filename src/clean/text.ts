import type { Cleaned } from './result.js'

/** PLACEHOLDER (lead): the text-cleaning helper writes this. */
export function cleanText(body: string, _known: { title?: string | null; date?: string | null } = {}): Cleaned {
  const lines = body.split(/\r?\n/).map((l) => l.trim())
  const text = lines.filter((l) => l !== '').join('\n\n')
  return { text, title: null, date: null }
}
