import { PledgewatchError } from '../errors.js'

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * Parses a polling interval such as `90s`, `30m`, `1h`, `1h30m` or `1.5h` into
 * milliseconds. A bare number is refused: "30" could mean seconds or minutes,
 * and guessing wrong would poll a site 60 times too often.
 * @example parseInterval('1h30m') // 5_400_000
 */
export function parseInterval(text: string): number {
  const value = text.trim().toLowerCase()
  const part = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy
  let total = 0
  let end = 0
  for (let m = part.exec(value); m; m = part.exec(value)) {
    total += Number(m[1]) * UNIT_MS[m[2]]
    end = part.lastIndex
  }
  if (!value || end !== value.length || !(total >= 1)) throw new PledgewatchError('E_BAD_INTERVAL', { value: text })
  return Math.round(total)
}

/** Formats milliseconds for messages: 5400000 → `1h30m`, 1500 → `1.5s`. */
export function formatInterval(ms: number): string {
  if (ms < 1000) return `${ms}ms`
  if (ms % 60_000 !== 0) return `${ms / 1000}s`
  const h = Math.floor(ms / 3_600_000)
  const m = (ms % 3_600_000) / 60_000
  return h && m ? `${h}h${m}m` : h ? `${h}h` : `${m}m`
}
