/**
 * A small Atom 1.0 writer (RFC 4287) for the register's feeds (issue 17).
 * Everything from outside (outlets, sentences, titles, URLs) goes through
 * `escapeXml`, and links are written only when they are http(s).
 */

export const ATOM_NS = 'http://www.w3.org/2005/Atom'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'

export interface AtomLink {
  readonly href: string
  readonly rel?: 'self' | 'alternate' | 'related' | 'via'
  readonly type?: string
  readonly title?: string
}

export interface AtomCategory {
  readonly term: string
  readonly scheme?: string
  readonly label?: string
}

/** A piece of XHTML content: text, or an element with text-only attributes. */
export type Xhtml = string | { readonly tag: 'p' | 'blockquote' | 'a' | 'strong' | 'br'; readonly href?: string; readonly children?: readonly Xhtml[] }

export interface AtomEntry {
  /** A permanent IRI (RFC 4287 §4.2.6). */
  readonly id: string
  readonly title: string
  /** RFC 3339 date-time. */
  readonly updated: string
  readonly published?: string
  readonly authors: readonly string[]
  readonly links: readonly AtomLink[]
  readonly categories?: readonly AtomCategory[]
  readonly summary?: string
  readonly content?: readonly Xhtml[]
}

export interface AtomFeed {
  readonly id: string
  readonly title: string
  readonly subtitle?: string
  readonly updated: string
  readonly authors: readonly string[]
  readonly links: readonly AtomLink[]
  readonly entries: readonly AtomEntry[]
}

// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and unpaired surrogates, even escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text safe inside an XML element or a quoted attribute: markup characters
 * escaped, characters XML cannot carry removed.
 * @example escapeXml('<b>"AT&T"</b>') // '&lt;b&gt;&quot;AT&amp;T&quot;&lt;/b&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** The URL when it is an absolute http(s) one, else undefined (`javascript:`, `data:`, relative junk). */
export function httpUrl(href: string | null | undefined): string | undefined {
  if (!href) return undefined
  try {
    const u = new URL(href)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined
  } catch {
    return undefined
  }
}

const attrs = (o: Record<string, string | undefined>) =>
  Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${escapeXml(v!)}"`).join('')

function link(l: AtomLink): string {
  const href = httpUrl(l.href)
  return href ? `<link${attrs({ rel: l.rel, type: l.type, href, title: l.title })}/>` : ''
}

const person = (name: string) => `<author><name>${escapeXml(name)}</name></author>`
const text = (tag: string, value: string) => `<${tag} type="text">${escapeXml(value)}</${tag}>`

function xhtml(node: Xhtml): string {
  if (typeof node === 'string') return escapeXml(node)
  if (node.tag === 'br') return '<br/>'
  const inner = (node.children ?? []).map(xhtml).join('')
  if (node.tag !== 'a') return `<${node.tag}>${inner}</${node.tag}>`
  const href = httpUrl(node.href)
  // A link that is not http(s) keeps its text and loses its target.
  return href ? `<a href="${escapeXml(href)}">${inner}</a>` : inner
}

function entry(e: AtomEntry): string {
  return [
    '<entry>',
    `<id>${escapeXml(e.id)}</id>`,
    text('title', e.title),
    `<updated>${escapeXml(e.updated)}</updated>`,
    e.published ? `<published>${escapeXml(e.published)}</published>` : '',
    ...e.authors.map(person),
    ...e.links.map(link),
    ...(e.categories ?? []).map((c) => `<category${attrs({ term: c.term, scheme: c.scheme, label: c.label })}/>`),
    e.summary !== undefined ? text('summary', e.summary) : '',
    e.content ? `<content type="xhtml"><div xmlns="${XHTML_NS}">${e.content.map(xhtml).join('')}</div></content>` : '',
    '</entry>',
  ].join('')
}

/**
 * The feed as an Atom 1.0 document (UTF-8), one entry per line.
 * @example renderAtom({ id: 'urn:uuid:…', title: 'Changes', updated: '2021-04-22T00:00:00Z', authors: ['Pledgewatch'], links: [], entries: [] })
 */
export function renderAtom(f: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}">`,
    `<id>${escapeXml(f.id)}</id>`,
    text('title', f.title),
    f.subtitle ? text('subtitle', f.subtitle) : '',
    `<updated>${escapeXml(f.updated)}</updated>`,
    ...f.authors.map(person),
    ...f.links.map(link),
    '<generator>Pledgewatch</generator>',
    ...f.entries.map(entry),
    '</feed>',
    '',
  ].filter(Boolean).join('\n')
}
