import type { InteractionType } from '../model/facts.js'

/**
 * How a trigger finds its two actors.
 * - `svo`: subject to the left ("Japan urged"), object right after the trigger ("… China to act").
 * - `pair`: a symmetric act whose parties are a coordinated subject ("A and B agreed"), also one
 *   after a leading phrase ("Following talks, A and B …") or the speakers of a joint quote.
 * - `nominal`: a noun whose possessor or modifier is the actor ("U.S. sanctions on …", "China's criticism of …"),
 *   or the subject of an imposing verb ("Beijing announced sanctions on …").
 * - `between`: "talks between A and B".
 * - `rejectText`: a country rejecting a body's text protests the body (ANNOTATION.md).
 * - `afterMeeting`: "After meeting B, A said …": object first, subject after the comma.
 * - `echo`: "Nigeria and Bolivia backed the objection": the subject joins the protest just reported, against its target.
 */
export type Frame = 'svo' | 'pair' | 'nominal' | 'between' | 'rejectText' | 'afterMeeting' | 'echo'

export interface Trigger {
  readonly name: string
  /**
   * Accepts a word that every match of `words` contains (the stem the pattern cannot do without),
   * tested on single lower-cased words: a sentence with no such word skips the full pattern.
   * It may accept more words than `words` needs, never fewer.
   */
  readonly keyWord: RegExp
  readonly type: InteractionType
  readonly frame: Frame
  /** Regex source over lower-cased words joined by single spaces; an actor unit is `@`. */
  readonly words: string
  /** Words allowed between the trigger and its object. */
  readonly gap?: number
  /** The object must be a full noun phrase: "hosted Kerry", not "welcomed China's pledge" or "received Chinese investment". */
  readonly fullObject?: boolean
  /** The object is the actor and the subject the target: "Canada drew criticism from Mexico". */
  readonly reverse?: boolean
}

const v = (stem: string, ends: string): string => `${stem}(?:${ends})`

/** Verbs that put a sanction in force; a subject before them is the sanctioning actor. */
export const IMPOSE = `(?:impos|slapp?|levy|levi|introduc|extend|rais|increas|hik|announc|adopt|plac|maintain|keep|kept|doubl|expand|reimpos|tighten)(?:e|es|ed|ing|s|ies|ied|ying)?`
export const IMPOSE_RE = new RegExp(`^${IMPOSE}$`)

