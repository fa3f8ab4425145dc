import { describe, expect, test } from 'vitest'
import { P1, P2, P3, furnitureTable } from '../../test/helpers/furniture-table.js'
import { cleanText } from './text.js'

describe('cleanText: a stack of captions is not a wrapped paragraph', () => {
  test('two captions with their credit and a stray letter code go; the story stays', () => {
    const caption = 'A worker checks panels at the solar farm near Vik, north of the capital. (AGENCY file photo)'
    const page = [caption, caption, 'KX', '', P1, '', P2].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
  })

  test('lines of similar width that break mid-sentence are still one paragraph', () => {
    const wrapped = 'Ministers from the northern states met in the port on Monday to agree\nhow the grid would carry power from the new wind farms to the cities\nin the south.'
    expect(cleanText(`${wrapped}\n\n${P2}`).text).toBe(`${wrapped.replace(/\n/g, ' ')}\n\n${P2}`)
  })
})

describe('cleanText: promotion boxes', () => {
  test('a blurb addressing the reader beside a subscribe prompt goes with it', () => {
    const page = [P1, '', 'Subscribe to The Harbour Weekly', 'Cut through the noise. Get the stories that matter, with your morning coffee.', '', P2].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
  })

  test('an appeal for donations goes', () => {
    const appeal = 'We have just won a long fight for open records! Can you help us keep going? Donate today'
    expect(cleanText([P1, appeal, P2].join('\n\n')).text).toBe([P1, P2].join('\n\n'))
  })

  test('a paragraph that says "you" beside an advertisement label stays, and so does a long one beside a subscribe prompt', () => {
    const you = 'If you live on the coast, your insurance will cost more by 2030, the report found.'
    expect(cleanText([P1, 'Advertisement', you, P2].join('\n\n')).text).toBe([P1, you, P2].join('\n\n'))
    const long =
      'Farmers told the inquiry that you cannot ask a family that has worked the same fields for five generations to change everything in ten years without help, and that your plan to do so has no money behind it at all.'
    expect(cleanText([P1, 'Subscribe now', long, P2].join('\n\n')).text).toBe([P1, long, P2].join('\n\n'))
  })

  test('a story about donations, not asking for them, stays', () => {
    const story = 'Donations to the flood fund reached 3 million euros on Friday, the charity said.'
    expect(cleanText([P1, story, P2].join('\n\n')).text).toBe([P1, story, P2].join('\n\n'))
  })
})

describe('cleanText: posts embedded in the page', () => {
  test('a post above its signature goes, from the story paragraph before it down to the signature', () => {
    const page = [
      P1,
      'At the summit in #Harbourtown the minister @adavale_nl said the islands would lead the way.',
      'Thanks to all who came, 40 towns now on board… pic.twitter.com/AbC123xyz',
      '— Ministry of Climate Norland (@climate_nl) May 14, 2024',
      P2,
    ].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
  })

  test('a paragraph with a hashtag and no post signature under it stays', () => {
    const tagged = 'Campaigners used the hashtag #SaveTheFjords to rally support before the vote on Thursday.'
    expect(cleanText([P1, tagged, P3].join('\n\n')).text).toBe([P1, tagged, P3].join('\n\n'))
  })
})

describe('cleanText: notes about the article, not the story', () => {
  furnitureTable(
    [
      'This story has been updated to add the ministry’s response.',
      'An earlier version of this article gave the wrong year for the coal exit.',
      'This article is part of our special series on the northern coast.',
      'Our Standards: how the Harbour Gazette checks its facts.',
      'Have a news tip? Write to desk@harbour-gazette.example',
      'The Harbour Gazette is free to read because of readers like you.',
    ],
    [
      'The report has been updated every year since 2015, the agency said.',
      'This article of the treaty was amended in 2015, officials said.',
      'Our standards are higher than anyone else’s, Vale told parliament.',
    ],
  )

  test('a "RELATED:" heading goes with the headlines under it', () => {
    const page = [P1, '', 'RELATED:', 'Harbour floods again after the storm', 'Ten things to know about tidal power', '', P2].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
  })
})

describe('cleanText: more page furniture', () => {
  furnitureTable(
    [
      'Vale speaks at the summit in Harbourtown on Tuesday. REUTERS/Jon Dale',
      'Farmers block a road near Vik on Monday. Jon Dale/Getty Images',
      '(This story has not been edited by Gazette staff and is auto-generated from a syndicated feed.)',
      'Please enable JavaScript to view the comments.',
      'Sign up here.',
      'Jane Roe can be reached at jane.roe@harbour-gazette.example.',
      'Watch:',
      'More:',
      'Explainer: What does a carbon border tax cost an exporter?',
    ],
    [
      'More than 40 towns have signed up, the mayor said.',
      'Watch the sky: the ministry said emissions fell.',
      'Timeline of talks: the two sides met in 2019 and again in 2021, officials said.',
      'Officials can be reached for comment only through the ministry, she said.',
      'Contact with the ministry was lost on Monday, the agency said.',
    ],
  )
})

describe('cleanText: outlets’ own lines', () => {
  furnitureTable(
    [
      '[1/4] Vale speaks in parliament on Tuesday.',
      'The Gazette’s climate coverage receives financial support from several private foundations. The Gazette is solely responsible for all content.',
      '(Only the headline and picture of this report may have been reworked by the Gazette staff; the rest of the content is auto-generated from a syndicated feed.)',
      'Catch all the Climate News and Updates on Harbour Gazette.',
      'Download the Gazette News App to get daily climate updates.',
      'A version of this story appeared in the Gazette’s climate newsletter.',
      'Get the Gazette’s climate newsletter every Friday.',
      'Copyright 2024 Harbour Gazette. All rights reserved.',
    ],
    [
      'A version of the plan was approved on Monday, the ministry said.',
      'Get the funding right and the rest will follow, the minister said in her newsletter.',
      'The ministry is solely responsible for the fund, officials said.',
      'Catch-up payments will begin in May, the ministry said.',
      '[1] The figures are from the ministry.',
      'Copyright rules for climate data were eased on Monday.',
    ],
  )
})

describe('cleanText: appeals, disclaimers and credits of other shapes', () => {
  furnitureTable(
    [
      'Header image: Vale at the summit.',
      'Loading...',
      'Got a confidential news tip? We want to hear from you.',
      'Enjoyed this article? Share it with a friend.',
      'Tell us what you think in the comments below.',
      'Our journalism relies on the support of readers.',
      'Input from agencies.',
      'Follow The Gazette on Facebook, Twitter and Instagram.',
      'Stay informed with the Gazette’s free climate newsletter.',
      'This content was produced by the Gazette Climate Desk.',
      'The views expressed in this article are the author’s own.',
    ],
    [
      'Loading of coal ships resumed on Monday, the port said.',
      'Main image problems for the coal sector persist, analysts said.',
      'Input from farmers shaped the plan, the ministry said.',
      'Views expressed at the summit differed sharply, delegates said.',
      'Our work depends on the fund, the charity’s director said.',
      'This report was produced by the UN’s weather agency, officials said.',
    ],
  )
})
