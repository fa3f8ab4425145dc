import { describe } from 'vitest'
import { furnitureTable } from '../../test/helpers/furniture-table.js'

// The page's own list of tags or topics, under or above the story. Tags and places are our own.
describe('cleanText: a list of tags', () => {
  furnitureTable(
    [
      'Tags: Norland, Estland, Pacific Islands Forum, migration, sea-level rise',
      'Tags: COP35, Chile, hydrogen, climate diplomacy',
      'Topics: coal; methane; Harbour Summit',
      'Keywords: carbon border levy | steel | exports',
      'Filed under: Climate, Energy, Norland',
      'Themen: Kohleausstieg, Norland, Klimaschutzgesetz',
      'Etiquetas: hidrógeno, Chile, puertos',
    ],
    [
      'Topics: the ministers discussed trade, coal and migration, officials said.',
      'Topics ranged from coal and gas to the price of carbon, delegates said.',
      'Keywords matter: the draft drops “phase out” in favour of “transition away”, negotiators said.',
      'Tags on the cargo showed it came from Chile, customs officers said.',
      'Filed under the emergency procedure, the bill passed in two days: a first for the chamber.',
    ],
  )
})
