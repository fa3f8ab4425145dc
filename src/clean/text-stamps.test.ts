import { describe } from 'vitest'
import { furnitureTable } from '../../test/helpers/furniture-table.js'

// Lines about the article rather than of it: when it was posted or changed, how long it takes to
// read, an editor's note, the author's line. Outlets and people are our own.
describe('cleanText: stamps, notes and the author’s line', () => {
  furnitureTable(
    [
      'Last modified on Tue 14 May 2024 09.30 BST',
      'May 14, 2024 at 9:30 a.m. EDT',
      'Wednesday, June 5, 2024 at 6:15 p.m. ET',
      'Reading time: 4 minutes',
      'Estimated reading time: 6 min',
      '4 min listen',
      'Editor’s note: This story was updated on Friday with the ministry’s figures.',
      'Correction: An earlier version of this story gave the wrong year for the coal exit.',
      'Clarification: This article has been changed to say the levy covers shipping.',
      'About the author: Jane Roe covers energy and climate from Vik.',
      'Jane Roe is a climate reporter at The Harbour Gazette.',
      'Tom Ouma is a freelance energy writer for The Planet Desk.',
    ],
    [
      'Last modified in 2019, the law sets no date for the coal exit.',
      'On May 14, 2024 at 9:30 a.m., the first ship docked in Vik, port officials said.',
      'Reading time for the 300-page bill was too short, lawmakers complained.',
      'Four minutes of silence followed the vote, delegates said.',
      'Editors at the state broadcaster were told not to cover the protest, the union said.',
      'Correction of the figures showed emissions rose 2% in 2023, not 1%, the agency said.',
      'Ada Vale is a former reporter at the Gazette who now leads the Green party.',
      'Tom Ouma was a correspondent for 20 years before he entered politics.',
      'Lena Tui is the chief negotiator for the Pacific Islands Forum.',
    ],
  )
})

// When and by whom, written without "on" or a colon: also as the page's last line.
describe('cleanText: a stamp or byline of fewer words', () => {
  furnitureTable(
    [
      'Published May 14, 2024',
      'Updated Tuesday, June 4, 2024, 9:30 AM ET',
      'Posted Wed 5 June 2024',
      'Words by Jane Roe',
      'Story by Tom Ouma and Lena Tui',
      'By Jane Roe · 4 min read',
      'BY JANE ROE • Harbour Gazette',
      'Updated at 12.48 GMT',
      'Last updated at 09.30 BST',
    ],
    [
      'Published in May, the report found that coal use rose for the third year running.',
      'Updated March figures show coal use fell 3% in 2023, the agency said.',
      'Posted to Vik in 2019, the envoy led the talks on the cable for three years.',
      'Story by story, the archive of the talks was rebuilt, the ministry said.',
      'Words by the minister were not matched by deeds, campaigners said.',
      'Updated at 12.50 euros a tonne, the levy is the highest in the region.',
    ],
  )
})
