/**
 * Checks a document against what RFC 4287 (Atom 1.0) requires, for the feed
 * tests (issue 17). Well-formedness by happy-dom's XML parser (a project
 * dependency) plus the entity and character rules it lets through; then the
 * spec's MUSTs, section by section. Returns the problems found (none: valid).
 */
import { Window } from 'happy-dom'

const ATOM = 'http://www.w3.org/2005/Atom'
const XHTML = 'http://www.w3.org/1999/xhtml'
// RFC 3339 date-time (§3.3): full date, 'T', time, and a zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
// An IRI with a scheme (§4.2.6: ids are absolute IRIs).
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/

type El = { localName: string; namespaceURI: string | null; getAttribute(n: string): string | null; children: ArrayLike<El>; textContent: string | null }

const kids = (el: El, name: string) => Array.from(el.children).filter((c) => c.namespaceURI === ATOM && c.localName === name)

export function atomProblems(xml: string): string[] {
  const problems: string[] = []
  // 0. XML 1.0: only the five predefined entities and character references; no forbidden characters.
  const badEntity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml)
  if (badEntity) problems.push(`undefined entity or bare & at ${badEntity.index}`)
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) problems.push('a character XML 1.0 forbids')
  const win = new Window()
  try {
    const doc = new win.DOMParser().parseFromString(xml, 'application/xml') as unknown as { documentElement: El | null; getElementsByTagName(n: string): ArrayLike<unknown> }
    if (doc.getElementsByTagName('parsererror').length) return [...problems, 'not well-formed XML']
    const feed = doc.documentElement
    if (!feed || feed.localName !== 'feed' || feed.namespaceURI !== ATOM) return [...problems, 'the root is not atom:feed in the Atom namespace']
    // 4.1.1: exactly one id, title, updated; authors unless every entry has one; at most one alternate per type.
    checkCommon(feed, 'feed', problems)
    const entries = kids(feed, 'entry')
    const feedHasAuthor = kids(feed, 'author').length > 0
    if (!feedHasAuthor && entries.some((e) => kids(e, 'author').length === 0)) problems.push('feed: no atom:author, and an entry has none either (4.1.1)')
    const ids = new Set<string>()
    entries.forEach((e, i) => {
      const where = `entry ${i + 1}`
      checkCommon(e, where, problems)
      const id = kids(e, 'id')[0]?.textContent?.trim() ?? ''
      if (ids.has(id)) problems.push(`${where}: id ${id} repeats another entry's`)
      ids.add(id)
      // 4.1.2: published at most once; content or an alternate link; summary at most once.
      if (kids(e, 'published').length > 1) problems.push(`${where}: more than one atom:published`)
      for (const p of kids(e, 'published')) if (!DATE_TIME.test(p.textContent ?? '')) problems.push(`${where}: published is not an RFC 3339 date-time`)
      if (kids(e, 'summary').length > 1) problems.push(`${where}: more than one atom:summary`)
      const content = kids(e, 'content')
      if (content.length > 1) problems.push(`${where}: more than one atom:content`)
      if (!content.length && !kids(e, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')) problems.push(`${where}: neither content nor an alternate link (4.1.2)`)
      // 4.1.3.3: type="xhtml" content is a single XHTML div.
      for (const c of content) {
        if (c.getAttribute('type') === 'xhtml') {
          const divs = Array.from(c.children)
          if (divs.length !== 1 || divs[0].localName !== 'div' || divs[0].namespaceURI !== XHTML) problems.push(`${where}: xhtml content is not one xhtml:div`)
        }
      }
      for (const a of kids(e, 'author')) if (kids(a, 'name').length !== 1 || !kids(a, 'name')[0].textContent?.trim()) problems.push(`${where}: an author without exactly one non-empty name (3.2)`)
    })
    for (const a of kids(feed, 'author')) if (kids(a, 'name').length !== 1) problems.push('feed: an author without exactly one name (3.2)')
  } finally {
    void win.happyDOM.close()
  }
  return problems
}

function checkCommon(el: El, where: string, problems: string[]): void {
  for (const name of ['id', 'title', 'updated']) {
    const n = kids(el, name).length
    if (n !== 1) problems.push(`${where}: ${n} atom:${name} (exactly one is required)`)
  }
  const id = kids(el, 'id')[0]?.textContent?.trim() ?? ''
  if (!ABSOLUTE_IRI.test(id)) problems.push(`${where}: id "${id}" is not an absolute IRI (4.2.6)`)
  const updated = kids(el, 'updated')[0]?.textContent?.trim() ?? ''
  if (!DATE_TIME.test(updated)) problems.push(`${where}: updated "${updated}" is not an RFC 3339 date-time (3.3)`)
  const title = kids(el, 'title')[0]
  if (title && !['text', 'html', 'xhtml', null].includes(title.getAttribute('type'))) problems.push(`${where}: title type is not text, html or xhtml`)
  const alternates = new Set<string>()
  for (const l of kids(el, 'link')) {
    if (!l.getAttribute('href')) problems.push(`${where}: a link without href (4.2.7)`)
    if ((l.getAttribute('rel') ?? 'alternate') !== 'alternate') continue
    const key = `${l.getAttribute('type') ?? ''}|${l.getAttribute('hreflang') ?? ''}`
    if (alternates.has(key)) problems.push(`${where}: two alternate links of one type and language (4.1.1, 4.1.2)`)
    alternates.add(key)
  }
}
