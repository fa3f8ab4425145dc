import type { RefObject } from 'preact'
import { useEffect, useState } from 'preact/hooks'

/**
 * The width of an element in CSS pixels, updated when it changes (a rotated
 * phone, a resized window), so a chart can be laid out for the space it has
 * rather than scaled down until its labels are unreadable (issue 16, item 3).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 720): number {
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setWidth((w) => {
      const next = Math.round(el.getBoundingClientRect().width)
      return next > 0 && next !== w ? next : w
    })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/** True while the media query matches (e.g. a phone-width screen). */
export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches)
  useEffect(() => {
    const m = matchMedia(query)
    const on = () => setMatches(m.matches)
    on()
    m.addEventListener('change', on)
    return () => m.removeEventListener('change', on)
  }, [query])
  return matches
}
