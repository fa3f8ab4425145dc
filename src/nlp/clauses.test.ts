import { describe, expect, it } from 'vitest'
import type { Doc, Phrase } from '../model/doc.js'
import { analyseArticle } from './analyse.js'

function analyse(text: string): Doc {
  return analyseArticle({ doc: 't', title: null, date: '2024-05-02', url: null, outlet: null, text })
}

/** Each clause as "subject | verb lemma (voice) | object | agent | preps", with phrases as their actors or words. */
function clauses(text: string): string[] {
  const doc = analyse(text)
  const words = (p: Phrase | null) =>
    p ? p.chunks.map((c) => { const k = doc.chunks[c]; return k.actors.length ? k.actors.join('+') : doc.tokens.slice(k.start, k.end).map((t) => t.text).join(' ') }).join(' & ') : '-'
  return doc.clauses.map((c) => [words(c.subject), `${c.verb.negated ? 'not ' : ''}${c.verb.lemma}${c.verb.particle ? ' ' + c.verb.particle : ''} (${c.verb.voice})`, words(c.object), words(c.agent), c.preps.map((p) => `${p.prep} ${words(p.phrase)}`).join(', ')].join(' | '))
}

describe('clauses: the shallow parse', () => {
  it('joins partners "together with", "along with" or "alongside" to the subject, in an aside or not', () => {
    expect(clauses('Chile, together with Peru, criticised Bolivia.')[0]).toBe('CHL & PER | criticize (active) | BOL | - | ')
    expect(clauses('In 2021, Chile together with Peru, cut aid.')[0]).toBe('CHL & PER | cut (active) | aid | - | ')
    expect(clauses('Chile alongside Peru and Bolivia urged Argentina to act.')[0]).toBe('CHL & PER & BOL | urge (active) | ARG | - | ')
  })
  it('reads a participle right after the object of the clause before as describing it, and skips it for a later gerund', () => {
    expect(clauses('Norway withdrew the aid promised for the forests, accusing Brazil of fraud.')).toEqual([
      'NOR | withdraw (active) | the aid | - | ',
      'the aid | promise (passive) | - | - | for the forests',
      'NOR | accuse (active) | BRA | - | of fraud',
    ])
  })
  it('reads a verb after the object of an opening participle as the sentence\'s own', () => {
    expect(clauses('Visiting Peruvian envoy Ana Ruiz arrived in Quito.')[1]).toBe('PER | arrive (active) | - | - | in ECU')
  })
  it('reads the subject reported after a speech verb with its own "of" phrase, participle or infinitive, and links its clause to the speech', () => {
    const governors = (text: string) => analyse(text).clauses.map((c) => c.governor)
    expect(clauses('Brazil said the decision of the EU was unfair.')).toEqual(['BRA | say (active) | - | - | ', 'the decision | be (active) | - | - | '])
    expect(governors('Germany said the US decision to quit the accord was a mistake.')).toEqual([-1, -1, 0])
    expect(governors('France said the remarks made by Azerbaijan were unacceptable.')).toEqual([-1, 0, 0])
    // An urging verb's object acts in its infinitive: no reported subject there.
    expect(clauses('Vanuatu asked China to stop coal plants it finances.')[0]).toBe('VUT | ask (active) | CHN | - | ')
  })
  it('reads a copula other than "be" before a participle as "be" ("remains opposed to")', () => {
    expect(clauses('Kenya remains opposed to the plan.')).toEqual(['KEN | oppose (passive) | - | - | to the plan'])
  })
  it('hangs a gerund after "by" on the clause before, as its means ("could respond by imposing")', () => {
    expect(analyse('India could respond by imposing duties on steel.').clauses.map((c) => c.governor)).toEqual([-1, 0])
  })
  it('passes over an aside that opens with a participle and its agent to find the subject', () => {
    expect(clauses('The decision, announced by Japan on Friday, drew criticism from China.')[1]).toBe('The decision | draw (active) | criticism | - | from CHN')
  })
  it('gives a gerund after "with" the phrase between as its subject', () => {
    expect(clauses('Talks ended early, with Peru accusing Chile of bad faith.')[1]).toBe('PER | accuse (active) | CHL | - | of bad faith')
  })
  it('reads "is said to have urged" and "keep pressing" as the act itself', () => {
    expect(clauses('Japan is said to have urged China to act.')[1]).toBe('JPN | urge (active) | CHN | - | ')
    expect(clauses('Japan would keep pressing China to act.')[0]).toBe('JPN | press (active) | CHN | - | ')
  })
  it('reads a coordinated subject, an object, and an infinitive whose subject is the object of an urging verb', () => {
    expect(clauses('Japan and the U.S. will press China to cut emissions, officials said on Tuesday.')).toEqual([
      'JPN & USA | press (active) | CHN | - | ',
      'CHN | cut (active) | emissions | - | ',
      'officials | say (active) | - | - | on Tuesday',
    ])
  })
  it('reads a passive with its by-agent and passes the subject to the infinitive', () => {
    expect(clauses('The EU has been urged by Fiji to phase out coal.')).toEqual([
      'EU | urge (passive) | - | FJI | by FJI',
      'EU | phase out (active) | coal | - | ',
    ])
  })
  it('leaves a fronted phrase out of the subject and a preposition’s phrase out of the list', () => {
    expect(clauses('After talks in Jakarta, Indonesia and Japan signed a pact.')[0]).toBe('IDN & JPN | sign (active) | a pact | - | ')
  })
  it('passes over an infinitive phrase and a time word to find a passive’s subject and agent', () => {
    const c = clauses('The minister’s choice to leave the accord was condemned Monday by Peru.')
    expect(c[1]).toMatch(/^The minister ’s choice \| condemn \(passive\) \| - \| PER \|/)
  })
  it('gives a relative clause the phrase before its pronoun, and passes over it to the main verb', () => {
    const c = clauses('The EU, which has often pressed India, said on Monday that it would not support the proposal.')
    expect(c[0]).toBe('EU | press (active) | IND | - | ')
    expect(c[1]).toBe('EU | say (active) | - | - | on Monday')
    expect(c[2]).toBe('EU | not support (active) | the proposal | - | ')
  })
  it('reads a list of objects after a preposition, flat after the first phrase', () => {
    const c = clauses('Ghana has signed an accord with members of the EU, the UK, and Norway.')
    expect(c[0]).toBe('GHA | sign (active) | an accord | - | with EU+GBR+NOR, of EU & GBR & NOR')
  })
  it('shares the subject with a coordinated verb', () => {
    expect(clauses('Kenya met Germany and urged Norway to act.')).toEqual(['KEN | meet (active) | DEU | - | ', 'KEN | urge (active) | NOR | - | ', 'NOR | act (active) | - | - | '])
  })
  it('shares the object of the second of two coordinated verbs with the first when it has none ("met and praised Kenya")', () => {
    expect(clauses('Germany met and praised Kenya.')[0]).toBe('DEU | meet (active) | KEN | - | ')
    expect(clauses('Spain criticised and then fined Portugal.')[0]).toBe('ESP | criticize (active) | PRT | - | ')
    // A verb with its own phrase after it keeps what it has, and a thing is the second verb's alone ("met and signed a pact").
    expect(clauses('Chile and Peru met and signed a pact.')[0]).toBe('CHL & PER | meet (active) | - | - | ')
    expect(clauses('Germany met in Oslo and praised Kenya.')[0]).toBe('DEU | meet (active) | - | - | in NOR')
  })
  it('ends a phrase before a number and a unit of time after its head ("met Mexico three years ago")', () => {
    expect(clauses('Kenya met Mexico three years ago.')[0]).toBe('KEN | meet (active) | MEX | - | ')
    expect(clauses('Kenya criticised the German plan two years ago.')[0]).toBe('KEN | criticize (active) | the German plan | - | ')
  })
  it('ends a name before an amount in a currency ("gave Kenya $100 million")', () => {
    expect(clauses('Japan gave Kenya $100 million.')[0]).toBe('JPN | give (active) | KEN | - | ')
  })
  it('resolves "the two sides" to the last pair of parties', () => {
    const c = clauses('Kenya met Germany on Monday. The two sides signed a pact.')
    expect(c[1]).toBe('KEN+DEU | sign (active) | a pact | - | ')
  })
})

