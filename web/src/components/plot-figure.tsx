import { useEffect, useRef } from 'preact/hooks'
import { useWidth } from '../use-width.js'

/**
 * Mounts a chart built by `render` (an Observable Plot figure or any DOM
 * node) for the width its box has, and rebuilds it when `deps` or that width
 * change. The figure gets `label` as its accessible name; the data behind it
 * is always listed beside it in text.
 */
export function PlotFigure({ render, deps, label }: { render: (width: number) => Element; deps: readonly unknown[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null)
  const width = useWidth(ref)
  useEffect(() => {
    const node = render(width)
    // Plot names its marks' groups with aria-label but gives them no role, which ARIA forbids;
    // the figure's own label (and the text beside it) carries the meaning.
    for (const el of node.querySelectorAll('[aria-label]:not([role])')) el.removeAttribute('aria-label')
    ref.current?.replaceChildren(node)
    return () => node.remove()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, width])
  return <div class="figure" ref={ref} role="img" aria-label={label} />
}
