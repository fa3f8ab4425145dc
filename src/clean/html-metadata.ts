/**
 * Page metadata from the light DOM, read before pruning (pruning drops the
 * <script> JSON-LD and <link> elements it needs).
 * - title: og:title, twitter:title, JSON-LD headline, first <h1>, <title>; site suffix removed;
 * - date: article:published_time, JSON-LD datePublished, <time datetime>, date-like <meta>;
 * - outlet: og:site_name, JSON-LD publisher name; url: canonical link, og:url.
 */
import { normaliseDate } from '../ingest/date.js'
import { type Document, type Element, textOf, walkElements } from './html-dom.js'
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
