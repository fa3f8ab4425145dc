import type { OverviewFigures } from '../types.js'

const dateOnly = (iso: string | null) => (iso ? iso.slice(0, 10) : '–')

/**
 * The figures a tracker opens with (issue 16, item 1): how many actors have a
 * net-zero target, what share of world emissions they cover, how many targets
 * are in law, and when the register last changed. Each says what it counts.
 */
export function HeadlineFigures({ f }: { f: OverviewFigures }) {
  const nz = f.net_zero
  const others = nz.actors - nz.countries
  return (
    <ul class="figures" aria-label="Headline figures">
      <li class="figure-card" data-figure="net-zero">
        <strong class="big">{nz.actors}</strong>
        <span>
          {nz.actors === 1 ? 'actor has' : 'actors have'} a net-zero target
          {nz.actors ? ` (${nz.countries} ${nz.countries === 1 ? 'country' : 'countries'}${others ? `, ${others} ${others === 1 ? 'group' : 'groups'}` : ''})` : ''}
        </span>
        <span class="muted">{nz.in_law} of them in law</span>
      </li>
      <li class="figure-card" data-figure="share">
        <strong class="big">{nz.share_percent === null ? '–' : `${nz.share_percent.toLocaleString('en', { maximumFractionDigits: 1 })}%`}</strong>
        <span>of world greenhouse gas emissions ({f.data.year}) come from them</span>
        <span class="muted" title={f.data.source}>
          {nz.not_in_data.length
            ? `${nz.not_in_data.length} smaller ${nz.not_in_data.length === 1 ? 'emitter is' : 'emitters are'} not in the emissions data (${nz.not_in_data.join(', ')})`
            : 'emissions excluding land use, from the assessment data'}
        </span>
      </li>
      <li class="figure-card" data-figure="law">
        <strong class="big">{f.targets_in_law}</strong>
        <span>
          of {f.targets} {f.targets === 1 ? 'target is' : 'targets are'} in law
        </span>
        <span class="muted">the rest are policy, pledges or proposals</span>
      </li>
      <li class="figure-card" data-figure="updated">
        <strong class="big date">{dateOnly(f.last_ingested)}</strong>
        <span>last update of the register</span>
        <span class="muted">newest report dated {dateOnly(f.last_reported)}</span>
      </li>
    </ul>
  )
}
