/**
 * schema.org JSON-LD in a page's <script type="application/ld+json"> blocks:
 * the article's headline, datePublished and publisher name. Blocks that fail
 * to parse are skipped (many sites ship trailing commas or raw newlines).
 */

export interface JsonLdArticle {
  readonly headline?: string
  readonly datePublished?: string
  readonly publisher?: string
}

/** schema.org types that describe an article page. */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|Report|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|WebPage|NewsMediaOrganization)$/

/** Reads the first article-like object across the JSON-LD blocks. */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle {
  const objects: Record<string, unknown>[] = []
  for (const block of blocks) {
    try {
      flatten(JSON.parse(block.replace(/[\u0000-\u001f]+/g, ' ')), objects)
    } catch {
      // malformed JSON-LD is common; the other sources still count
    }
  }
  const typed = (o: Record<string, unknown>): boolean => typesOf(o).some((t) => ARTICLE_TYPE.test(t))
  const articles = objects.filter((o) => typed(o) && (o.headline || o.datePublished))
  // Article types first, a generic WebPage after.
  articles.sort((a, b) => rank(a) - rank(b))
  const article = articles[0] ?? objects.find((o) => o.headline) ?? {}
  return {
    headline: str(article.headline),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    publisher: nameOf(article.publisher) ?? nameOf(objects.find((o) => typesOf(o).includes('NewsMediaOrganization'))),
  }
}

function rank(o: Record<string, unknown>): number {
  return typesOf(o).some((t) => /Article|Posting|Report/.test(t)) ? 0 : 1
}

function flatten(value: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(value)) for (const v of value) flatten(v, out)
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    out.push(o)
    if (o['@graph']) flatten(o['@graph'], out)
  }
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type']
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : []
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim()
  return undefined
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v)
  if (Array.isArray(v)) return nameOf(v[0])
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name)
  return undefined
}
