import { useEffect, useRef } from 'preact/hooks'

/**
 * Mounts a chart built by `render` (an Observable Plot figure or any DOM
 * node) and rebuilds it when `deps` change. The figure gets `label` as its
 * accessible name; the data behind it is always listed beside it in text.
 */
export function PlotFigure({ render, deps, label }: { render: () => Element; deps: readonly unknown[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const node = render()
    ref.current?.replaceChildren(node)
    return () => node.remove()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return <div class="figure" ref={ref} role="img" aria-label={label} />
}
