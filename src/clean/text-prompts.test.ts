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
