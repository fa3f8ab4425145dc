/**
 * Nouns for the people and offices that act for a country or group, as lemmas: a noun phrase with
 * one of these as its head and an actor as modifier or possessor names that actor as a party
 * ("Chinese officials", "China's foreign ministry", "the U.S. delegation", "her Mexican counterpart").
 * The person finders (src/actors/titles.ts) have their own, capitalised title list: a title
 * before a name is a different thing from a role noun heading a phrase.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  ('minister ministry president premier chancellor envoy official government administration delegation delegate ' +
    'negotiator spokesman spokeswoman spokesperson leader counterpart secretary commissioner ambassador embassy ' +
    'authority lawmaker diplomat policymaker regulator agency mission commission council office bureau side cabinet ' +
    'parliament congress senate presidency team representative king queen prince princess emperor empress emir sheikh sultan ruler monarch chief head ' +
    'state department regime military army navy force troop coast guard court foreign-minister chair presidency ' +
    'prime-minister pm legislature deputy adviser advisor coalition camp establishment people nation country member speaker').split(' '),
)

/**
 * Nouns of a country's people who hold no office of state (so no role noun above): help given to them is
 * help to their country ("Norway is training Gabonese rangers", "equipped Senegalese engineers").
 */
export const WORKER_NOUNS: ReadonlySet<string> = new Set(
  ('ranger engineer officer soldier police policeman farmer teacher student technician scientist researcher worker pilot nurse doctor ' +
    'midwife guard personnel expert inspector firefighter forester fisherman specialist judge prosecutor cadet recruit trainee staff').split(' '),
)

/**
 * Words before a role noun that make its phrase no office of state: a sports side, a business or
 * student delegation, a queen of pop or beauty ("a U.S. basketball team", "a Japanese business
 * delegation", "a Danish pop queen") act for no country.
 */
export const NON_STATE_MODIFIERS: ReadonlySet<string> = new Set(
  ('football soccer basketball baseball cricket rugby hockey tennis volleyball handball golf cycling athletics olympic ' +
    'paralympic chess esports business industry corporate student youth school university church trade-union pop rock music film movie fashion beauty drag').split(' '),
)

/** Role nouns that are plural in meaning even when singular in form: "the delegation" speaks as many. */
export const COLLECTIVE_ROLES: ReadonlySet<string> = new Set(['government', 'administration', 'delegation', 'side', 'team', 'cabinet'])

/**
 * Anaphors for the two parties just named: "the two sides", "both countries", "the two leaders".
 * A determiner ("the two", "both") and a plural role noun or one of these heads.
 */
export const PAIR_HEADS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  'partner', 'neighbour', 'neighbor', 'power', 'economy', 'capital', 'giant', 'rival', 'ally', 'emitter', 'nation', 'country', 'government',
])

/** "The former aims for 2050, the latter for 2060": the first and the second of the pair just named, by position. */
export const ORDER_ANAPHORS: Readonly<Record<string, 0 | 1>> = { former: 0, latter: 1 }

/** Singular nouns for two parties at once: "the pair signed …", "the duo met again". */
export const PAIR_NOUNS: ReadonlySet<string> = new Set(['pair', 'duo'])

/** Heads of a singular description that stands for the country the discourse is about: "the country", "the government". */
export const COUNTRY_ANAPHORS: ReadonlySet<string> = new Set(['country', 'nation', 'government', 'administration', 'kingdom', 'republic', 'state'])

/** Heads of a singular description that stands for the group last named: "the bloc" (the EU), "the global body" (the UN). */
export const GROUP_ANAPHORS: ReadonlySet<string> = new Set(['bloc', 'body', 'cartel', 'grouping'])

/** Personal pronouns by what they can stand for. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'plural' | 'thing' | 'speaker'>> = {
  // First person inside a quote is its speaker: "“We urge China to …,” the minister said".
  we: 'speaker', us: 'speaker', our: 'speaker', i: 'speaker', me: 'speaker', my: 'speaker',
  he: 'person', him: 'person', his: 'person', she: 'person', her: 'person', hers: 'person',
  they: 'plural', them: 'plural', their: 'plural', theirs: 'plural',
  // "Both condemned the plan": the determiner standing alone (retag.ts reads it as a pronoun).
  both: 'plural',
  it: 'thing', its: 'thing',
}

/**
 * The pronouns that may stand as a pledge's owner for a party named before: subject forms ("it plans",
 * "both aim"; "them", "him", "us" never open a clause), but not "they", which as often stands for a
 * plural noun the memory does not hold ("economists estimated …, in one scenario they modelled, …").
 */
export const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['we', 'i', 'he', 'she', 'both', 'it'])

/**
 * Title words news uses one for another for one person, by the word they are filed under: "Energy
 * Secretary Jane Doe … “…,” the minister said", "climate ambassador Kim … the envoy", "Prime Minister
 * Tom Roe … the premier", a spokesman or spokeswoman as the spokesperson, "the PM" as the minister.
 */
const SAME_TITLE: Readonly<Record<string, string>> = { secretary: 'minister', ambassador: 'envoy', premier: 'prime', pm: 'minister' }

/** The word a title is filed under (SAME_TITLE), so that a later synonym finds the person named with it. */
export function titleKey(word: string): string {
  return word.startsWith('spokes') ? 'spokesperson' : (SAME_TITLE[word] ?? word)
}
