import type { CheckLine } from '../types.js'

/**
 * An article's facts against the register. A fact the register knows only
 * from this article is said to be so, not to "agree" (it would agree with
 * itself, issue 16 item 6); facts that other stories report agree or differ.
 */
export function CheckPanel({ lines, onSelect }: { lines: CheckLine[]; onSelect: (key: string) => void }) {
  const alone = lines.filter((l) => l.verdict !== 'differs' && l.sources_elsewhere === 0)
  const differs = lines.filter((l) => l.verdict === 'differs')
  const agrees = lines.filter((l) => l.verdict === 'agrees' && l.sources_elsewhere !== 0)
  const show = (l: CheckLine) => (
    <button type="button" class="link" onClick={() => onSelect(`${l.fact}:${l.id}`)}>
      show
    </button>
  )
  if (!lines.length) return <p class="muted">This article states no targets or interactions to compare.</p>
  return (
    <>
      {alone.length === lines.length ? (
        <p data-check="alone">
          This article is the register's only source for all {lines.length} of its facts: there is nothing else to compare them with yet.
        </p>
      ) : (
        <p data-check="summary">
          {agrees.length} of {lines.length} facts agree with other sources in the register
          {differs.length ? `, ${differs.length} differ` : ''}
          {alone.length ? `, ${alone.length} ${alone.length === 1 ? 'is' : 'are'} reported by this article alone` : ''}.
        </p>
      )}
      {differs.length ? (
        <ul class="plain check">
          {differs.map((l) => (
            <li class="verdict-differs">
              <strong>differs</strong>: {l.claim}
              {l.register ? <> — {l.register}</> : null} {show(l)}
            </li>
          ))}
        </ul>
      ) : null}
      {alone.length && alone.length < lines.length ? (
        <details>
          <summary>Reported by this article alone ({alone.length})</summary>
          <ul class="plain check">
            {alone.map((l) => (
              <li class="verdict-alone">
                {l.claim} {show(l)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  )
}
