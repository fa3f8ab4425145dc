import { z } from 'zod'

/** An article as read from its source, before cleaning. */
export interface RawArticle {
  /** Output id: the file's base name, or a JSON Lines record's id/url. */
  readonly doc: string
  /** Where it came from, for error messages: a path, `path:line`, or `-`. */
  readonly source: string
  readonly format: 'text' | 'html' | 'markdown'
  readonly body: string
  /** Metadata already known from the container (front matter, JSON fields). */
  readonly title?: string | null
  readonly date?: string | null
  readonly url?: string | null
  readonly outlet?: string | null
}

/**
 * Where an article's date came from (issue 14, item 1): the container's
 * metadata (front matter, JSON Lines, feed), the page's own metadata (<meta>,
 * JSON-LD), a "Published …" line or wire dateline in the text, or a day in the
 * URL. An article with none is undated (never stamped with the day it was read);
 * 'article' is an Analysis stored before sources were recorded, or with no source given.
 */
export const DATE_SOURCES = ['metadata', 'page', 'text', 'url', 'article'] as const
export type DateSource = (typeof DATE_SOURCES)[number]

/** A cleaned article: the text every span points into. */
export interface Article {
  readonly doc: string
  readonly title: string | null
  /** ISO date `YYYY-MM-DD` or null. */
  readonly date: string | null
  /** Where `date` came from; null or absent when undated. */
  readonly dateSource?: DateSource | null
  readonly url: string | null
  readonly outlet: string | null
  /** Cleaned body, paragraphs separated by a blank line. */
  readonly text: string
}

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** One JSON Lines input record. */
export const JsonlArticleInput = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    date: z.string().nullish(),
    // Other names feeds and scrapers give the publication date (issue 14: dates from the container first).
    published: z.string().nullish(),
    published_at: z.string().nullish(),
    datePublished: z.string().nullish(),
    outlet: z.string().nullish(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((r) => typeof r.text === 'string' || typeof r.html === 'string', {
    message: 'a record needs a "text" or an "html" field',
  })
