/**
 * Normalises a metadata date ("2021-04-29", "2021-04-29T08:00:00Z",
 * "April 29, 2021", "Thu, 29 Apr 2021 08:00:00 GMT") to `YYYY-MM-DD`, or null.
 * The calendar day as written is kept: a timestamp's own date part wins over
 * its conversion to UTC, since the outlet's local day is the one readers saw.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null
  const v = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(v)
  if (iso) return validDay(+iso[1], +iso[2], +iso[3])
  const ms = Date.parse(v)
  if (Number.isNaN(ms)) return null
  const d = new Date(ms)
  return validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