// Verb lexicons per type: each a pattern of news English, not of one article.
export const TRIGGERS: readonly Trigger[] = [
  // urge
  { name: 'urge-verb', keyWord: /^(?:urg|press|push|encourag|implor|lobb|exhort|nudg|prod)/, type: 'urge', frame: 'svo', words: `(?:${v('urg', 'e|es|ed|ing')}|${v('press', 'es|ed|ing|')}|${v('push', 'es|ed|ing|')}|${v('encourag', 'e|es|ed|ing')}|${v('implor', 'e|es|ed|ing')}|${v('pressur', 'e|es|ed|ing')}|${v('lobb', 'y|ies|ied|ying')}|${v('exhort', 's|ed|ing|')}|${v('nudg', 'e|es|ed|ing')}|${v('prod', 's|ded|ding|')})(?: for)?`, gap: 2 },
  { name: 'urge-call-on', keyWord: /^(?:call|appeal)/, type: 'urge', frame: 'svo', words: `(?:${v('call', 's|ed|ing|')} (?:on|upon)|${v('appeal', 's|ed|ing|')} to|${v('call', 's|ed|ing|')} for)`, gap: 2 },
  { name: 'urge-ask-to', keyWord: /^(?:ask|request|told|tell)/, type: 'urge', frame: 'svo', words: `(?:${v('ask', 's|ed|ing|')}|${v('request', 's|ed|ing|')}|${v('told', '')}|${v('tell', 's|ing|')})(?= (?:the |its )?@ to )`, gap: 1 },
  { name: 'urge-need-for', keyWord: /^need$/, type: 'urge', frame: 'svo', words: `(?:${v('stress', 'es|ed|ing|')}|${v('emphasi[sz]', 'e|es|ed|ing')}|${v('underscor', 'e|es|ed|ing')}|${v('highlight', 's|ed|ing|')}) the need for`, gap: 1 },
  // Diplomatic expectation: "the EU expects China to …", "looks forward to the UAE submitting …".
  { name: 'urge-expect', keyWord: /^(?:expect|want|look)/, type: 'urge', frame: 'svo', words: `(?:(?:expect|expects|expected|want|wants|wanted)(?= (?:the )?@ to )|${v('look', 's|ed|ing|')} forward to(?= (?:the )?@ [a-z]+ing ))`, gap: 1 },
  { name: 'urge-hope', keyWord: /^hope/, type: 'urge', frame: 'svo', words: `(?:we |i )?${v('hope', 's|d|')}(?= (?:that )?(?:the )?@ (?:can|will|would|could) )`, gap: 1 },
  // demand
  // "demanded an apology from Japan": the one asked comes after "from".
  { name: 'demand-verb', keyWord: /^(?:demand|insist)/, type: 'demand', frame: 'svo', words: `(?:${v('demand', 's|ed|ing|')} (?:an? |the |its |their )?(?:[a-z-]+ ){1,3}?from(?= (?:the )?@)|${v('demand', 's|ed|ing|')}|${v('insist', 's|ed|ing|')} (?:on|that))(?: that)?`, gap: 2 },
  // protest
  { name: 'protest-verb', keyWord: /^(?:critici|slam|condemn|denounc|blast|attack|accus|rebuk|lambast|censur|chastis|decr|protest|scold|berat)/, type: 'protest', frame: 'svo', words: `(?:${v('critici[sz]', 'e|es|ed|ing')}|${v('slam', 's|med|ming|')}|${v('condemn', 's|ed|ing|')}|${v('denounc', 'e|es|ed|ing')}|${v('blast', 's|ed|ing|')}|${v('attack', 's|ed|ing|')}|${v('accus', 'e|es|ed|ing')}|${v('rebuk', 'e|es|ed|ing')}|${v('lambast', 's|ed|ing|')}|${v('censur', 'e|es|ed|ing')}|${v('chastis', 'e|es|ed|ing')}|${v('decr', 'y|ies|ied|ying')}|${v('protest', 's|ed|ing|')}|${v('rebuk', 'e|es|ed|ing')}|${v('scold', 's|ed|ing|')}|${v('berat', 'e|es|ed|ing')})`, gap: 4 },
  { name: 'protest-phrasal', keyWord: /^(?:object|complain|hit|retaliat|cried|lash|rail|aim$)/, type: 'protest', frame: 'svo', words: `(?:${v('object', 's|ed|ing|')} (?:to|that)(?: the)?|${v('complain', 's|ed|ing|')} (?:about|of|to|that)(?: the)?|(?:hit|hits|hitting) (?:out|back)(?: at)?|${v('retaliat', 'e|es|ed|ing')}(?: against)?|cried foul|${v('lash', 'es|ed|ing')} out at|${v('rail', 's|ed|ing|')} against|(?:took|take|takes|taking) aim at)`, gap: 2 },
  { name: 'protest-concern', keyWord: /^(?:voic|rais|express|lodg|register)/, type: 'protest', frame: 'svo', words: `(?:${v('voic', 'e|es|ed|ing')}|${v('rais', 'e|es|ed|ing')}|${v('express', 'es|ed|ing|')}|${v('lodg', 'e|es|ed|ing')}|${v('register', 's|ed|ing|')}) (?:[a-z]+ )?(?:concerns?|objections?|opposition|protests?|complaints?|grievances?|anger|displeasure|dissatisfaction|criticism|alarm)(?: (?:over|about|to|at|against|with|regarding|that))?`, gap: 9 },
  { name: 'protest-swipe', keyWord: /^(?:veiled|swipe|dig|jab|broadside)$/, type: 'protest', frame: 'svo', words: `(?:(?:thinly )?veiled (?:reference|criticism|attack|warning|jab)|swipe|dig|jab|broadside) (?:to|at|against)`, gap: 2 },
  { name: 'protest-echo', keyWord: /^(?:objections?|protests?|criticism|complaints?|condemnation)$/, type: 'protest', frame: 'echo', words: `(?:${v('back', 's|ed|ing')}|${v('support', 's|ed|ing')}|${v('echo', 'es|ed|ing')}|${v('join', 's|ed|ing|')}|${v('second', 's|ed|ing')}|${v('endors', 'e|es|ed|ing')}) (?:the |this |that |their |its |his |her )?(?:[a-z-]+ )?(?:objections?|protests?|criticism|complaints?|condemnation)(?! (?:of|against|over|about|at) )` },
  // Criticism received: "Canada came under fire from Mexico", "the plan drew sharp criticism from India".
  { name: 'protest-drew', keyWord: /^(?:criticism|condemnation|protests?|fire|rebukes?|backlash|complaints?)$/, type: 'protest', frame: 'svo', reverse: true, words: `(?:drew|draws|drawn|drawing|faced|faces|facing|(?:came|come|comes|coming) under|attracted|attracts) (?:[a-z-]+ ){0,2}?(?:criticism|condemnation|protests?|fire|rebukes?|backlash|complaints?) from`, gap: 1 },
  { name: 'protest-noun', keyWord: /^(?:criticism|condemnation|protest|objection|complaint)/, type: 'protest', frame: 'nominal', words: `(?:criticism|condemnation|protests?|objections?|complaints?) (?:of|against|over|about|at)`, gap: 2 },
  { name: 'protest-reject-text', keyWord: /^(?:reject|accept|refus|oppos|block|veto|walked$)/, type: 'protest', frame: 'rejectText', words: `(?:${v('reject', 's|ed|ing|')}|(?:does|do|did|will|would) not accept|(?:refuse|refused|refuses|refusing) to (?:accept|endorse|sign)|${v('oppos', 'e|es|ed|ing')}|${v('block', 's|ed|ing|')}|${v('veto', 'es|ed|ing|')}|walked out of)` },
  // meet
  // "meeting" after a determiner is a noun ("at a meeting of G20 ministers"): only meet-talks-with takes it.
  { name: 'meet-verb', keyWord: /^(?:meet|met$|visit)/, type: 'meet', frame: 'svo', words: `(?:meet|meets|met|(?<!(?:a|the|his|her|their|its|of|in|at) )meeting|${v('visit', 's|ed|ing|')})(?: with)?`, gap: 2 },
  // "hosted Kerry", not "host of G20 meetings" or "host the summit".
  { name: 'meet-host', keyWord: /^(?:host|receiv|welcom)/, type: 'meet', frame: 'svo', words: `(?:hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes|welcoming)(?= (?:the )?@)`, gap: 1, fullObject: true },
  { name: 'meet-talks-with', keyWord: /^(?:talk|call|meet|met$|discussion|conversation|summit|spoke|speak|travel|trip|visit)/, type: 'meet', frame: 'svo', words: `(?:(?:hold|holds|holding|held|had|has|have|having) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:talks|call|meeting|meetings|discussions|conversation|summit)|(?:spoke|speak|speaks|speaking|talked|talks|talk|talking|met|meet|meets)(?: by phone| on the phone| privately| separately| briefly)?|${v('travel', 's|ed|led|ing|ling|')}|(?:a |his |her |their |its )?(?:[a-z]+ )?(?:trips?|visits?|calls?|meetings?|talks)) (?:with|to)`, gap: 2 },
  // "took repeated trips there": the place named in the sentence before (see SentenceContext.there).
  { name: 'meet-there', keyWord: /^there$/, type: 'meet', frame: 'svo', words: `(?:trips?|${v('travel', 's|ed|led|ing|ling|')}|visits?|visited|went|flew|flown) there`, gap: 0 },
  { name: 'meet-pair', keyWord: /^(?:met|meet|meets|meeting|meetings|talks|discussions)$/, type: 'meet', frame: 'pair', words: `(?:met|${v('meet', 's|ing|')}|(?:held|hold|holds|holding) (?:[a-z0-9-]+ ){0,3}?(?:talks|meetings|a meeting|discussions)|(?:[a-z-]+ )?(?:talks|meetings))` },
  { name: 'meet-between', keyWord: /^between$/, type: 'meet', frame: 'between', words: `(?:talks|meetings?|summit|dialogue|call) between` },
  { name: 'meet-after', keyWord: /^(?:meeting|talks|talking|visiting)$/, type: 'meet', frame: 'afterMeeting', words: `(?:after|before|following|when) (?:meeting|talks|talking|visiting)(?: with)?` },
  // agree
  // "agreed that it was worth …" shares an opinion; it is not an agreement between the two.
  { name: 'agree-pair', keyWord: /^(?:agreed$|sign|deal$|agreement$|pact$|accord$|treaty$|declaration$|breakthrough$)/, type: 'agree', frame: 'pair', words: `(?:(?<=@ - @ )(?:[a-z-]+ ){0,2}?(?:deal|agreement|pact|accord|treaty)|(?:have |has )?agreed(?! that)|${v('sign', 's|ed|ing')}|(?:reached|reach|struck|strike|sealed|clinched|inked|unveiled|announced|secured|forged|hammered out) (?:a |an |the )?(?:[a-z-]+ ){0,3}(?:deal|agreement|pact|accord|treaty|declaration|breakthrough))` },
  { name: 'agree-with', keyWord: /^(?:deal|agreement|pact|accord|treaty|partnership|understanding)$/, type: 'agree', frame: 'svo', words: `(?:deal|agreement|pact|accord|treaty|partnership|memorandum of understanding) with`, gap: 1 },
  // "a partnership that Jakarta agreed with the US and Japan"; "agreed with China's view" or "agreed with India that …" shares an opinion.
  { name: 'agree-verb-with', keyWord: /^agree(?:d|s|ing)$/, type: 'agree', frame: 'svo', words: `(?:agreed|agrees|agreeing) with(?= (?:the )?@(?! that| on the need))`, gap: 1, fullObject: true },
  { name: 'agree-between', keyWord: /^between$/, type: 'agree', frame: 'between', words: `(?:deal|agreement|pact|accord|treaty|declaration) between` },
  // cooperate
  // Cooperation nouns count only with a verb of commitment ("deepen co-operation"); "discussed cooperation" does not.
  { name: 'cooperate-pair', keyWord: /^(?:together$|join|co-?operat|collaborat|team|ties$|partnership$)/, type: 'cooperate', frame: 'pair', words: `(?:work|working|worked|works) together|jointly|${v('cooperat', 'e|es|ed|ing')}|${v('collaborat', 'e|es|ed|ing')}|(?:team|teamed|teaming) up|${v('join', 's|ed|ing|')} forces|(?:deepen\\w*|strengthen\\w*|boost\\w*|expand\\w*|enhanc\\w*|step up|stepped up|promot\\w*|deeper|closer|stronger|forg\\w*|launch\\w*) (?:[a-z-]+ ){0,2}(?:co-operation|cooperation|collaboration|ties|partnership)|(?:issued|released|signed|adopted|announced|unveiled|published|launched|formed|established|set up) (?:a |an |the |their )?joint (?:statement|declaration|initiative|plan|effort|project|venture|working group|communiqu[eé])` },
  { name: 'cooperate-with', keyWord: /^(?:co-?operat|collaborat|partner|team|work)/, type: 'cooperate', frame: 'svo', words: `(?:${v('cooperat', 'e|es|ed|ing')}|${v('collaborat', 'e|es|ed|ing')}|${v('partner', 's|ed|ing|')}|(?:team|teamed|teaming) up|(?:work|worked|works|working) (?:together |closely |jointly )?) with`, gap: 2 },
  // sanction
  { name: 'sanction-verb', keyWord: /^(?:sanction|blacklist|ban)/, type: 'sanction', frame: 'svo', words: `(?:${v('sanction', 's|ed|ing')}|${v('blacklist', 's|ed|ing|')}|(?:ban|banned|bans|banning) (?:imports|exports|sales|purchases) (?:of|from))`, gap: 1 },
  { name: 'sanction-noun', keyWord: /^(?:sanctions|tariffs?|duties|levies|ban|embargo|controls)$/, type: 'sanction', frame: 'nominal', words: `(?:${IMPOSE} )?(?:[a-z-]+ ){0,3}(?:sanctions|tariffs?|duties|levies|ban|embargo|controls)(?: of (?:up to |as much as |about )?[0-9][0-9.,]*(?: %| percent| per cent)?)? (?:on|against)`, gap: 6 },
]

