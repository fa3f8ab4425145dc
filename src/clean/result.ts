import type { DateSource } from '../model/article.js'

/** What a cleaner returns: the article text and whatever metadata it found. */
export interface Cleaned {
  /** Article body, paragraphs separated by a blank line, page noise removed. */
  readonly text: string
  readonly title: string | null
  /** ISO `YYYY-MM-DD` or null. */
  readonly date: string | null
  /** Where `date` came from (issue 14): the container's metadata, the page's, a line of the text, the URL. */
  readonly dateSource?: DateSource | null
  readonly outlet?: string | null
  readonly url?: string | null
}
