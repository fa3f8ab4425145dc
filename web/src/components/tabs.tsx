import type { ComponentChildren } from 'preact'
import { useRef } from 'preact/hooks'

/**
 * Tabs as the WAI-ARIA pattern has them: a tablist whose selected tab is the
 * only one in the tab order, Left/Right (and Home/End) move between tabs and
 * select them, and the panel is labelled by its tab.
 */
export function Tabs({ tabs, selected, onSelect, label, children }: { tabs: ReadonlyArray<{ id: string; label: string }>; selected: string; onSelect: (id: string) => void; label: string; children: ComponentChildren }) {
  const list = useRef<HTMLDivElement>(null)
  const move = (to: number) => {
    const t = tabs[(to + tabs.length) % tabs.length]
    onSelect(t.id)
    list.current?.querySelector<HTMLElement>(`#tab-${t.id}`)?.focus()
  }
  const at = Math.max(0, tabs.findIndex((t) => t.id === selected))
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} ref={list}>
        {tabs.map((t, i) => (
          <button
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === selected}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => {
              const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null
              if (to === null) return
              e.preventDefault()
              move(to)
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tabs[at].id}`} aria-labelledby={`tab-${tabs[at].id}`} tabIndex={0}>
        {children}
      </div>
    </>
  )
}
