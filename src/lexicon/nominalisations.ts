/**
 * The noun that names what a verb did, for reading a later "the suspension" as the act of whoever
 * suspended ("China suspended the talks … Washington criticised the suspension"). By verb lemma.
 */
export const NOMINALISATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['suspend', ['suspension']],
  ['withdraw', ['withdrawal', 'exit', 'move', 'decision']],
  ['decide', ['decision', 'move']],
  ['vote', ['vote', 'decision']],
  ['choose', ['decision', 'choice']],
  ['opt', ['decision', 'choice']],
  ['resolve', ['decision', 'resolution']],
  ['impose', ['imposition', 'move', 'measure']],
  ['ban', ['ban']],
  ['propose', ['proposal']],
  ['announce', ['announcement', 'move']],
  ['delay', ['delay', 'move']],
  ['postpone', ['postponement', 'delay']],
  ['cancel', ['cancellation', 'move']],
  ['reject', ['rejection']],
  ['refuse', ['refusal']],
  ['raise', ['increase', 'hike', 'move']],
  ['hike', ['hike', 'increase', 'move']],
  ['cut', ['cut', 'move']],
  ['halt', ['halt', 'move']],
  ['freeze', ['freeze', 'move']],
  ['block', ['blockade', 'move']],
  ['expel', ['expulsion']],
  ['approve', ['approval', 'decision']],
  ['restrict', ['restriction']],
  ['end', ['move', 'decision']],
  ['leave', ['exit', 'departure', 'decision']],
  ['quit', ['exit', 'decision']],
  ['tax', ['tax']],
  ['levy', ['levy']],
  ['subsidise', ['subsidy']],
  ['subsidize', ['subsidy']],
  ['plan', ['plan']],
  ['release', ['release', 'discharge']],
  ['discharge', ['discharge', 'release']],
  ['build', ['construction']],
  ['construct', ['construction']],
  ['expand', ['expansion']],
  ['drill', ['drilling']],
  ['dump', ['dumping']],
  // A trip is the traveller's: "A U.S. delegation arrived in Taipei. China condemned the visit."
  ['visit', ['visit', 'trip']],
  ['arrive', ['visit', 'trip', 'arrival']],
  ['travel', ['visit', 'trip']],
  // What a party said of another, named back by the one who answers it: "Canada accused India of …
  // India rejected the accusation", "Brazil dismissed the criticism".
  ['criticise', ['criticism', 'attack', 'rebuke']],
  ['criticize', ['criticism', 'attack', 'rebuke']],
  ['accuse', ['accusation', 'allegation', 'charge']],
  ['condemn', ['condemnation']],
  ['urge', ['call', 'appeal']],
  ['demand', ['demand']],
])

/** Nouns whose modifier names where, not who: "the Taiwan visit", "his Beijing trip" are a traveller's, not Taiwan's. */
export const DESTINATION_NOUNS: ReadonlySet<string> = new Set(['visit', 'trip', 'tour', 'journey'])

/**
 * Nouns news uses, one after another, for one measure: "Britain's Carbon Border Adjustment Mechanism
 * (CBAM)" is "the proposed levy" and "the border tax" a paragraph later. Naming one with its owner
 * makes the owner known for all of its group.
 */
const MEASURE_GROUPS: readonly (readonly string[])[] = [['levy', 'tax', 'tariff', 'duty', 'mechanism', 'cbam', 'charge', 'surcharge']]

export const SAME_MEASURE: ReadonlyMap<string, readonly string[]> = new Map(MEASURE_GROUPS.flatMap((g) => g.map((w) => [w, g] as const)))

/**
 * Verbs by which an actor makes a thing that may later be criticised or rejected: "OPEC sent a letter"
 * (a later "the letter" is OPEC's), "changes that Saudi Arabia had made", "the plan, which Japan announced".
 */
export const MAKING_VERBS: ReadonlySet<string> = new Set(['make', 'send', 'issue', 'publish', 'release', 'write', 'announce', 'adopt', 'propose', 'introduce', 'unveil', 'impose', 'launch',
  'approve', 'pass', 'submit', 'table', 'present', 'enact', 'draft', 'circulate', 'insert', 'add', 'push', 'offer', 'plan', 'prepare', 'design', 'levy', 'finalise', 'finalize'])

/**
 * Nouns for what a party does, proposes or says, named back: "…, in a move that Beijing denounced",
 * "The move was condemned by Fiji", "Poland criticised the idea". Whose it is, the discourse memory
 * tells (src/nlp/memory.ts): the clause before, the act just told, or the sentence before's subject.
 */
export const ACT_NOUNS: ReadonlySet<string> = new Set(['move', 'step', 'decision', 'bid', 'attempt', 'effort', 'idea', 'plan', 'proposal', 'remark', 'comment',
  'statement', 'policy', 'stance', 'position', 'announcement', 'timeline', 'approach', 'threat', 'suggestion', 'offer', 'request'])
