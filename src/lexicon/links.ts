/**
 * Function words the shallow parse and the frames read, each list once: relative words, and the
 * adverbs and prepositions that open examples of the phrase before them.
 */

/** Relative pronouns: a clause that describes the phrase before it ("Kenya, which …", "the plan that …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom'])

/** Relative words of place and time as well: what may open a clause of its own after a quote ("…”, where he said …"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'where', 'when'])

/** Adverbs that single out part of what came before: "rich nations, notably Japan", "mostly in Asia". */
export const FOCUSING_ADVERBS: ReadonlySet<string> = new Set(['particularly', 'notably', 'especially', 'chiefly', 'mainly', 'mostly', 'largely', 'primarily'])

/** One word that opens a list of examples: "partners, including France", "nations like Chile". */
export const EXAMPLE_LEADS: ReadonlySet<string> = new Set(['including', 'like', ...FOCUSING_ADVERBS])

/** Every word that may open such a list, the first of two-word leads too ("such as", "among them", "led by"). */
export const EXAMPLE_LEAD_STARTS: ReadonlySet<string> = new Set([...EXAMPLE_LEADS, 'such', 'among', 'led'])

/** Reciprocal pronouns, as two words: "accused each other", "clashed with one another" (each party acts on the other). */
export const RECIPROCALS: ReadonlySet<string> = new Set(['each other', 'one another'])

/** Pronouns that point back at what was just said rather than at a party: "China condemned it", "“It is a mistake,” Scholz said of …". */
export const POINTING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that'])

/**
 * Heads that hand their meaning to the noun after "of": "was an act of aggression", "a form of
 * protectionism", "a clear case of hypocrisy". What the phrase says is the second noun.
 */
export const KIND_NOUNS: ReadonlySet<string> = new Set(['act', 'form', 'kind', 'case', 'sort', 'example', 'piece'])

/** Determiners that point back at what was just told: "We reject this interference", "these accusations are false". */
export const POINTING_DETERMINERS: ReadonlySet<string> = new Set(['this', 'these'])
