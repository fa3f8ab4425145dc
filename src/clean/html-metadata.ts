/**
 * Page metadata from the light DOM, read before pruning (pruning drops the
 * <script> JSON-LD and <link> elements it needs).
 * - title: og:title, twitter:title, JSON-LD headline, first <h1>, <title>; site suffix removed;
 * - date: article:published_time, JSON-LD datePublished, <time datetime>, date-like <meta>;
 * - outlet: og:site_name, JSON-LD publisher name; url: canonical link, og:url.
 */
import { normaliseDate } from '../ingest/date.js'
import { type AnyNode, type Document, type Element, isTag, isText, textOf, walkElements } from './html-dom.js'
import { type JsonLdArticle, readJsonLd } from './html-jsonld.js'

export interface PageMetadata {
  readonly title: string | null
  readonly date: string | null
  readonly outlet: string | null
  readonly url: string | null
}

/** <meta> keys that carry a publication date, most specific first. */
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'published_time', 'datepublished', 'date', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.date',
  'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'originalpublicationdate',
]

interface PageFacts {
  readonly meta: Map<string, string>
  readonly ld: JsonLdArticle
  canonical: string | null
  h1: string | null
  titleTag: string | null
  time: string | null
}

function collect(doc: Document): PageFacts {
  const facts: PageFacts = { meta: new Map(), ld: {}, canonical: null, h1: null, titleTag: null, time: null }
  const scripts: Element[] = []
  walkElements(doc, (el) => {
    const a = el.attribs
    switch (el.name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase().trim()
        const value = (a.content ?? '').trim()
        if (key && value && !facts.meta.has(key)) facts.meta.set(key, value)
        return
      }
      case 'link':
        if (!facts.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && a.href) facts.canonical = a.href.trim()
        return
      case 'title':
        facts.titleTag ??= textOf(el) || null
        return false
      case 'h1':
        facts.h1 ??= textOf(el) || null
        return false
      case 'time':
        facts.time ??= a.datetime?.trim() || null
        return
      case 'script':
        if (/ld\+json/i.test(a.type ?? '')) scripts.push(el)
        return false
    }
  })
  return { ...facts, ld: readJsonLd(scripts.map((s) => textOf(s))) }
}

/** Removes a trailing " | Site", " - Site" or " — Site" from a page title. */
export function stripSiteSuffix(title: string, outlet: string | null): string {
  const parts = title.split(/\s+[|–—·»]{1,2}\s+|\s+-\s+/)
  if (parts.length < 2) return title
  const last = parts[parts.length - 1]
  const isSite =
    (outlet && last.toLowerCase() === outlet.toLowerCase()) || (last.split(/\s+/).length <= 4 && /^[\p{Lu}\d]/u.test(last))
  if (!isSite) return title
  const rest = title.slice(0, title.length - last.length).replace(/\s*(?:[|–—·»]{1,2}|-)\s*$/, '').trim()
  return rest || title
}

/** Reads title, date, outlet and url from a parsed page; `fallbackUrl` is where the page came from. */
export function readMetadata(doc: Document, fallbackUrl: string | null = null): PageMetadata {
  const f = collect(doc)
  const m = f.meta
  const outlet = m.get('og:site_name') ?? f.ld.publisher ?? null
  const rawTitle = m.get('og:title') ?? m.get('twitter:title') ?? f.ld.headline ?? f.h1 ?? f.titleTag ?? null
  const title = rawTitle ? stripSiteSuffix(rawTitle.replace(/\s+/g, ' ').trim(), outlet) : null
  const dateCandidates = [m.get(DATE_KEYS[0]), m.get(DATE_KEYS[1]), m.get(DATE_KEYS[2]), f.ld.datePublished, f.time]
  for (const key of DATE_KEYS.slice(3)) dateCandidates.push(m.get(key))
  let date: string | null = null
  for (const c of dateCandidates) if ((date = normaliseDate(c)) !== null) break
  const url = absoluteUrl(f.canonical ?? m.get('og:url') ?? null, fallbackUrl) ?? fallbackUrl
  return { title: title || null, date, outlet: outlet?.trim() || null, url }
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null
  try {
    return new URL(href, base ?? undefined).href
  } catch {
    return /^https?:\/\//i.test(href) ? href : null
  }
}

const MONTH_NAMES = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec'
/** "Nov 19, 2019", "November 19th, 2019", "19 November 2019", "2019-11-19". */
const VISIBLE_DATE = new RegExp(
  `\\b(?:(${MONTH_NAMES})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})[a-z]*\\.?,?\\s+(\\d{4})|(\\d{4}-\\d{2}-\\d{2}))\\b`,
  'i',
)
const STAMP_HOLDER = /(?:^|[\s_-])(?:date|dateline|time|timestamp|stamp|published|pubdate|posted)(?:$|[\s_-])/i

/**
 * A publication date printed on the page, for pages whose metadata has none: the first
 * short element whose class names a date or whose text opens with "Published" / "Posted".
 */
export function findPrintedDate(doc: Document): string | null {
  let date: string | null = null
  walkElements(doc, (el) => {
    if (date) return false
    if (el.name === 'script' || el.name === 'style') return false
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
    if (el.name !== 'time' && !STAMP_HOLDER.test(names) && el.name !== 'p' && el.name !== 'div' && el.name !== 'span') return
    const text = shortText(el)
    if (text === null || text.length < 6) return
    if (el.name !== 'time' && !STAMP_HOLDER.test(names) && !/^(?:published|posted|first published)\b/i.test(text)) return
    if (/^(?:updated|last updated|modified)\b/i.test(text) && !/published|posted/i.test(text)) return
    const m = VISIBLE_DATE.exec(text)
    if (!m) return
    const [, mon1, d1, y1, d2, mon2, y2, iso] = m
    date = iso ? normaliseDate(iso) : normaliseDate(`${mon1 ?? mon2} ${d1 ?? d2}, ${y1 ?? y2} 12:00 UTC`)
  })
  return date
}

/** The text of a small element (at most 40 nodes, 120 characters), else null: stamps are small, and this keeps the scan linear. */
function shortText(el: Element): string | null {
  const parts: string[] = []
  let nodes = 0
  let chars = 0
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (++nodes > 40) return null
    if (isText(n)) {
      parts.push(n.data)
      if ((chars += n.data.length) > 400) return null
    } else if (isTag(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim()
  return text.length > 120 ? null : text
}
