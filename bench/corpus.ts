import { expandPaths, readInput } from '../src/ingest/read.js'
import type { RawArticle } from '../src/model/article.js'
import { cleanRaw } from '../src/pipeline.js'

/** Paragraphs and titles taken from our own sample articles: the only text the benchmark uses. */
export interface SamplePool {
  readonly titles: readonly string[]
  /** First body paragraphs (datelines, ledes): each synthetic article opens with one. */
  readonly ledes: readonly string[]
  readonly paragraphs: readonly string[]
  /** Surnames seen next to "said"; swapped per article so quotes name different people. */
  readonly speakers: readonly string[]
}

/** One synthetic article, as analyseRaw takes it and as bytes for the reader. */
export interface BenchArticle {
  readonly raw: RawArticle
  readonly file: { readonly name: string; readonly bytes: Uint8Array }
  /** UTF-8 size of the body analysed. */
  readonly bodyBytes: number
}

// Paragraphs shorter than this are page noise (menus, credits, "Advertisement") whatever the cleaner kept.
const MIN_PARAGRAPH = 120
const COUNTRIES = ['Japan', 'China', 'India', 'Canada', 'Australia', 'Brazil', 'Germany', 'France', 'Indonesia', 'Mexico', 'South Africa', 'Britain', 'Italy', 'Norway', 'Chile', 'Kenya', 'Vietnam', 'Turkey']
const SURNAMES = ['Halvorsen', 'Mbeki', 'Castellano', 'Nakamura', 'Okonjo', 'Lindqvist', 'Ferreira', 'Rahman', 'Kowalski', 'Tanaka', 'Abernathy', 'Delacroix', 'Oyelaran', 'Petrov', 'Suarez', 'Whitlock']
const OUTLETS = ['The Meridian Ledger', 'Harbour Courier', 'Alpine Wire Service', 'Northgate Policy Review', 'The Deccan Lantern']

/** Reads the sample folder through the project's own reader and cleaner and keeps the body paragraphs. */
export async function loadSamplePool(dir: string): Promise<SamplePool> {
  const titles: string[] = []
  const ledes: string[] = []
  const paragraphs: string[] = []
  const speakers = new Set<string>()
  for (const file of await expandPaths([dir])) {
    for (const read of await readInput(file)) {
      if (!read.ok) continue
      const article = cleanRaw(read.article)
      // A short "title" is a site slogan the cleaner kept; headlines run longer.
      if (article.title && article.title.length >= 40) titles.push(article.title)
      const body = article.text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length >= MIN_PARAGRAPH && /[.!?"”]$/.test(p))
      body.forEach((p, i) => (i === 0 ? ledes : paragraphs).push(p))
      for (const name of findSpeakerSurnames(article.text)) speakers.add(name)
    }
  }
  if (paragraphs.length < 20) throw new Error(`too few sample paragraphs in ${dir} (${paragraphs.length}); is the folder right?`)
  return { titles, ledes, paragraphs, speakers: [...speakers] }
}

/**
 * Surnames of people quoted: a capitalised word next to "said"/"told" that the
 * text also writes after a first name ("Ingrid Solheim ... Solheim said"), and never
 * after "the" (which rules out "the White House said", "the United States said").
 */
function findSpeakerSurnames(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/\b([A-Z][a-z]{2,}) (?:said|told)\b|\bsaid (?:[A-Z][a-z]+ )?([A-Z][a-z]{2,})\b/g)) {
    const name = m[1] ?? m[2]
    if (COUNTRIES.includes(name) || new RegExp(`\\b[Tt]he (?:[A-Z][a-z]+ )?${name}\\b`).test(text)) continue
    if (new RegExp(`\\b[A-Z][a-z]+ ${name}\\b`).test(text)) out.add(name)
  }
  return out
}

