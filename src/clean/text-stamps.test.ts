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
