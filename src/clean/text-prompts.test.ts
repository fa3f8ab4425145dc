import { describe } from 'vitest'
import { furnitureTable } from '../../test/helpers/furniture-table.js'

// Prompts that end like a sentence: a newsletter to sign up for, live coverage to follow, comments
// closed. Outlets and newsletters are our own.
describe('cleanText: prompts that end with a full stop', () => {
  furnitureTable(
    [
      'Newsletter: Sign up for the Harbour Gazette’s weekly climate briefing',
      'Newsletters: Get the Planet Desk in your morning mail',
      'Sign up for Coal Watch, our twice-weekly newsletter.',
      'Sign up to Planet Desk, the Gazette’s daily briefing on energy.',
      'Follow our live coverage of the last night of the Harbourtown talks here.',
      'Read all of our reporting on the coal exit here.',
      'See the latest updates from the summit here.',
      'Comments are closed for this story.',
      'Comments on this article have been closed.',
      'Commenting is disabled.',
    ],
    [
      'Newsletter sales fell by a third in 2023, the publishers’ group said.',
      'Signing up for the pact was a mistake, the minister said, and Norland would not stay in it.',
      'Few firms signed up for the ministry’s newsletter on carbon prices, the survey found.',
      'Follow our lead, Vale told delegates, and the coal exit will pay for itself.',
      'Read our plan before you judge it, the minister told reporters in Harbourtown.',
      'Comments are closed until Monday on the ministry’s draft, which runs to 300 pages.',
      'Comments have been disabled on the minister’s own page after a flood of abuse, her office said.',
      'Coverage of the summit was patchy, and updates from the talks came late, delegates said here.',
    ],
  )
})

// The page's own words between or under the story: where the story goes on past an advertisement,
// a channel to join, where the article first ran, links the reader might like.
describe('cleanText: the page speaking about itself', () => {
  furnitureTable(
    [
      'Story continues below advertisement',
      'Article continues after this ad',
      'Continue reading the main story',
      'Continue reading',
      'Advertisement - Scroll to continue',
      'Scroll down to continue reading',
      'Join our WhatsApp channel for the latest climate news',
      'Join the Gazette on Telegram, our new channel for breaking news.',
      'This article originally appeared on The Harbour Planet.',
      'This story first ran in the Gazette’s weekend edition.',
      'You might also like',
    ],
    [
      'The story continues a long run of bad news for coal, analysts said.',
      'Continue reading the treaty and you will find no date for the exit, Vale said.',
      'Advertising revenue from coal firms fell by half, the broadcaster said.',
      'Join our coalition, Vale told Estland, and the cable will pay for itself.',
      'Join the club of nations that have set a date, the envoy urged Chile.',
      'The report first appeared in 2019, and it shaped the law passed a year later.',
      'This story of two ports is one of hope, the mayor told the crowd.',
      'You might also like to know that the plan was drafted in 2019, Vale joked.',
    ],
  )
})