/** mulberry32: a small seeded PRNG, so the same seed gives the same corpus on every machine. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Builds `count` articles of about 4.5-6 KB by recombining sample paragraphs.
 * 1. pick a title and a lede, then distinct random paragraphs until the length is reached;
 * 2. vary the text per article: years shifted together, percentages nudged, one country
 *    and the quoted speakers swapped, so no two articles are the same text;
 * 3. wrap it as a RawArticle (format text) and as file bytes in a rotating container
 *    (front-matter .txt three times in five, then .html, then .md) for the reader.
 */
export function buildCorpus(pool: SamplePool, count: number, seed: number): BenchArticle[] {
  const rnd = createRandom(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]
  const out: BenchArticle[] = []
  for (let i = 0; i < count; i++) {
    // 1. assemble
    const target = 4500 + Math.floor(rnd() * 1500)
    const parts = [pick(pool.ledes)]
    const used = new Set<number>()
    let length = parts[0].length
    while (length < target && used.size < pool.paragraphs.length) {
      const k = Math.floor(rnd() * pool.paragraphs.length)
      if (used.has(k)) continue
      used.add(k)
      parts.push(pool.paragraphs[k])
      length += pool.paragraphs[k].length + 2
    }
    // 2. vary
    const vary = createVariation(pool, rnd, pick)
    const title = vary(pick(pool.titles))
    const body = vary(parts.join('\n\n'))
    const date = `${2019 + Math.floor(rnd() * 6)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`
    const outlet = pick(OUTLETS)
    // 3. wrap
    const doc = `bench-${String(i).padStart(5, '0')}`
    const raw: RawArticle = { doc: `${doc}.txt`, source: `bench:${i}`, format: 'text', body, title, date, outlet }
    out.push({ raw, file: wrapAsFile(doc, i % 5, title, date, outlet, body), bodyBytes: Buffer.byteLength(body) })
  }
  return out
}

function createVariation(pool: SamplePool, rnd: () => number, pick: <T>(xs: readonly T[]) => T): (s: string) => string {
  const yearShift = Math.floor(rnd() * 7) - 3
  const country = pick(COUNTRIES)
  const replacement = pick(COUNTRIES.filter((c) => c !== country))
  const names = new Map(pool.speakers.map((s) => [s, pick(SURNAMES)]))
  const speakerPattern = pool.speakers.length ? new RegExp(`\\b(${pool.speakers.join('|')})\\b`, 'g') : null
  const countryPattern = new RegExp(`\\b${country}\\b`, 'g')
  return (s) => {
    let t = s.replace(/\b(20[0-9]{2})\b/g, (y) => String(Number(y) + yearShift))
    t = t.replace(/\b([1-9][0-9]?)(%| percent)/g, (_, v: string, unit: string) => `${Math.min(95, Math.max(5, Number(v) + Math.floor(rnd() * 11) - 5))}${unit}`)
    t = t.replace(countryPattern, replacement)
    return speakerPattern ? t.replace(speakerPattern, (n) => names.get(n) ?? n) : t
  }
}

function wrapAsFile(doc: string, kind: number, title: string, date: string, outlet: string, body: string): { name: string; bytes: Uint8Array } {
  const paras = body.split('\n\n')
  if (kind === 3) {
    const ps = paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${outlet}</title>
<meta property="article:published_time" content="${date}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/climate">Climate</a></nav>
<article><h1>${escapeHtml(title)}</h1><p class="byline">By staff, ${date}</p>
<figure><img src="/a.jpg"><figcaption>A file photo. Photo: ${outlet}</figcaption></figure>
${ps}</article><aside><h3>Related</h3><ul><li><a href="/x">Markets steady as talks resume</a></li></ul></aside>
<footer>Share this article. (c) ${outlet}</footer></body></html>`
    return { name: `${doc}.html`, bytes: Buffer.from(html) }
  }
  const front = `---\ntitle: "${title.replace(/"/g, '\\"')}"\noutlet: ${outlet}\ndate: ${date}\n---\n`
  if (kind === 4) return { name: `${doc}.md`, bytes: Buffer.from(`${front}\n# ${title}\n\n${body}\n`) }
  return { name: `${doc}.txt`, bytes: Buffer.from(`${front}${body}\n`) }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
