const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// RFC 822 §5.1 zone names; military single letters are too often wrong to trust.
const ZONES: Record<string, string> = {
  ut: '+00:00', utc: '+00:00', gmt: '+00:00', z: '+00:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
}

const RFC822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i

/**
 * Normalises a feed date (RSS `pubDate` in RFC 822, Atom/Dublin Core dates in
 * ISO 8601) to ISO 8601 **keeping the publisher's UTC offset**, or null.
 * The offset is kept because the register dates an article by the outlet's
 * local day (see `ingest/date.ts`): "Thu, 29 Apr 2021 23:30 -0500" must stay
 * on the 29th, which converting to UTC would lose.
 * @example normaliseFeedDate('Thu, 29 Apr 2021 23:30:00 -0500') // '2021-04-29T23:30:00-05:00'
 */
export function normaliseFeedDate(value: string | null | undefined): string | null {
  const v = value?.trim()
  if (!v) return null
  const rfc = RFC822.exec(v)
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].slice(0, 3).toLowerCase())
    let year = +rfc[3]
    if (rfc[3].length === 2) year += year < 50 ? 2000 : 1900 // RFC 2822 §4.3
    const zone = rfc[7] ? zoneOf(rfc[7]) : '+00:00'
    if (month < 0 || zone === null) return null
    return build(year, month + 1, +rfc[1], +rfc[4], +rfc[5], +(rfc[6] ?? 0), zone)
  }
  const iso = ISO.exec(v)
  if (iso) {
    if (iso[4] === undefined) return build(+iso[1], +iso[2], +iso[3], 0, 0, 0, null)
    const zone = !iso[7] || iso[7].toUpperCase() === 'Z' ? '+00:00' : offsetOf(iso[7])
    if (zone === null) return null
    return build(+iso[1], +iso[2], +iso[3], +iso[4], +iso[5], +(iso[6] ?? 0), zone)
  }
  return null
}

/** A zone name or a numeric offset; unknown names (CEST, IST) count as UTC: the day is rarely off by more. */
function zoneOf(text: string): string | null {
  if (/^[a-z]+$/i.test(text)) return ZONES[text.toLowerCase()] ?? '+00:00'
  return offsetOf(text)
}

function offsetOf(text: string): string | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text)
  if (!m || +m[2] > 14 || +m[3] > 59) return null
  return `${m[1]}${m[2]}:${m[3]}`
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string | null): string | null {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return null
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() !== mo - 1) return null // 31 April
  const day = `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`
  return zone === null ? day : `${day}T${pad(h)}:${pad(mi)}:${pad(Math.min(s, 59))}${zone}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
