import { useEffect } from 'preact/hooks'

/**
 * A page's Atom feed (issue 17): a visible link to follow it in a feed reader,
 * and, while the page is shown, a `<link rel="alternate" type="application/atom+xml">`
 * in the document head, where browsers and reader extensions look for feeds.
 */
export function FeedLink({ href, title }: { href: string; title: string }) {
  useEffect(() => {
    const link = document.createElement('link')
    link.rel = 'alternate'
    link.type = 'application/atom+xml'
    link.title = title
    link.href = href
    document.head.appendChild(link)
    return () => link.remove()
  }, [href, title])
  return (
    <p class="muted feed-link">
      <a href={href} type="application/atom+xml">{title}</a> (Atom: paste the address into a feed reader)
    </p>
  )
}
