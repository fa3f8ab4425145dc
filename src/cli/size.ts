/**
 * Parses a byte size: a plain number of bytes or one with a unit
 * (`500k`, `5MB`, `1.5 MiB`, `2g`). Units are powers of 1024.
 */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value)
  if (!m) throw new Error(`not a size: "${value}" (use bytes or a unit, e.g. 500k, 5MB)`)
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g']
  const bytes = Math.floor(Number(m[1]) * scale)
  if (bytes <= 0) throw new Error(`size must be positive: "${value}"`)
  return bytes
}

/**
 * Formats a byte count the way `parseSize` reads it back: `5MB`, `500k`, `1.5GB`.
 * @example formatSize(5 * 1024 * 1024) // '5MB'
 */
export function formatSize(bytes: number): string {
  for (const [unit, scale] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['k', 1024]] as const) {
    if (bytes >= scale && (bytes * 10) % scale === 0) return `${bytes / scale}${unit}`
  }
  return String(bytes)
}
