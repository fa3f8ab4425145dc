import { describe, expect, test } from 'vitest'
import { P1, P2, furnitureTable } from '../../test/helpers/furniture-table.js'
import { cleanText } from './text.js'

// Links to other articles that pages print as a label, a colon and that article's headline.
// Headlines, outlets and languages are our own.
describe('cleanText: a labelled link to another article', () => {
  furnitureTable(
    [
      'Read more: Why are the islands asking for a loss fund, and who is going to pay into it?',
      'Read more: Which ports still ship the most coal? — Explained in four maps',
      'RELATED: Harbour summit: Which countries have signed the coal pledge so far, and who is holding out?',
      'Related coverage: Norland’s farmers brace for the methane levy',
      'More: Norland pledges 2 billion euros to rebuild the northern grid',
      'Further reading: How a carbon border levy would hit small exporters',
      'Also on Gazette: Estland’s wind boom faces its first real test as subsidies run out',
      'More from The Harbour Planet: Ten towns that went fossil-free',
      'Mehr zum Thema: Wie das Kohlegesetz die Regionen im Norden verändert',
      'Más noticias: El plan de hidrógeno de Chile: qué significa para los puertos del sur',
      'Lire aussi : Le Norland relève son objectif climatique pour 2035',
      'ALSO READ | Norland pledges 2 billion euros to rebuild the northern grid after the storms of last winter',
      'READ | Estland’s wind boom faces its first real test as subsidies run out next year',
      'Read: Why do the islands want a loss fund, and who is going to pay into it in the end?',
      'WATCH | Vale on why the coal exit cannot wait any longer for the northern regions',
      'Don’t miss: Ten towns that went fossil-free and what they learnt along the way',
      'Must read: How a carbon border levy would hit small exporters in the south of the country',
    ],
    [
      'Also on the table: a levy on shipping fuel, which Chile opposes, delegates said.',
      'Also on Tuesday: Norland said it would close its last two coal plants by 2030.',
      'Also on board: the two largest emitters in the region, officials said.',
      'More than that: the ministry said the plan would be law by May.',
      'More to do: the minister said the pledge was only a start and that farms must follow.',
      'Related to this: the coal exit will cost 2 billion euros, the ministry said.',
      'Read more slowly, the treaty says far less than its backers claim: no date, no penalty.',
      'Further reading of the text: lawyers said the clause was binding on all parties.',
      'Read the small print: the levy starts in 2027, not 2026, and spares shipping.',
      'Watch the coal price | it fell 20% in May, traders said, and it may fall again.',
      'Jane Roe | the ministry said the levy would start in May, two months late.',
    ],
  )

  test('a link under the story’s last paragraph goes, and so does a second one after it', () => {
    const links = ['Read more: What is a climate club, and who will join it?', 'More: Norland and Estland agree a cable under the sea']
    expect(cleanText([P1, P2, ...links].join('\n')).text).toBe([P1, P2].join('\n\n'))
  })

  test('a long teaser past the link length is a paragraph, and stays', () => {
    const long = `Read more: ${'the ministry set out how every region would share the cost of the grid and the ports, '.repeat(3)}officials said.`
    expect(cleanText([P1, long, P2].join('\n\n')).text).toBe([P1, long, P2].join('\n\n'))
  })
})
