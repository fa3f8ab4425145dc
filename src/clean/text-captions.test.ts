import { describe, expect, test } from 'vitest'
import { P1, P2, furnitureTable } from '../../test/helpers/furniture-table.js'
import { cleanText } from './text.js'

const Q1 = 'Estland will ship its first hydrogen cargo to Chile in 2028, the two governments said on Monday after a week of talks.'
const Q2 = 'The loss and damage fund received pledges of 400 million dollars on the first day of the summit in Vik.'
const Q3 = 'Campaigners said the sums were far below what the islands needed to rebuild after storms.'

const WIRE_CAPTION =
  'Leaders of the Harbour Group pose for a family photo at the summit in Vik, Norland, on Sunday, May 12, 2024. The group meets each spring in one of its member states to agree a common line on energy, shipping and trade. From left, Estland’s Prime Minister Ola Berg, Norland’s Prime Minister Ada Vale, Chile’s President Ana Soto, Kenya’s President Tom Ouma, Fiji’s Prime Minister Sefa Rabuka, the Pacific Forum’s secretary Lena Tui, the harbour council’s chair Per Lund and the development bank’s head Rui Costa. (NPA Photo/Jon Dale, Pool)'
const WIRE_CAPTION_2 =
  'Workers in orange suits walk along a row of new wind turbines at the Skerry Bank offshore farm, 40 kilometres off the coast of Estland, where the first of 120 machines began sending power to the grid last week. The farm, built by a group of three firms from Norland, Chile and Estland, is the largest in the northern sea and will supply close to a million homes once it is finished, according to the firms and the energy ministry in Vik. (GNA Picture/Ola Moen)'

// Photo captions of other shapes than a credit label at the end. Agencies, outlets and people are our own.
describe('cleanText: photo captions with their credit', () => {
  furnitureTable(
    [
      'PHOTO: Norland and Estland officials exchange papers at the signing ceremony in Harbourtown, May 8, 2024. NPA/Jon Dale',
      'Picture: Farmers drive their tractors past the parliament in Vik on Monday to protest against the methane levy on cattle.',
      'Ministers stand on a stage in the port during the opening of the Harbourtown summit on Monday. NTB/Ada Berg',
      'Delegates watch a screen during the online climate summit hosted by Norland. Harbour Gazette photo',
      'A coal barge passes under the old bridge in Vik at dawn. Planet Desk file photo',
      'Vale waves to reporters outside the ministry in Harbourtown. (NPA Photo/Jon Dale)',
      WIRE_CAPTION,
      WIRE_CAPTION_2,
      'File photo: A coal barge waits to unload at the port of Vik, where two of the country’s last coal plants stand.',
      'Image caption, Ministers pose in the port of Vik before the talks on the cable, which lasted two days',
      'Image source, Harbour Gazette',
      'Media caption, Watch: Estland’s prime minister on why the coal exit cannot wait',
      'NPA via Getty Images',
      'Farmers block the road to the parliament in Vik on Monday. Jon Dale/AFP via Getty Images',
    ],
    [
      'Picture this: a coast with no coal plants by 2030, the minister told parliament.',
      'Image problems dog the coal sector, analysts said, after two plants closed.',
      'Caption contests aside, the summit’s only photo was taken on Monday, officials said.',
      'The two sides met in Vik on Monday. EU/UK talks resume in May, officials said.',
      'She showed reporters a photo of the flooded port (taken in 2021/2022 by locals).',
      'Norland met Estland in Vik. Both sides posed for a photo.',
      'The photo agency NPA said it had sold 2,000 pictures of the summit to outlets abroad.',
      'File photos of the port show the coal piles growing, campaigners said.',
      'Image problems, the minister said, were the least of the coal sector’s worries.',
      'Aid reached the islands via Fiji, officials said.',
      'The talks were held via video link because of the storm.',
    ],
  )
})

// A person's caption left with the comma that ran on into the picture's description.
describe('cleanText: a name and title with a trailing comma between paragraphs', () => {
  const pageA = (line: string) => [P1, line, P2].join('\n\n')
  const pageB = (line: string) => [Q1, line, Q2, Q3].join('\n\n')
  test.each(['Dr Ada Vale, COP35 President-Designate,', 'Tom Ouma, Minister of Energy and Mines,', 'Lena Tui, Secretary-General of the Pacific Islands Forum,'])(
    '%j goes',
    (line) => {
      expect(cleanText(pageA(line)).text).toBe([P1, P2].join('\n\n'))
      expect(cleanText(pageB(line)).text).toBe([Q1, Q2, Q3].join('\n\n'))
    },
  )
  test.each([
    ['a paragraph broken off after a comma, going on in lower case', 'In a statement on Monday,', 'the ministry said the levy would start in May.'],
    ['a speaker’s label above the quote', 'Ada Vale, Prime Minister of Norland,', '“We will not wait for others to move first.”'],
    ['a sentence of the story ending in a comma', 'Asked about the target, Vale said it was within reach,', 'Officials in Vik said the levy would start in May.'],
  ])('%s stays', (_, line, next) => {
    expect(cleanText([P1, line, next].join('\n\n')).text).toBe([P1, line, next].join('\n\n'))
  })
})
