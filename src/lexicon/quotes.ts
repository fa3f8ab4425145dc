/**
 * Word lists for quote attribution (src/nlp/speakers.ts, src/extract/quotes/), as lower-cased
 * lemmas or words. Speech verbs themselves are one list, in speech.ts; what is here says who
 * may be a quote's speaker and which quoted words have none (ANNOTATION.md, "Quotes").
 */

/**
 * Verbs that frame quoted words as their subject's without being speech verbs in general:
 * "called the deal “a betrayal of the poor”", "dubbed it “the decisive decade”", "the statement
 * read". Kept apart from SPEECH_VERBS, whose other readers (pledges, interactions) would take
 * "call" as reported speech.
 */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['call', 'dub', 'term', 'label', 'brand', 'quote', 'cite', 'read'])

/** Quoting verbs whose object is the one whose words follow "as saying": "Reuters quoted Jane Doe as saying …", "cited her as saying". */
export const QUOTED_AS_VERBS: ReadonlySet<string> = new Set(['quote', 'cite'])

/** Verbs that quote only with this word after them: "as she put it", "he went on", "she chimed in", "the minister hit back". */
export const QUOTING_IDIOMS: Readonly<Record<string, string>> = { put: 'it', go: 'on', chime: 'in', hit: 'back' }

/**
 * Written sources: wording quoted from one of these has no speaker ("the joint statement said
 * members “remain concerned”", "the text of the agreement asks parties to “…”", "the report warned
 * that “…”"). The documents that speak for an issuer (speech.ts DOCUMENT_NOUNS) are read as sources
 * too, except the statements below.
 */
export const WORDING_SOURCES: ReadonlySet<string> = new Set(
  ('text draft agreement accord pact treaty communique communiqué declaration document plan bill law act ' +
    'proposal decision guideline guidelines paper convention protocol outcome charter manifesto ' +
    'ndc strategy roadmap').split(' '),
)

/**
 * Documents in which a body speaks in its own voice: "the ministry said in a statement", and so
 * "the statement said" quotes the body that issued it (named in the phrase, "a White House
 * statement", or as the speaker of the sentence before). A joint statement still has no speaker.
 */
export const OWN_VOICE_DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'release'])

/** Things that carry words, as slogans: "protesters holding a banner reading “…”" quotes no one (ANNOTATION.md: slogans are no quotes). */
export const SIGN_NOUNS: ReadonlySet<string> = new Set(['banner', 'placard', 'sign', 'poster', 'sticker', 'billboard', 't-shirt', 'flag'])

/** Verbs by which a body puts out its own statement: "the ministry issued a statement saying “…”" quotes the ministry. */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(['issue', 'release', 'publish', 'put', 'send', 'post', 'make'])

/**
 * What a person says, named as a noun: with the person as its possessor, the quote after it is
 * theirs ("Jane Roe's message was clear: “…”", "Roe's reply: “…”").
 */
export const PERSONAL_SPEECH_NOUNS: ReadonlySet<string> = new Set(
  'message post tweet words word remark comment reply response answer verdict warning plea advice view assessment retort'.split(' '),
)

/**
 * Participles that name a thing by the quoted words ("a report titled “…”", "a plan known as “…”",
 * "an alliance called “…”"): a name, not speech, however many words it has. After a noun only:
 * "Biden has called climate change “…”" is speech.
 */
/**
 * Nouns whose "of" names a thing by the quoted words ("to match a vision of “clean power for every
 * province”", "under the slogan of “…”", "the principle of “…”"): a name, not speech.
 */
export const NAMING_NOUNS: ReadonlySet<string> = new Set(['vision', 'slogan', 'motto', 'banner', 'theme', 'principle', 'concept', 'doctrine', 'mantra'])

export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['titled', 'entitled', 'subtitled', 'themed', 'headlined', 'named', 'dubbed', 'called', 'labelled', 'labeled', 'branded', 'known'])

