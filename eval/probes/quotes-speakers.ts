import type { Probe } from './probe.js'

/** Quote probes: speakers named by their words as a noun, and by "she" or "he" after a woman and a man. */
export const SPEAKER_PROBES: readonly Probe[] = [
  // A person's words named as a noun: "Jane Roe's message was clear: “…”".
  {
    id: 'quote.speech-noun.1', test: 'mft', capability: 'speaker',
    text: 'Mayor Ida Holm\'s message was clear: "Nobody on this coast believes the money will arrive on time."',
    quotes: ['Ida Holm: Nobody on this coast believes the money will arrive on time.'],
  },
  {
    id: 'quote.speech-noun.2', test: 'inv', capability: 'speaker',
    text: 'Ida Holm, the mayor, spoke after the vote.\n\nHolm\'s verdict: "Nobody on this coast believes the money will arrive on time."',
    quotes: ['Ida Holm: Nobody on this coast believes the money will arrive on time.'],
  },
  {
    id: 'quote.speech-noun.3', test: 'neg', capability: 'not-speaker',
    text: 'The report\'s message was clear: "Nobody on this coast believes the money will arrive on time."',
  },
  // "she" after a man and a woman are named: the woman.
  {
    id: 'quote.pronoun-gender.1', test: 'mft', capability: 'speaker',
    text: 'Energy Minister Tom Hale spoke after climate envoy Mary Osei.\n\n"Nobody on this coast believes the money will arrive on time," she said.',
    quotes: ['Mary Osei: Nobody on this coast believes the money will arrive on time,'],
  },
  {
    id: 'quote.pronoun-gender.2', test: 'inv', capability: 'speaker',
    text: 'Climate envoy Mary Osei spoke after Energy Minister Tom Hale.\n\n"Nobody on this coast believes the money will arrive on time," he said.',
    quotes: ['Tom Hale: Nobody on this coast believes the money will arrive on time,'],
  },
  // Speech verbs of a sharp reply or a raised voice, before or after the speaker.
  {
    id: 'quote.verb-retort.1', test: 'mft', capability: 'speaker',
    text: 'The mayor defended the sea wall.\n\n"Those are the same promises we heard last winter," retorted Ida Holm, a fisher from the bay.',
    quotes: ['Ida Holm: Those are the same promises we heard last winter,'],
  },
  {
    id: 'quote.verb-retort.2', test: 'inv', capability: 'speaker',
    text: 'The mayor defended the sea wall.\n\n"Those are the same promises we heard last winter," Ida Holm countered.',
    quotes: ['Ida Holm: Those are the same promises we heard last winter,'],
  },
  {
    id: 'quote.verb-shout.1', test: 'mft', capability: 'speaker',
    text: '"Pay for the damage you caused to our islands," shouted Tomas Varga from the back of the hall.',
    quotes: ['Tomas Varga: Pay for the damage you caused to our islands,'],
  },
  {
    id: 'quote.verb-shout.2', test: 'inv', capability: 'speaker',
    text: '"Pay for the damage you caused to our islands!" Tomas Varga exclaimed as the session closed.',
    quotes: ['Tomas Varga: Pay for the damage you caused to our islands!'],
  },
  // A question or an exclamation ends the sentence; the next one opens with its speaker.
  {
    id: 'quote.asked-next.1', test: 'mft', capability: 'speaker',
    text: 'The hearing ran late.\n\n"Who will pay for the damage to our harbour?" Fiji\'s Tomas Varga asked the panel.',
    quotes: ['Tomas Varga: Who will pay for the damage to our harbour?'],
  },
  {
    id: 'quote.asked-next.2', test: 'inv', capability: 'speaker',
    text: 'The hearing ran late.\n\n"Nobody has paid a cent for the damage to our harbour!" Tomas Varga said after the vote.',
    quotes: ['Tomas Varga: Nobody has paid a cent for the damage to our harbour!'],
  },
  // A body's head noun alone ("the institute") stands for the body named before with it.
  {
    id: 'quote.bare-body.1', test: 'mft', capability: 'body-speaker',
    text: 'The Halden Institute published its review of the coal plan.\n\n"The plan leaves the mining towns with nothing to fall back on," the institute said.',
    quotes: ['Halden Institute: The plan leaves the mining towns with nothing to fall back on,'],
  },
  {
    id: 'quote.bare-body.2', test: 'inv', capability: 'body-speaker',
    text: 'The Marlow Foundation reviewed the coal plan on Monday.\n\n"The plan leaves the mining towns with nothing to fall back on," said the foundation.',
    quotes: ['Marlow Foundation: The plan leaves the mining towns with nothing to fall back on,'],
  },
  // Speech whose opening mark the outlet lost: a closing mark, then its attribution, with no opener on the line.
  {
    id: 'quote.lost-opener.1', test: 'mft', capability: 'quote',
    text: 'Peru updated its climate plan.\n\nOur aim is to finish the new power lines before the rains come,” said Rosa Quispe, the deputy minister.',
    quotes: ['Rosa Quispe: Our aim is to finish the new power lines before the rains come,'],
  },
  {
    id: 'quote.lost-opener.2', test: 'inv', capability: 'quote',
    text: 'Peru updated its climate plan.\n\nThe vote was close, and we had hoped for more support from our neighbours,” Rosa Quispe told reporters.',
    quotes: ['Rosa Quispe: The vote was close, and we had hoped for more support from our neighbours,'],
  },
  {
    id: 'quote.lost-opener.3', test: 'neg', capability: 'not-quote',
    text: 'Rosa Quispe called the new levy on copper exports ”unfair and rushed” and left the hall.',
  },
  // Names with letters past Latin-1, which the tagger would cut into pieces.
  {
    id: 'quote.wide-letters.1', test: 'mft', capability: 'speaker',
    text: 'The talks ran late in Ankara.\n\n"We will not accept a deal that ignores our farmers," said Ayşe Yılmaz, the trade minister.',
    quotes: ['Ayşe Yılmaz: We will not accept a deal that ignores our farmers,'],
  },
  {
    id: 'quote.wide-letters.2', test: 'inv', capability: 'speaker',
    text: 'The talks ran late in Warsaw.\n\n"We will not accept a deal that ignores our farmers," Zbigniew Łukaszčík said.',
    quotes: ['Zbigniew Łukaszčík: We will not accept a deal that ignores our farmers,'],
  },
  // An age in the phrase that says who speaks stands for the person just named, whatever noun follows it.
  {
    id: 'quote.aged-noun.1', test: 'mft', capability: 'speaker',
    text: 'Rosa Quispe has fished the lake for thirty years.\n\n"The water has never been this low in my lifetime," the 58-year-old fisherwoman said.',
    quotes: ['Rosa Quispe: The water has never been this low in my lifetime,'],
  },
  {
    id: 'quote.aged-noun.2', test: 'inv', capability: 'speaker',
    text: 'Tomas Berg joined the march in Oslo on Saturday.\n\n"We are tired of promises that nobody keeps," said the 19-year-old student.',
    quotes: ['Tomas Berg: We are tired of promises that nobody keeps,'],
  },
  // A demonym for one person ("said the Kenyan") is the person of that country named last.
  {
    id: 'quote.demonym-speaker.1', test: 'mft', capability: 'speaker',
    text: 'Kenya\'s envoy Grace Wanjiru spoke after the vote in Bonn.\n\n"The finance on the table would not build a single sea wall," said the Kenyan, who leads the African group.',
    quotes: ['Grace Wanjiru: The finance on the table would not build a single sea wall,'],
  },
  {
    id: 'quote.demonym-speaker.2', test: 'inv', capability: 'speaker',
    text: 'Grace Wanjiru, the Kenyan envoy, spoke after the vote in Bonn.\n\n"The finance on the table would not build a single sea wall," the Kenyan said.',
    quotes: ['Grace Wanjiru: The finance on the table would not build a single sea wall,'],
  },
  {
    id: 'quote.demonym-speaker.3', test: 'neg', capability: 'not-speaker',
    text: 'Uganda\'s envoy Grace Nakato spoke after the vote in Bonn.\n\n"The finance on the table would not build a single sea wall," said the Kenyan.',
  },
  // "For Jane Doe, …: “…”": the person the sentence opens for speaks the quote after the colon.
  {
    id: 'quote.for-colon.1', test: 'mft', capability: 'speaker',
    text: 'Villages along the river flooded twice this year.\n\nFor Rosa Quispe, who runs the village school, the lesson is simple: "We cannot rebuild in the same place again."',
    quotes: ['Rosa Quispe: We cannot rebuild in the same place again.'],
  },
  {
    id: 'quote.for-colon.2', test: 'neg', capability: 'not-speaker',
    text: 'Villages along the river flooded twice this year.\n\nFor many families, the lesson is simple: "We cannot rebuild in the same place again."',
  },
  {
    id: 'quote.pm-role.1', test: 'mft', capability: 'speaker',
    text: 'Czech PM Jan Novak met mine workers in Ostrava on Friday.\n\n"This agreement gives the whole region a future beyond coal," the prime minister said.',
    quotes: ['Jan Novak: This agreement gives the whole region a future beyond coal,'],
  },
  // A document speaks for the issuer named right after it: "a statement from the ministry".
  {
    id: 'quote.document-issuer.1', test: 'mft', capability: 'body-speaker',
    text: '"The river has never been this low in living memory," said a statement from the Peruvian water authority.',
    quotes: ['Peruvian water authority: The river has never been this low in living memory,'],
  },
  {
    id: 'quote.document-issuer.2', test: 'inv', capability: 'body-speaker',
    text: '"The river has never been this low in living memory," according to a statement by Oxfam.',
    quotes: ['Oxfam: The river has never been this low in living memory,'],
  },
  {
    id: 'quote.document-issuer.3', test: 'neg', capability: 'not-speaker',
    text: '"The river has never been this low in living memory," said a statement from the campaign.',
  },
  // A "she" with no one named before it is the woman named next, within two sentences.
  {
    id: 'quote.pronoun-ahead.1', test: 'mft', capability: 'speaker',
    text: 'Drought grips the valley\n\n"We have not seen rain since the spring and the wells are dry," she told reporters.\n\nMaria Quispe, the mayor of the valley town, asked the government for emergency water.',
    quotes: ['Maria Quispe: We have not seen rain since the spring and the wells are dry,'],
  },
  {
    id: 'quote.pronoun-ahead.2', test: 'neg', capability: 'not-speaker',
    text: 'Drought grips the valley\n\n"We have not seen rain since the spring and the wells are dry," he told reporters.\n\nMaria Quispe, the mayor of the valley town, asked the government for emergency water.',
  },
]