/** Words that end a clause: the subject of a verb is not looked for beyond them. */
export const CLAUSE_BREAK = new Set([
  'that', 'which', 'whom', 'whose', 'but', 'while', 'although', 'though', 'because', 'since', 'whereas', 'if', 'unless',
  ';', ':', '"', '“', '”', '(', ')', '«', '»', 'said', 'says', 'told', 'after', 'before', 'when', 'where', 'saying',
])

/** Words after which an actor is an object, not a subject. */
export const PREPOSITIONS = new Set([
  'of', 'on', 'to', 'for', 'with', 'from', 'against', 'in', 'at', 'by', 'into', 'over', 'about', 'between', 'among',
  'toward', 'towards', 'than', 'like', 'upon', 'via', 'through', 'across', 'within', 'without', 'beyond', 'under',
])

/** Talks suspended or called off are a protest measure, not a meeting ("Beijing suspended climate talks with Washington"). */
export const CALLED_OFF = /\b(?:suspend\w*|cancel\w*|halt\w*|freez\w*|froze|frozen|postpon\w*|call(?:s|ed|ing)? off|br(?:oke|eak|eaks|eaking) off|pull(?:s|ed|ing)? out of|scrap\w*)\b/

/** Modality that makes a sanction only planned, studied or proposed (ANNOTATION.md): not annotated. */
export const UNREALISED = /\b(?:plans?|planned|planning|propos\w*|consider\w*|stud(?:y|ies|ied|ying)|could|would|might|may|threat\w*|mull\w*|weigh\w*|will|possible|potential)\b/i

/** Decisions of a body that a member may reject: a COP text, a G20 communiqué. */
export const BODY_TEXT = /\b(?:deal|draft|text|decision|proposal|agreement|communiqu[eé]|declaration|outcome|goal|pact|statement)\b/

