import { useState } from 'preact/hooks'
import { useApi } from '../api.js'
import { Await } from '../components/status.js'
import { dateText } from '../format.js'
import { href } from '../router.js'

interface SearchHit {
  readonly article_id: number
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly snippet: string
}

/** A snippet's «matched» words as <mark>s: split on the markers the server puts in, every piece still text. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/«|»/)
  return <>{parts.map((p, i) => (i % 2 ? <mark>{p}</mark> : <span>{p}</span>))}</>
}

/** Full-text search over the stored articles (words, "quoted phrases", -exclusions, or). */
export function SearchPage({ query }: { query: URLSearchParams }) {
  const [q, setQ] = useState(query.get('q') ?? '')
  const [submitted, setSubmitted] = useState(query.get('q') ?? '')
  const result = useApi<SearchHit[]>(submitted.trim() ? `/api/search?${new URLSearchParams({ q: submitted.trim(), limit: '50' })}` : null)
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search articles</h1>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          setSubmitted(q)
          history.replaceState(null, '', `${href('search')}?${new URLSearchParams({ q })}`)
        }}
      >
        <label>
          Words <input type="search" name="q" value={q} onInput={(e) => setQ(e.currentTarget.value)} placeholder='"carbon neutral" Japan' />
        </label>
        <button type="submit">Search</button>
      </form>
      {submitted.trim() ? (
        <Await result={result} what="the results">
          {(hits) =>
            hits.length ? (
              <ol class="plain">
                {hits.map((h) => (
                  <li class="card hit">
                    <a href={href('article', h.article_id)}>{h.title ?? `article ${h.article_id}`}</a>{' '}
                    <span class="source">
                      {h.outlet ?? 'unknown outlet'}, {dateText(h.published)}
                    </span>
                    <p>
                      <Snippet text={h.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            ) : (
              <p class="muted">No article matches.</p>
            )
          }
        </Await>
      ) : null}
    </section>
  )
}
