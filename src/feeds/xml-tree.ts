import { Parser } from 'htmlparser2'

/** One XML element: its qualified name as written (`dc:date`), attributes and children. */
export interface XmlElement {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: XmlNode[]
}

/** Text is stored decoded: entities resolved, CDATA content kept literally. */
export type XmlNode = XmlElement | { readonly text: string }

export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node
}

/**
 * Parses XML leniently into a small tree (htmlparser2 never throws on bad
 * markup, so the caller judges the result). Entities are left raw by the
 * tokenizer and decoded here with the HTML entity table, a superset of XML's
 * five: feeds in the wild use `&eacute;` and `&nbsp;` even though XML forbids
 * them. CDATA content is never decoded, as XML requires.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] }
  const stack: XmlElement[] = [root]
  let inCdata = false
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attrs: Record<string, string> = {}
        for (const [k, v] of Object.entries(attribs)) attrs[k] = decodeEntities(v)
        const el: XmlElement = { name, attrs, children: [] }
        stack[stack.length - 1].children.push(el)
        stack.push(el)
      },
      onclosetag() {
        if (stack.length > 1) stack.pop()
      },
      ontext(data) {
        stack[stack.length - 1].children.push({ text: inCdata ? data : decodeEntities(data) })
      },
      oncdatastart() {
        inCdata = true
      },
      oncdataend() {
        inCdata = false
      },
    },
    { xmlMode: true, decodeEntities: false },
  )
  parser.write(xml)
  parser.end()
  return root
}

/** The part of a qualified name after its prefix, lower-cased: `dc:date` → `date`. */
export function localName(el: XmlElement): string {
  const i = el.name.indexOf(':')
  return (i < 0 ? el.name : el.name.slice(i + 1)).toLowerCase()
}

/** Child elements whose local name is one of `names` (prefixes ignored). */
export function childrenNamed(el: XmlElement, ...names: string[]): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && names.includes(localName(c)))
}

export function firstChild(el: XmlElement, ...names: string[]): XmlElement | undefined {
  return childrenNamed(el, ...names)[0]
}

/** All text below an element, concatenated in document order. */
export function textOf(el: XmlElement): string {
  let out = ''
  for (const c of el.children) out += isElement(c) ? textOf(c) : c.text
  return out
}

/** Decodes HTML/XML character references once (`&amp;lt;` → `&lt;`). */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw
  let out = ''
  // `<` is escaped first so the HTML tokenizer cannot read text as a tag.
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true })
  parser.write(raw.replace(/</g, '&lt;'))
  parser.end()
  return out
}

/** The visible text of an HTML fragment: tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html
  let out = ''
  let skip = 0
  const parser = new Parser(
    {
      onopentag: (name) => void (name === 'script' || name === 'style' ? skip++ : 0),
      onclosetag: (name) => void (name === 'script' || name === 'style' ? skip-- : 0),
      ontext: (t) => void (skip > 0 ? 0 : (out += t)),
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return out
}
