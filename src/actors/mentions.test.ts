import { describe, expect, it } from 'vitest'
import type { Mention } from '../model/doc.js'
import { findMentions } from './mentions.js'

/** Compact view of mentions: text → actor, with kind-specific extras. */
function view(text: string): string[] {
  return findMentions(text).map(show)
}

function show(m: Mention): string {
  const extra = m.kind === 'person' ? ` [${m.person}]` : m.kind === 'description' ? ' [desc]' : ''
  return `${m.text} → ${m.actor ?? '?'}${extra}`
}

function find(text: string, surface: string): Mention | undefined {
  return findMentions(text).find((m) => m.text === surface)
}

describe('findMentions: countries and groups', () => {
  it('finds names, adjectives, capitals and seats of government', () => {
    expect(view('Beijing rejected the plan, the White House said, while Japanese officials met the EU.')).toEqual([
      'Beijing → CHN', 'White House → USA', 'Japanese → JPN', 'EU → EU',
    ])
  })

  it('keeps spans that index the text', () => {
    const text = 'Ruritanian delegates left, and India and the U.K. stayed.'
    for (const m of findMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('marks adjectival uses', () => {
    expect(find('U.S. sanctions hit the plant.', 'U.S.')?.adjectival).toBe(true)
    expect(find('Chinese solar panels are cheap.', 'Chinese')?.adjectival).toBe(true)
    expect(find('China said it would respond.', 'China')?.adjectival).toBeUndefined()
    expect(find("China's plan was welcomed.", 'China')?.adjectival).toBeUndefined()
    // A number word after a name starts a phrase of its own: "met Mexico three years ago".
    expect(find('Kenya met Mexico three years ago.', 'Mexico')?.adjectival).toBeUndefined()
    expect(find('The U.S. plans to cut emissions.', 'U.S.')?.adjectival).toBeUndefined()
  })

  it('marks places after a locative preposition', () => {
    expect(find('The envoys met in Beijing on Monday.', 'Beijing')?.locative).toBe(true)
    expect(find('Beijing welcomed the envoys.', 'Beijing')?.locative).toBeUndefined()
  })

  it('reads COPs as the UN climate process and the Paris deal as PARIS', () => {
    expect(view('At COP27 nations reaffirmed the Paris Agreement and UN climate talks continued.')).toEqual([
      'COP27 → UNFCCC', 'Paris Agreement → PARIS', 'UN climate talks → UNFCCC',
    ])
  })

  it('reads bare "Paris" in climate news as the agreement, unless it is a place', () => {
    expect(view('The president vowed to rejoin Paris to fight climate change.')).toContain('Paris → PARIS')
    expect(view('Climate ministers gathered in Paris this week.')).toContain('Paris → FRA')
  })
})

describe('findMentions: ambiguous names', () => {
  it('drops country names inside personal names', () => {
    expect(view('Basketball legend Michael Jordan and singer Chad Kroeger spoke.')).toEqual([])
    expect(view('Israel and Jordan signed the water deal, and Chad agreed.')).toEqual(['Israel → ISR', 'Jordan → JOR', 'Chad → TCD'])
  })

  it('reads Georgia as the country only when the article shows it', () => {
    expect(view('Voters in Georgia chose a new senator.')).toEqual([])
    expect(view('Georgia applied to join the EU, officials in Tbilisi said.')).toEqual(['Georgia → GEO', 'EU → EU', 'Tbilisi → GEO'])
  })

  it('does not read outlets, seas and cities as countries', () => {
    expect(view('The China Daily reported ships in the South China Sea near a Mexico City office.')).toEqual([])
    expect(view('The Washington Post said George Washington slept here.')).toEqual([])
  })

  it('does not read a company or agency name as its country', () => {
    expect(view('Tokyo Electric Power said the reactor was safe.')).toEqual([])
    expect(view('The Bank of Japan and the University of Tokyo agreed.')).toEqual([])
  })

  it('reads "US" as a country but not in shouted capitals', () => {
    expect(view('The US and India agreed.')).toEqual(['US → USA', 'India → IND'])
    expect(view('PLEASE TELL US WHAT YOU THINK')).toEqual([])
  })

  it('reads "in French" as a language', () => {
    expect(view('The statement was published in French.')).toEqual([])
  })
})

describe('findMentions: people', () => {
  it('finds a titled person with the country before the title', () => {
    const [m] = findMentions('U.S. climate envoy Jane Q. Doe arrived on Tuesday.')
    expect(m).toMatchObject({ kind: 'person', text: 'U.S. climate envoy Jane Q. Doe', actor: 'USA', person: 'Jane Q. Doe', role: 'climate envoy' })
  })

  it('reads long portfolios and possessive countries', () => {
    expect(view("Ruritania's Commerce and Industry Minister Arlo Vance spoke first.")).toEqual([
      'Commerce and Industry Minister Arlo Vance → ? [Arlo Vance]',
    ])
    expect(view("India's Commerce and Industry Minister Arlo Vance spoke first.")).toEqual([
      "India's Commerce and Industry Minister Arlo Vance → IND [Arlo Vance]",
    ])
    // Capitalised portfolio words no list holds, between the country and the title.
    expect(view("The UK's Indo-Pacific Minister Arlo Vance landed in Dhaka.")).toEqual([
      "UK's Indo-Pacific Minister Arlo Vance → GBR [Arlo Vance]",
      'Dhaka → BGD',
    ])
    expect(view('Minister for Climate Change and Energy Arlo Vance resigned.')).toEqual([
      'Minister for Climate Change and Energy Arlo Vance → ? [Arlo Vance]',
    ])
  })

  it('finds a person described by an appositive and hides its country', () => {
    expect(view("Mei Lanfang, China's special envoy for climate change, met officials.")).toEqual(['Mei Lanfang → CHN [Mei Lanfang]'])
  })

  it('resolves later mentions by surname, with or without an honorific', () => {
    const text = 'Australian Energy Minister Tom Ridley visited Jakarta. Mr Ridley said talks went well. Ridley left on Friday.'
    const people = findMentions(text).filter((m) => m.kind === 'person')
    expect(people.map((m) => [m.text, m.actor, m.person])).toEqual([
      ['Australian Energy Minister Tom Ridley', 'AUS', 'Tom Ridley'],
      ['Mr Ridley', 'AUS', 'Tom Ridley'],
      ['Ridley', 'AUS', 'Tom Ridley'],
    ])
  })

  it('writes Chinese names family name first', () => {
    const text = 'Chinese Vice Premier Zhou Minghao met the envoy. Zhou urged more cooperation.'
    expect(findMentions(text).filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Chinese Vice Premier Zhou Minghao', 'Zhou'])
  })

  it('knows well-known office holders and their short names', () => {
    expect(view('Modi and Biden spoke before Xi Jinping arrived.')).toEqual([
      'Modi → IND [Modi]', 'Biden → USA [Biden]', 'Xi Jinping → CHN [Xi Jinping]',
    ])
    expect(view('Alok Sharma closed the summit. Sharma apologised.')).toEqual([
      'Alok Sharma → GBR [Alok Sharma]', 'Sharma → GBR [Alok Sharma]',
    ])
    expect(view('Beijing protested after Nancy Pelosi landed.')).toContain('Nancy Pelosi → USA [Nancy Pelosi]')
  })

  it('does not take an official’s country from the words they are quoted saying', () => {
    const quoted = view('“Chile is hiding behind climate language,” said Wei Lanfang, a ministry spokeswoman.')
    expect(quoted).toContain('Wei Lanfang → ? [Wei Lanfang]')
    expect(view('Chile is hiding behind climate language, said Wei Lanfang, a ministry spokeswoman.')).toContain('Wei Lanfang → CHL [Wei Lanfang]')
  })

  it('gives every mention the fullest name the article uses', () => {
    const text = 'Kerry landed first. Later, John F. Kerry met officials.'
    expect(findMentions(text).filter((m) => m.kind === 'person').map((m) => m.person)).toEqual(['John F. Kerry', 'John F. Kerry'])
  })

  it('takes the country a name is "of"', () => {
    expect(view('Talks stalled, said Camila Reyes of Mexico.')).toEqual(['Camila Reyes → MEX [Camila Reyes]'])
    expect(view('A report from the Bank of England said so.')).toEqual([])
  })

  it('takes the country named after the name', () => {
    expect(find('Kenya hosted talks where President Arlo Vance of Chile spoke.', 'President Arlo Vance')?.actor).toBe('CHL')
  })

  it('takes the one country of the sentence for a minister with no other clue', () => {
    expect(find('Environment Minister Lea Brandt said Denmark would act.', 'Environment Minister Lea Brandt')?.actor).toBe('DNK')
  })

  it('does not read a title-case headline as a name', () => {
    expect(view('UN Chief Praises Bold Climate Vow').filter((v) => v.includes('['))).toEqual([])
  })

  it('does not take an organisation for a name', () => {
    expect(view('The head of the International Atomic Energy Agency spoke.').filter((v) => v.includes('['))).toEqual([])
  })
})

describe('findMentions: descriptions', () => {
  it('resolves ranked descriptions from facts the article supports', () => {
    expect(view('India and China clashed; the world’s biggest emitter refused.')).toContain('the world’s biggest emitter → CHN [desc]')
  })

  it('resolves an appositive description to the country it follows', () => {
    expect(view('Ruritania aside, Chile, the world’s largest copper producer, agreed.')).toContain('the world’s largest copper producer → CHL [desc]')
  })

  it('resolves "the country" and "the kingdom" to the last fitting country', () => {
    expect(view('Norway hosted Saudi Arabia. The kingdom pledged to act.')).toContain('The kingdom → SAU [desc]')
    expect(view('Chile closed a plant. The country will close more.')).toContain('The country → CHL [desc]')
    expect(view('Kenya met Chile. The South American country agreed.')).toContain('The South American country → CHL [desc]')
  })

  it('reads "the country" opening a sentence as the previous sentence\'s subject', () => {
    expect(view("Kenya's energy minister met investors from Germany and France. The country aims to act.")).toContain('The country → KEN [desc]')
    expect(view("After talks with Ghana, Chile's president flew home. The nation will act.")).toContain('The nation → CHL [desc]')
    // Not opening its sentence, or with a modifier, it is the last fitting country as before.
    expect(view("Kenya's minister criticised Germany, and the country will act.")).toContain('the country → DEU [desc]')
    expect(view('Kenya met Chile. The South American country agreed.')).toContain('The South American country → CHL [desc]')
    // A previous sentence naming countries only in prepositional phrases gives no subject.
    expect(view('Talks between Peru and Chile ended. The country will act.')).toContain('The country → CHL [desc]')
  })

  it('passes over countries listed by comparison or example for "the country"', () => {
    expect(view('The move leaves Kenya outside the club alongside Chile, Peru and Norway. The country will appeal.')).toContain('The country → KEN [desc]')
    expect(view('Kenya wants partners such as Chile and Peru. The country will appeal.')).toContain('The country → KEN [desc]')
    // With nothing else to mean, a listed country still counts.
    expect(view('Rich countries such as Norway paid. The country will pay more.')).toContain('The country → NOR [desc]')
  })

  it('reads "the oil producer group" as OPEC once OPEC is named', () => {
    expect(view('OPEC met in Vienna. Later the oil producer group sent a letter.')).toContain('the oil producer group → OPEC [desc]')
    expect(view('OPEC met in Vienna. The oil-exporting group said no.')).toContain('The oil-exporting group → OPEC [desc]')
  })

  it('leaves "the other country" and unnamed antecedents alone', () => {
    expect(view('Kenya met Chile. The other country agreed.').filter((v) => v.includes('desc'))).toEqual([])
    expect(view('The country will close more plants.')).toEqual([])
  })

  it('reads a described UN climate conference as UNFCCC', () => {
    expect(view('Delegates at COP30 argued. The climate conference in Belem ended late.')).toContain(
      'The climate conference in Belem → UNFCCC [desc]',
    )
    expect(view('The two leaders signed a climate deal with each other.')).toEqual([])
  })

  it('reads "the host country" of a COP as the country of its host city', () => {
    expect(view('COP29 opened in Baku on Monday. Kenya spoke first. Small island states accused the host country of ignoring them.')).toEqual([
      'COP29 → UNFCCC', 'Kenya → KEN', 'Small island states → AOSIS', 'the host country → AZE [desc]',
    ])
    // Lower case too: the bloc's name as the press writes it.
    expect(view('And small island nations walked out.')).toEqual(['small island nations → AOSIS'])
  })

  it('resolves "his country" to the speaker', () => {
    expect(view('Kenya and Chile met. Prime Minister Arlo Vance of Chile said his country would act.')).toContain(
      'his country → CHL [desc]',
    )
  })

  it('resolves the bloc to the group last named', () => {
    expect(view('The EU met on Monday. The bloc agreed a target. The 27-nation bloc will vote.')).toEqual([
      'EU → EU', 'The bloc → EU [desc]', 'The 27-nation bloc → EU [desc]',
    ])
  })
})

describe('findMentions: a name after a sentence that ends on a name', () => {
  it('is not read as part of the name before the full stop', () => {
    expect(view('Kenya wrote to the United Nations. Peru has not replied.')).toEqual(['Kenya → KEN', 'United Nations → UN', 'Peru → PER'])
    expect(view('Talks stalled at the UN. Chile walked out.')).toEqual(['UN → UN', 'Chile → CHL'])
  })
  it('a country inside a longer name is still no mention ("Air China")', () => {
    expect(view('Air China cut flights.')).toEqual([])
  })
})

describe('findMentions: titles as news in many countries writes them (our own names)', () => {
  it.each([
    ['Environment CS Amina Wekesa announced the plan.', 'Amina Wekesa'],
    ['Climate Change Commission Vice Chairperson Tomas Reyes announced the plan.', 'Tomas Reyes'],
    ['Minister of State for Environment Arjun Mehra announced the plan.', 'Arjun Mehra'],
    ['Mayor Ida Holm opened the sea wall.', 'Ida Holm'],
  ])('%s', (text, person) => {
    expect(findMentions(text).filter((m) => m.kind === 'person').map((m) => m.person)).toEqual([person])
  })

  it('a known person past a comma is no apposition to another country\'s title', () => {
    const m = find("At a meeting with Japan's foreign minister, Wang Yi raised the issue.", 'Wang Yi')
    expect(m?.actor).toBe('CHN')
  })
})