/**
 * News organisations: they report quotes ("told Reuters", "according to Xinhua"), they do not make
 * them; quoted words they are the source of have no speaker of their own in the article.
 */
export const MEDIA: ReadonlySet<string> = new Set(
  ('reuters afp ap xinhua bloomberg kyodo yonhap tass ria cnn bbc nhk nikkei sputnik ani pti bernama antara ' +
    'kazinform anadolu irna wafa dpa efe ansa').split(' '),
)

/**
 * Nouns that say a name is a news outlet's ("the newspaper Aftenposten reported", "the broadcaster NRK
 * said", "the Daily Courier", "Sky News", and the words of newspapers' titles: "the Valley Gazette", "the
 * Morning Chronicle"): an outlet reports quotes, as MEDIA's agencies do, and makes none (nor in an editorial).
 */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'broadcaster', 'magazine', 'tabloid', 'daily', 'weekly', 'news', 'channel', 'outlet', 'website', 'herald', 'tribune', 'gazette', 'chronicle', 'telegraph'])

/**
 * Titles of the people who write or present the report: a byline's or a broadcast's reporter is
 * never the speaker of the words they report ("Reporter Jane Doe", "our correspondent").
 */
export const REPORTER_TITLES: ReadonlySet<string> = new Set(['reporter', 'correspondent', 'journalist', 'editor', 'columnist', 'anchor', 'presenter', 'photographer', 'writer'])

/**
 * Role nouns (lexicon/roles.ts ROLE_NOUNS and a few more) that name one person: "the minister said"
 * points back to the minister named before; the other role nouns ("the ministry", "the
 * government") name a body, which speaks as itself.
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set(
  ('minister pm president premier chancellor envoy official delegate negotiator spokesman spokeswoman spokesperson ' +
    'leader counterpart secretary commissioner ambassador lawmaker diplomat representative king prince emir ' +
    'sultan ruler monarch chief head chair chairman chairwoman deputy adviser advisor director governor senator ' +
    'mayor administrator coordinator executive founder expert economist analyst scientist professor researcher ' +
    'campaigner activist').split(' '),
)

/**
 * Person roles that describe a trade or a standing rather than an office one holds by that title: news
 * calls the person it just named by one of these though it introduced them otherwise ("Glaciologist Jane
 * Roe …" then "the scientist said"; "managing director Jane Roe …" then "the IMF chief said"). When no
 * one was named with the word, it stands for the person the story is about, as "she" would.
 * (An office, "the minister", is only ever the person named with it.)
 */
export const DESCRIPTIVE_ROLES: ReadonlySet<string> = new Set(
  'expert economist analyst scientist professor researcher campaigner activist founder executive director chief head leader boss'.split(' '),
)

/**
 * Role nouns that, when no name goes with them, speak for the body the phrase names: "a finance
 * ministry official", "an official at the ministry", "an EU official", "a ministry spokesperson".
 */
export const BODY_VOICES: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'representative'])

/**
 * Heads of the name of an organisation ("Pembina Institute", "Ministry of Commerce", "World Wildlife
 * Fund"): a capitalised phrase ending in one of these is a body, which may speak when no person is named.
 */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  ('ministry department office agency council commission committee government police secretariat parliament ' +
    'party union bank fund institute institution organisation organization association federation forum court ' +
    'service administration campaign coalition alliance network group foundation board authority assembly ' +
    'cabinet congress senate embassy mission movement society centre center programme program panel presidency ' +
    'delegation company corporation university observatory international initiative trust club ' +
    // plurals that end companies' names ("Kestrel Minerals", "Volkner Motors", "Kessel Airways"): never a person's
    'minerals motors airlines airways holdings industries').split(' '),
)

