import { useMemo, useState } from 'preact/hooks'
import { useApi, type Loaded } from '../api.js'
import { CheckPanel } from '../components/check-panel.js'
import { Await } from '../components/status.js'
import { claimLabel, dateText, INTERACTION_VERBS } from '../format.js'
import { segmentText } from '../highlight.js'
import { href } from '../router.js'
import { safeHttpUrl } from '../safe-url.js'
import type { ArticleDetail, ArticleFact, CheckLine } from '../types.js'

type Kind = 'pledge' | 'interaction' | 'quote'
interface Fact {
  readonly key: string
  readonly kind: Kind
  readonly fact: ArticleFact
}

/** A short name for a fact, for its highlight's label and the fields panel's heading. */
function factTitle({ kind, fact: f }: Fact): string {
  if (kind === 'pledge') return `${String(f.actor)} ${claimLabel(f as never)}`
  if (kind === 'interaction') return `${String(f.actor)} ${INTERACTION_VERBS[String(f.type)] ?? String(f.type)} ${String(f.target)}`
  return `Quote by ${String(f.speaker)}`
}

/** The fields shown for a fact: everything stored except its id and evidence, which the text shows. */
function fieldsOf(f: ArticleFact): Array<[string, string]> {
  return Object.entries(f)
    .filter(([k, v]) => k !== 'evidence' && k !== 'id' && v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)])
}

/** An article: its cleaned text with every fact highlighted where it was read, the facts' fields, and how they compare to the register. */
export function ArticlePage({ id, query }: { id: string; query: URLSearchParams }) {
  const article = useApi<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`)
  const check = useApi<CheckLine[]>(`/api/articles/${encodeURIComponent(id)}/check`)
  return (
    <Await result={article} what={`article ${id}`}>
      {(a) => <ArticleView article={a} check={check} query={query} />}
    </Await>
  )
}

function ArticleView({ article: a, check, query }: { article: ArticleDetail; check: Loaded<CheckLine[]>; query: URLSearchParams }) {
  const facts = useMemo<Fact[]>(
    () => [
      ...a.pledges.map((fact) => ({ key: `pledge:${fact.id}`, kind: 'pledge' as const, fact })),
      ...a.interactions.map((fact) => ({ key: `interaction:${fact.id}`, kind: 'interaction' as const, fact })),
      ...a.quotes.map((fact) => ({ key: `quote:${fact.id}`, kind: 'quote' as const, fact })),
    ],
    [a],
  )
  const byKey = useMemo(() => new Map(facts.map((f) => [f.key, f])), [facts])
  const initial = useMemo(() => {
    const span = /^(\d+)-(\d+)$/.exec(query.get('span') ?? '')
    const bySpan = span && facts.find((f) => f.fact.evidence.start === Number(span[1]) && f.fact.evidence.end === Number(span[2]))
    return bySpan ? bySpan.key : byKey.has(query.get('fact') ?? '') ? query.get('fact')! : null
  }, [facts, byKey, query])
  const [selected, setSelected] = useState<string | null>(initial)
  const segments = useMemo(() => segmentText(a.text, facts.map((f) => ({ key: f.key, start: f.fact.evidence.start, end: f.fact.evidence.end }))), [a.text, facts])
  const current = selected ? byKey.get(selected) : undefined
  const url = safeHttpUrl(a.url)
  // A click on a run covered by several facts picks the next one each time.
  const choose = (keys: readonly string[]) => setSelected((s) => (s && keys.includes(s) ? keys[(keys.indexOf(s) + 1) % keys.length] : keys[0]))
  return (
    <section aria-labelledby="article-title" class="article-page">
      <h1 id="article-title">{a.title ?? a.doc}</h1>
      <p class="muted">
        {a.outlet ?? 'unknown outlet'} · {dateText(a.published)} · {facts.length} facts ·{' '}
        {url ? <a href={url} rel="noopener noreferrer nofollow" target="_blank">original</a> : <span>address: {a.url ?? 'none'}</span>}
      </p>
      <div class="article-layout">
        <div class="article-text" aria-label="Article text; highlighted passages are facts, press Enter on one to show its fields">
          {segments.map((s) =>
            s.keys.length ? (
              <mark
                class={`fact ${s.keys.map((k) => `fact-${k.split(':')[0]}`).join(' ')}${selected && s.keys.includes(selected) ? ' selected' : ''}`}
                data-facts={s.keys.join(' ')}
                tabIndex={0}
                role="button"
                aria-pressed={!!selected && s.keys.includes(selected)}
                // The passage itself first, so the name holds what is seen (WCAG 2.5.3), then the facts read from it.
                aria-label={`${s.text.trim()} (${s.keys.map((k) => factTitle(byKey.get(k)!)).join('; ')})`}
                onClick={() => choose(s.keys)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault()
                    choose(s.keys)
                  }
                }}
              >
                {s.text}
              </mark>
            ) : (
              <span>{s.text}</span>
            ),
          )}
        </div>
        <aside class="article-side" aria-label="Fact details and comparison with the register">
          <div class="card" aria-live="polite" id="fact-panel">
            {current ? (
              <>
                <h2>{factTitle(current)}</h2>
                <dl class="fields">
                  <dt>kind</dt>
                  <dd>{current.kind}</dd>
                  {fieldsOf(current.fact).map(([k, v]) => (
                    <>
                      <dt>{k}</dt>
                      <dd>{v}</dd>
                    </>
                  ))}
                  <dt>evidence</dt>
                  <dd>
                    <q>{current.fact.evidence.text}</q> ({current.fact.evidence.start}–{current.fact.evidence.end})
                  </dd>
                </dl>
              </>
            ) : (
              <p class="muted">Select a highlighted passage to see the fact read from it.</p>
            )}
          </div>
          <div class="card">
            <h2>Against the register</h2>
            <Await result={check} what="the comparison">
              {(lines) => <CheckPanel lines={lines} onSelect={setSelected} />}
            </Await>
          </div>
          <div class="card">
            <h2>Facts</h2>
            <ul class="plain">
              {facts.map((f) => (
                <li>
                  <button type="button" class="link" aria-pressed={selected === f.key} onClick={() => setSelected(f.key)}>
                    {factTitle(f)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
          {a.copies.length ? (
            <div class="card">
              <h2>Same story elsewhere</h2>
              <ul class="plain">
                {a.copies.map((c) => (
                  <li>
                    <a href={href('article', c.id)}>{c.outlet ?? c.doc}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </aside>
      </div>
    </section>
  )
}
