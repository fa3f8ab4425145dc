/**
 * An article's own address as a link target, only when it is http(s): a
 * stored `javascript:` or `data:` URL is shown as text, never made clickable
 * (issue 5, item 3).
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}