/**
 * Common nouns news puts before a company's name ("Australian miner Redgum Resources", "the utility
 * Nordvolt"): the name is a company's, and "the company", "the firm" or "the miner" later speaks for it.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(
  'company firm miner utility carmaker automaker airline insurer lender conglomerate shipper refiner'.split(' '),
)

/**
 * Nouns that describe a person without naming an office (lexicon PERSON_ROLES has the offices): with
 * "the", news uses them for the person just named, as "he" or "she" would be ("Jane Roe … “…,” the
 * teenager said", "says the former lawyer"). An office ("the minister") is instead the person
 * named with that title.
 */
export const PERSON_EPITHETS: ReadonlySet<string> = new Set(
  ('teenager politician veteran lawyer engineer physicist climatologist meteorologist glaciologist ecologist ' +
    'environmentalist conservationist farmer fisherman student pupil grandmother grandfather novelist billionaire ' +
    'businessman businesswoman entrepreneur tycoon banker investor legislator congressman congresswoman ' +
    'democrat republican conservative socialist tory liberal philanthropist pensioner ' +
    // trades a feature writes before a name ("Nurse Olga Petrenko", "Beekeeper Tom Bird"): at a sentence's start no part of the name
    'teacher schoolteacher nurse doctor midwife shopkeeper trader herder rancher grower beekeeper fisher villager ' +
    // nationals named by a noun of their own ("the Dutchman said"), which the gazetteer does not list as demonyms
    'dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman ' +
    'welshman welshwoman spaniard swede dane finn pole turk kiwi').split(' '),
)

/**
 * Nouns of family standing that news uses for the person just named, when nothing names the others
 * ("the mother of two said", "the widower said"); "the mother of the victim" is someone else.
 */
export const FAMILY_EPITHETS: ReadonlySet<string> = new Set(['mother', 'father', 'widow', 'widower', 'mum', 'dad'])

/**
 * Seats of government the gazetteer reads as their country ("the White House said"): unlike the
 * country or its capital, which report a position (no speaker), they speak as a body, as a ministry does.
 */
export const GOVERNMENT_SEATS: ReadonlySet<string> = new Set(
  ['white house', 'kremlin', 'downing street', 'state department', 'elysee', 'élysée', 'elysee palace', 'élysée palace', 'pentagon', 'foreign office', 'zhongnanhai', 'blue house', 'chancellery', 'number 10', 'no 10', 'no. 10'],
)

/**
 * The legal form that follows a company's name after a comma ("Acme, Inc., said"): a part of the
 * company's name, never a person's, and never the speaker by itself.
 */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'inc.', 'ltd', 'ltd.', 'llc', 'corp', 'corp.', 'co.', 'plc', 'gmbh', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'spa', 'pty'])

/**
 * Capitalised words that open a sentence or phrase but are never a name, though the tagger may call
 * them proper nouns ("Speaking to reporters, …", "Asked about …").
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  ('the a an this that these those it we i you he she they his her its their our my mr mrs ms dr prof sir dame ' +
    'lord lady madam speaking asked according meanwhile however also earlier later ' +
    // numbers of people at a sentence's start ("Thousands of students marched … chanting “…”"): a crowd, no name
    'hundreds thousands dozens millions tens scores').split(' '),
)

/**
 * How many paragraphs back a quote given to "he", "she" or a trade ("the scientist said") may find its person:
 * the speaker resolver looks that far (src/extract/quotes/recent.ts), so the tagger reads that far (src/nlp/candidates.ts).
 */
export const SPEAKER_REACH = 2

/**
 * A line that signs the quoted paragraph above it (lists of reactions, pull quotes): a dash and a
 * name ("— Jane Roe, union negotiator"), or a name of two to four capitalised words and a comma with
 * what they are, and no full stop ("Jane Roe, Harbour Workers' Union"; a line ending with a colon,
 * "Jane Roe, in a post on X:", names the speaker of the quote below it). The cleaner keeps it (src/clean/text-body.ts)
 * and the speaker resolver reads its name (src/nlp/speaker-frame.ts).
 */
export const SIGNATURE_LINE = /^(?:[—–-]\s+\p{Lu}|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3},\s(?!.*[.!?:]\s*$))/u
