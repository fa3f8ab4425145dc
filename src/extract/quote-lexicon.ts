/**
 * Word lists for quote attribution in news English: speech verbs, the titles and
 * portfolios written before a person's name, heads of body names, documents and media.
 */

/** Verbs (and "according to") that introduce what someone said. */
export const SPEECH_VERB = new RegExp(
  String.raw`\b(?:says?|said|saying|tells?|told|telling|add(?:s|ed|ing)|stat(?:es|ed)|not(?:es|ed)|warn(?:s|ed|ing)|argu(?:es|ed|ing)|urg(?:es|ed|ing)|insist(?:s|ed|ing)|ask(?:s|ed)|explain(?:s|ed|ing)|wr(?:ote|ites|iting)|tweet(?:s|ed)|posted|declar(?:es|ed)|announc(?:es|ed)|stress(?:es|ed)|emphasi[sz](?:es|ed)|conced(?:es|ed)|acknowledg(?:es|ed)|admitt?(?:s|ed)|claim(?:s|ed)|remark(?:s|ed)|repl(?:ies|ied)|respond(?:s|ed)|recall(?:s|ed)|comment(?:s|ed)|observ(?:es|ed)|suggest(?:s|ed)|predict(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)|vow(?:s|ed)|caution(?:s|ed)|lament(?:s|ed)|complain(?:s|ed)|critici[sz](?:es|ed)|call(?:s|ed|ing)|describ(?:es|ed|ing)|hail(?:s|ed)|conclud(?:es|ed)|quipp?(?:s|ed)|accus(?:es|ed)|threaten(?:s|ed)|welcom(?:es|ed)|reiterat(?:es|ed)|affirm(?:s|ed)|confirm(?:s|ed)|quoted as saying|according to)\b`,
  'giu',
)

/**
 * SPEECH_VERB without the u flag, which V8 runs about three times faster. The two find the same
 * matches in any text without the two letters that Unicode case folding alone maps to ASCII
 * (long s, Kelvin sign); see foldedIndex in quote-scan.ts.
 */
export const SPEECH_VERB_LEGACY = new RegExp(SPEECH_VERB.source, 'gi')

/** Capitalised function words that start a sentence or clause but never a name. */
export const STOP_WORDS = new Set(
  ('The A An This That These Those His Her Its Their Our My Your In On At After Before But And Or As When While Where ' +
    'Whether If Then Under With Without For From By To Of Since Until Despite During Following However Meanwhile ' +
    'Earlier Later Last Next Also Still Yet So Speaking According Asked Instead Specifically Separately Now Today ' +
    'Yesterday Tomorrow Once Though Although Because Even Only Both Either Neither Some Many Most Several Such ' +
    'There Here What Who Why How Which It We I You Us Them Mr Mrs Ms Dr Prof Sir Dame Madam Photo Image Read More')
    .split(' '),
)

export const PRONOUNS = new Set(['he', 'she', 'they'])

/** Titles, ranks and portfolios written before a name ("Foreign Minister", "Crown Prince"). */
export const TITLE_WORDS = new Set(
  ('Mr Mrs Ms Dr Prof Sir Dame Sheikh Shaikh Lord Lady President Vice Prime Minister Ministers Secretary General ' +
    'Ambassador Envoy Chancellor Premier Deputy Chief Chair Chairman Chairwoman Chairperson Director Commissioner ' +
    'Governor Senator Sen Rep Representative Gov Congressman Congresswoman King Queen Prince Princess Crown Emir ' +
    'Spokesman Spokeswoman Spokesperson Head Executive Special Foreign Finance Energy Environment Environmental ' +
    'Climate Change Trade Economy Economic Industry Commerce Agriculture Resources Natural Protection Affairs ' +
    'Development Interior Home Defence Defense State Supreme Commander Ruler Leader Mayor Negotiator Senior Former ' +
    'Acting Chief Justice Judge Pope Prosecutor Undersecretary Assistant Associate Vice-President Vice-Premier ' +
    'Secretary-General Director-General Spokes Counsellor Councillor Adviser Advisor Officer Member MP MEP ' +
    'Transport Infrastructure Health Labour Labor Education Science Technology Innovation Ecology Emergency ' +
    'Fisheries Forestry Water Mines Mining Petroleum Oil Gas Power Electricity Planning Budget Treasury Justice ' +
    'Urbanization Urbanisation Sustainability Security National Federal Minister-President Activist Economist ' +
    'Analyst Campaigner Professor Researcher Expert Lawyer Delegate Protester Official Diplomat Lawmaker Legislator')
    .split(' '),
)

