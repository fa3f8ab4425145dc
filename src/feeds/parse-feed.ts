import { PledgewatchError } from '../errors.js'
import { normaliseFeedDate } from './feed-date.js'
import { childrenNamed, firstChild, htmlToText, isElement, localName, parseXml, textOf, type XmlElement } from './xml-tree.js'

/** One entry of a feed: the page to fetch and what the feed says about it. */
export interface FeedItem {
  /** Absolute http(s) URL of the item's page. */
  readonly url: string
  readonly title: string | null
  /** ISO 8601 with the publisher's UTC offset kept (see `normaliseFeedDate`), or null. */
  readonly date: string | null
  /** The feed's own identifier (RSS guid, Atom id, RDF about), else the URL. */
  readonly guid: string
}

/**
 * Reads the items of an RSS 2.0 (and 0.9x), RSS 1.0 (RDF) or Atom feed.
 * 1. Parse leniently into a tree (real feeds are often not well-formed XML).
 * 2. Pick the format from the root element; anything else is `E_BAD_FEED`.
 * 3. Per item: link (relative links resolved against `xml:base`, then the
 *    feed URL), title as plain text, date, guid. Items with no http(s) link
 *    are skipped, since there is nothing to fetch; duplicates keep the first.
 * @example parseFeed(xml, 'https://news.example/feed.xml')[0] // { url, title, date, guid }
 */
export function parseFeed(xml: string, feedUrl: string): FeedItem[] {
  if (!xml.trim()) throw new PledgewatchError('E_BAD_FEED', { reason: 'the document is empty' })
  const root = parseXml(xml.replace(/^\uFEFF/, '')).children.find(isElement)
  if (!root) throw new PledgewatchError('E_BAD_FEED', { reason: 'no XML markup found' })
  const base = withBase(feedUrl, root)
  let items: FeedItem[]
  switch (localName(root)) {
    case 'rss': {
      const channels = childrenNamed(root, 'channel')
      if (channels.length === 0) throw new PledgewatchError('E_BAD_FEED', { reason: '<rss> has no <channel>' })
      const entries = [...channels.flatMap((c) => childrenNamed(c, 'item')), ...childrenNamed(root, 'item')]
      items = collect(entries.map((e) => readRssItem(e, withBase(base, e))))
      break
    }
    case 'rdf': // RSS 1.0 (and 0.90): items are siblings of the channel
      items = collect([root, ...childrenNamed(root, 'channel')].flatMap((p) => childrenNamed(p, 'item')).map((e) => readRssItem(e, withBase(base, e))))
      break
    case 'feed':
      items = collect(childrenNamed(root, 'entry').map((e) => readAtomEntry(e, withBase(base, e))))
      break
    default:
      throw new PledgewatchError('E_BAD_FEED', {
        reason: `the root element is <${root.name}>, not <rss>, <rdf:RDF> or <feed>`,
      })
  }
  return items
}

type Draft = { url: string | null; title: string | null; date: string | null; guid: string | null }

function collect(drafts: Draft[]): FeedItem[] {
  const seen = new Set<string>()
  const out: FeedItem[] = []
  for (const d of drafts) {
    if (!d.url || seen.has(d.url)) continue
    seen.add(d.url)
    out.push({ url: d.url, title: d.title, date: d.date, guid: d.guid || d.url })
  }
  return out
}

function readRssItem(item: XmlElement, base: string): Draft {
  const guidEl = firstChild(item, 'guid')
  const guid = guidEl ? textOf(guidEl).trim() : (item.attrs['rdf:about'] ?? '').trim()
  // A text <link> is RSS; an <atom:link href> inside an RSS item also occurs.
  const links = childrenNamed(item, 'link')
  const linkText = links.map((l) => textOf(l).trim()).find(Boolean)
  const linkHref = links.map((l) => l.attrs.href?.trim()).find(Boolean)
  // Per RSS 2.0, a guid is a permalink unless isPermaLink="false".
  const guidIsLink = guidEl !== undefined && guidEl.attrs.isPermaLink?.toLowerCase() !== 'false'
  const url = resolveLink(linkText || linkHref || (guidIsLink ? guid : ''), base)
  const titleEl = firstChild(item, 'title')
  return {
    url,
    title: titleEl ? cleanTitle(textOf(titleEl), /<[a-z][^>]*>/i.test(textOf(titleEl))) : null,
    date: firstDate(item, 'pubdate', 'date', 'published', 'updated'),
    guid: guid || null,
  }
}

function readAtomEntry(entry: XmlElement, base: string): Draft {
  const links = childrenNamed(entry, 'link').filter((l) => !l.attrs.rel || l.attrs.rel === 'alternate')
  const link = links.find((l) => !l.attrs.type || /html/i.test(l.attrs.type)) ?? links[0]
  const idEl = firstChild(entry, 'id')
  const titleEl = firstChild(entry, 'title')
  return {
    url: link?.attrs.href ? resolveLink(link.attrs.href, withBase(base, link)) : null,
    // type="html" carries escaped markup; type="xhtml" carries elements, which textOf flattens.
    title: titleEl ? cleanTitle(textOf(titleEl), titleEl.attrs.type === 'html') : null,
    date: firstDate(entry, 'published', 'updated', 'issued', 'modified', 'date'),
    guid: idEl ? textOf(idEl).trim() || null : null,
  }
}

function firstDate(el: XmlElement, ...names: string[]): string | null {
  for (const name of names) {
    const child = firstChild(el, name)
    const date = child ? normaliseFeedDate(textOf(child)) : null
    if (date) return date
  }
  return null
}

function cleanTitle(text: string, isHtml: boolean): string | null {
  const plain = (isHtml ? htmlToText(text) : text).replace(/\s+/g, ' ').trim()
  return plain || null
}

/** The base URL inside `el`: its `xml:base` resolved against the outer base. */
function withBase(base: string, el: XmlElement): string {
  const xmlBase = el.attrs['xml:base']
  return xmlBase ? (resolveUrl(xmlBase, base) ?? base) : base
}

/** An absolute http(s) URL, or null for `javascript:`, `mailto:` and unresolvable links. */
function resolveLink(href: string, base: string): string | null {
  const url = href ? resolveUrl(href, base) : null
  return url && /^https?:$/.test(new URL(url).protocol) ? url : null
}

function resolveUrl(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).href
  } catch {
    try {
      return new URL(href.trim()).href // the feed URL itself may not be absolute (a local file)
    } catch {
      return null
    }
  }
}