describe('clauses: fronted phrases and compound modifiers', () => {
  it('ends a fronted phrase at its first comma when the list after it is the subject of the main verb', () => {
    expect(clauses('After a week of talks in Lima, Chile and Peru signed a pact.')).toEqual(['CHL & PER | sign (active) | a pact | - | '])
    expect(clauses('Following two days of talks in Quito, Chile and Peru signed a pact.').at(-1)).toBe('CHL & PER | sign (active) | a pact | - | ')
    // A list the preposition governs, with a subject of its own after it, stays whole.
    expect(clauses('After talks with Chile, Peru and Bolivia, the ministers signed a pact.').at(-1)).toBe('the ministers | sign (active) | a pact | - | ')
  })
  it('starts the subject at a person after a fronted place phrase with no comma: "At the summit Mrs May pressed …"', () => {
    expect(clauses('At the talks Mrs May pressed Chile on coal.')[0]).toBe('GBR | press (active) | CHL | - | on coal')
  })

  it('takes an aside naming the parties of a plural description as the subject: "The two leaders, A and B, met"', () => {
    expect(clauses('The two neighbours, Chile and Peru, met on Monday.')[0]).toBe('CHL & PER | meet (active) | - | - | on Monday')
  })

  it('coordinates two roles each with its "of" phrase: "The president of Chile and the prime minister of Peru met"', () => {
    expect(clauses('The president of Chile and the prime minister of Peru met on Monday.')[0]).toBe('CHL & PER | meet (active) | - | - | on Monday')
  })

  it('reads a preposition after an adjective used as an adverb: "fought hard against …"', () => {
    expect(clauses('Chile fought hard against the Peruvian plan.')[0]).toBe('CHL | fight (active) | - | - | against the Peruvian plan')
  })

  it('joins a tight hyphen, preposition, hyphen compound: "a debt-for-nature swap with Chile"', () => {
    expect(clauses('Japan signed a debt-for-nature swap with Chile.')[0]).toBe('JPN | sign (active) | a debt - for - nature swap | - | with CHL')
  })

  it('joins a tight hyphen after a modifier into the phrase: "a long-term deal with Chile"', () => {
    expect(clauses('Japan signed a long-term deal with Chile.')[0]).toBe('JPN | sign (active) | a long - term deal | - | with CHL')
    expect(clauses('Japan signed a deal on clean-energy trade with Chile.')[0]).toBe('JPN | sign (active) | a deal | - | on clean - energy trade, with CHL')
  })
  it('reads "that" before a noun that ends the sentence as a determiner', () => {
    expect(clauses('Chile said it needs more money to meet that target.').at(-1)).toBe('CHL | meet (active) | that target | - | ')
  })
})

describe('clauses: prepositional phrases past quotation marks and focusing adverbs', () => {
  it('reads a quoted phrase after a preposition as its phrase', () => {
    expect(clauses('Chile stepped up its attacks on \u201cthe regime in Lima\u201d.')[0]).toBe('CHL | step up (active) | its attacks | - | on PER, in PER')
  })
  it('reads the agent of a passive after ", especially by"', () => {
    expect(clauses('The draft was rejected on Friday, especially by Kenya and Fiji.')[0]).toBe('The draft | reject (passive) | - | KEN & FJI | on Friday, by KEN & FJI')
  })
})