/** Heads of body names: a run holding one of these is an organisation, not a person. */
export const BODY_HEADS = new Set(
  ('Ministry Department Office Agency Council Commission Committee Government Police Secretariat Parliament ' +
    'Party Union Bank Fund Institute Institution Organisation Organization Association Federation Forum Court ' +
    'Service Administration Campaign Coalition Alliance Network Group Foundation Board Authority Assembly ' +
    'Cabinet Congress Senate Embassy Mission Movement Rebellion Society Centre Center Programme Program Panel')
    .split(' '),
)

/** Lower-case heads of body noun phrases ("the environment department", "a ministry spokesperson"). */
export const BODY_NOUN =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\p{L}’'-]+\s+){0,3}?)(ministry|department|government|office|agency|council|commission|police|secretariat|regulator|administration|embassy|campaign|spokesperson|spokesman|spokeswoman)(?:\s+spokes(?:person|man|woman))?\b/gu

/** Written sources: wording quoted from these has no speaker (ANNOTATION.md). */
export const DOCUMENT_HEADS = new Set(
  ('statement declaration communiqué communique agreement accord pact treaty text draft document report letter ' +
    'resolution bill law act plan protocol proposal decision guidelines outcome declarations paper convention')
    .split(' '),
)

const DOCUMENT_NOUNS = String.raw`statement|declaration|communiqu[ée]|agreement|accord|pact|treaty|text|draft|document|report|letter|resolution|bill|law|proposal|decision`

export const DOCUMENT_NOUN = new RegExp(String.raw`\b(?:the|a|an|its|this|that)\s+(?:[\p{L}’'-]+\s+){0,3}?(${DOCUMENT_NOUNS})\b`, 'iu')

/** A document noun right after a blank, where DOCUMENT_NOUN needs it: a cheap whole-text test before that regex. */
export const DOCUMENT_NOUN_AFTER_BLANK = new RegExp(String.raw`(?<=\s)(?:${DOCUMENT_NOUNS})`, 'giu')
/** The same without the u flag (faster; equal where foldedIndex uses it). */
export const DOCUMENT_NOUN_AFTER_BLANK_LEGACY = new RegExp(DOCUMENT_NOUN_AFTER_BLANK.source, 'gi')

/**
 * Lower-case role nouns after which a lone capitalised word is a modifier, not a name: "one European
 * negotiator said", "a Kenyan official said" name no one (ANNOTATION.md: quotes need a named speaker).
 */
export const UNNAMED_ROLES = new Set(
  ('negotiator negotiators official officials diplomat diplomats delegate delegates source sources envoy aide aides ' +
    'adviser advisers advisor advisors lawmaker lawmakers observer observers participant participants insider insiders')
    .split(' '),
)

/** Lower-case nouns that turn the name before them into a body ("the Beyond Coal campaign"). */
export const BODY_TAILS = new Set('campaign group party coalition alliance network movement organisation organization ministry department'.split(' '))

/** News organisations: they report quotes rather than make them. */
export const MEDIA = new Set(
  ('Reuters AFP AP Xinhua Bloomberg Kyodo Yonhap TASS RIA CNN BBC NHK Nikkei Sputnik ANI PTI Bernama Antara').split(' '),
)

export const MONTHS_AND_DAYS = new Set(
  ('January February March April May June July August September October November December Jan Feb Mar Apr Jun ' +
    'Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday').split(' '),
)

/** Name particles written in lower case inside a name ("Mohammed bin Rashid", "Ursula von der Leyen"). */
export const PARTICLES = new Set('bin bint ibn al el de da das do dos du di del della van von der den ter la le'.split(' '))

/** Words that open an introductory phrase before a clause's subject ("After meeting Kerry, ..."). */
export const INTRO_WORDS = new Set(
  ('After Before When While As In On At During Following Despite Asked Speaking Since Until Under With Without ' +
    'For From By However Meanwhile Earlier Later Last Next Also Still Yet So Instead Specifically Separately Now ' +
    'Today Yesterday Once Though Although Because Even If It There Then Shortly But And Or In').split(' '),
)
