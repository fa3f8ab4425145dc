import type { ComponentChildren } from 'preact'

/**
 * A box a wide table scrolls in, so the page itself never scrolls sideways
 * (issue 16, item 5). It is a named region in the tab order: a keyboard user
 * can focus it and scroll it with the arrow keys.
 */
export function ScrollBox({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}
