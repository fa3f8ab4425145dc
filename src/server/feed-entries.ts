import type { ChangeEvent } from '../events/change-event.js'
import { uuidOf } from '../events/event-id.js'
import type { FeedConflictRow } from '../store/queries/feed-conflicts.js'
import type { AtomEntry, AtomFeed, AtomLink, Xhtml } from './atom.js'

/** What a feed was asked for, and where it is served from (for absolute links). */
export interface FeedRequest {
  /** `http://127.0.0.1:8080`: the dashboard's pages and the feed's self link hang off it. */
  readonly origin: string
  /** The feed's own URL as requested. */
  readonly self: string
  readonly actor?: string
  readonly actorName?: string
  readonly kind?: string
  readonly since?: string
}

/** An ISO date as an RFC 3339 instant: midnight UTC of the report's day (reports carry days, not times). */
const instant = (date: string) => `${date}T00:00:00Z`

/**
 * The article's dashboard page, opened at the fact behind the entry (its span
 * and its pledge: two changes read from one sentence still link apart, and
 * feed readers, our own parser too, take one link for one item).
 */
function articlePage(origin: string, at: { article_id: number | null; pledge_id: number | null; ev_start: number | null; ev_end: number | null }): string | undefined {
  if (at.article_id === null) return undefined
  const q = new URLSearchParams()
  if (at.ev_start !== null && at.ev_end !== null) q.set('span', `${at.ev_start}-${at.ev_end}`)
  if (at.pledge_id !== null) q.set('fact', `pledge:${at.pledge_id}`)
  return `${origin}/#/article/${at.article_id}${q.size ? `?${q}` : ''}`
}

/** One change-log line as an entry, dated by its report, linking the article page and the outlet's page. */
function changeEntry(e: Extract<ChangeEvent, { kind: 'change' }>, origin: string): AtomEntry {
  const r = e.row
  const outlet = r.outlet || 'unknown outlet'
  const page = articlePage(origin, r)
  const links: AtomLink[] = []
  if (page) links.push({ rel: 'alternate', type: 'text/html', href: page, title: 'the article in the register, its facts highlighted' })
  if (r.url) links.push({ rel: 'related', type: 'text/html', href: r.url, title: `the article at ${outlet}` })
  const said = [`${outlet}, reported ${r.reported}`, r.date_source ? ` (date from the ${r.date_source})` : '', r.state ? `; the target is ${r.state} in the register` : '']
  return {
    id: e.id,
    title: e.title,
    updated: instant(r.reported!),
    published: instant(r.reported!),
    authors: [outlet],
    links,
    categories: [{ term: r.actor, label: 'actor' }, { term: r.kind, label: 'kind of target' }, { term: r.change, label: 'change' }],
    summary: r.evidence ? `${r.evidence.replace(/\s+/g, ' ')} (${outlet})` : e.title,
    content: [
      { tag: 'p', children: [{ tag: 'strong', children: [e.title] }] },
      ...(r.evidence ? [{ tag: 'blockquote' as const, children: [r.evidence.replace(/\s+/g, ' ')] }] : []),
      { tag: 'p', children: [said.join('')] },
      { tag: 'p', children: [{ tag: 'a', href: page, children: ['The article in the register'] }, ' · ', { tag: 'a', href: r.url ?? undefined, children: [`the article at ${outlet}`] }] },
    ],
  }
}

/** A conflict as an entry, dated by the later of its two reports, quoting both. */
function conflictEntry(e: Extract<ChangeEvent, { kind: 'conflict' }>, origin: string): AtomEntry {
  const r = e.row
  const later = (r.a.reported ?? '') >= (r.b.reported ?? '') ? r.a : r.b
  const side = (s: FeedConflictRow['a']): Xhtml[] => [
    { tag: 'blockquote', children: [s.sentence.replace(/\s+/g, ' ')] },
    { tag: 'p', children: [`${s.outlet ?? s.doc}, reported ${s.reported}: `, { tag: 'a', href: articlePage(origin, s), children: ['in the register'] }, ' · ', { tag: 'a', href: s.url ?? undefined, children: ['at the outlet'] }] },
  ]
  const links: AtomLink[] = [{ rel: 'alternate', type: 'text/html', href: articlePage(origin, later)!, title: 'the later report in the register' }]
  for (const s of [r.a, r.b]) if (s.url) links.push({ rel: 'related', type: 'text/html', href: s.url, title: `the article at ${s.outlet ?? s.doc}` })
  return {
    id: e.id,
    title: e.title,
    updated: instant(r.reported!),
    published: instant(r.reported!),
    authors: [...new Set([r.a.outlet || 'unknown outlet', r.b.outlet || 'unknown outlet'])],
    links,
    categories: [{ term: r.actor, label: 'actor' }, { term: r.kind, label: 'kind of target' }, { term: 'conflict', label: 'change' }],
    summary: `${r.a.sentence.replace(/\s+/g, ' ')} / ${r.b.sentence.replace(/\s+/g, ' ')}`,
    content: [{ tag: 'p', children: [{ tag: 'strong', children: [e.title] }] }, ...side(r.a), ...side(r.b)],
  }
}

/**
 * The events as one Atom feed, newest report first (`limit` at most). Its id
 * is fixed by what it selects (path, actor, kind, since), never by its page size.
 */
export function buildFeed(events: readonly ChangeEvent[], req: FeedRequest, limit: number): AtomFeed {
  // Stable: within a day, change lines keep the change log's order, then conflicts.
  const sorted = [...events].sort((a, b) => (b.reported ?? '').localeCompare(a.reported ?? '')).slice(0, limit)
  const entries = sorted.map((e) => (e.kind === 'change' ? changeEntry(e, req.origin) : conflictEntry(e, req.origin)))
  const who = req.actor ? `${req.actorName ?? req.actor}'s climate targets` : 'the register of climate targets'
  const kind = req.kind ? ` (${req.kind})` : ''
  const page = req.actor ? `${req.origin}/#/actor/${encodeURIComponent(req.actor)}` : `${req.origin}/#/changes`
  return {
    id: uuidOf(['feed', req.actor ?? null, req.kind ?? null, req.since ?? null]),
    title: `Pledgewatch: changes to ${who}${kind}`,
    subtitle: 'Each target that appeared, changed value, moved year, was superseded or withdrawn, and each new conflict between sources, dated by the report that stated it, with the sentence behind it. Changes read from undated reports are not listed: see "pledgewatch changes" or the webhooks.',
    updated: entries[0]?.updated ?? '1970-01-01T00:00:00Z',
    authors: ['Pledgewatch'],
    links: [{ rel: 'self', type: 'application/atom+xml', href: req.self }, { rel: 'alternate', type: 'text/html', href: page }],
    entries,
  }
}
