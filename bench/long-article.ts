/**
 * Long articles of our own words for the size sweep (bench/size-sweep.ts) and
 * the long-input tests (issue 15, item 2): news sentences with pledges,
 * meetings and quotes, so every extractor has work at every size. The same
 * text is laid out either in paragraphs or as one line (a scraper that lost
 * every line break), which is what once made analysis time quadratic.
 */
const COUNTRIES = ['Japan', 'Canada', 'Kenya', 'Chile', 'Brazil', 'Norway', 'Mexico', 'Indonesia', 'Ghana', 'Peru', 'Vietnam', 'Morocco']
const PEOPLE = ['Minister Ana Ribeiro', 'Envoy Tomas Lindqvist', 'Secretary Grace Okafor', 'Minister Hiro Tanabe', 'Adviser Lena Moreau']

function sentence(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length]
  const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length]
  const who = PEOPLE[i % PEOPLE.length]
  const year = 2030 + (i % 21)
  switch (i % 6) {
    case 0:
      return `${a} pledged on Tuesday to cut greenhouse gas emissions ${20 + (i % 50)} percent by ${year} from 2013 levels, officials said in report ${i}.`
    case 1:
      return `"We will not wait for others to move first," ${who} said at session ${i} of the talks.`
    case 2:
      return `${a} and ${b} met in the capital to discuss finance for solar and wind projects, according to note ${i}.`
    case 3:
      return `${who} told reporters that ${a} aims to reach net zero emissions by ${2045 + (i % 20)}, a goal set out in plan ${i}.`
    case 4:
      return `Critics in ${b} said the plan number ${i} lacked detail on coal, and ${a} rejected the criticism.`
    default:
      return `The delegation from ${b} urged ${a} to phase out coal power by ${year}, the ${i}th such call this year.`
  }
}

/**
 * An article of about `bytes` UTF-8 bytes (ASCII, so also characters).
 * @param oneLine every sentence on one line, with no line break at all
 * @example longArticle(1024 * 1024, { oneLine: true }).length // ≈ 1048576
 */
export function longArticle(bytes: number, opts: { oneLine: boolean }): string {
  const title = 'Climate talks: a long record of pledges and meetings'
  const parts: string[] = [title]
  let size = title.length
  let paragraph: string[] = []
  for (let i = 0; size < bytes; i++) {
    const s = sentence(i)
    paragraph.push(s)
    size += s.length + 1
    if (paragraph.length === 4) {
      parts.push(paragraph.join(' '))
      paragraph = []
      size += 1
    }
  }
  if (paragraph.length) parts.push(paragraph.join(' '))
  return parts.join(opts.oneLine ? ' ' : '\n\n')
}
