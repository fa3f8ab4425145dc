/**
 * Verbs and words that change what a clause asserts, as lemmas. A fact is read from a clause only
 * when nothing above it undoes it: "refused to meet", "suspended talks", "is considering tariffs",
 * "could impose", "urged Japan to cut" (an urge, not Japan's pledge).
 */

/** Governing verbs that deny the act below them ("refused to sign", "failed to agree", "ruled out talks"). */
export const REFUSING_VERBS: ReadonlySet<string> = new Set(
  'refuse decline fail reject deny avoid rule resist oppose block boycott skip shun snub'.split(' '),
)

/**
 * Verbs that answer an act named as their object: "Russia rejected accusations from Finland", "dismissed
 * Chile's criticism", "rebuffed Fiji's calls". The act answered was made, whether or not it is rejected
 * ("did not deny the accusations"), and it was aimed at the one who answers.
 */
export const REBUTTING_VERBS: ReadonlySet<string> = new Set('reject dismiss deny rebuff refute deflect'.split(' '))

/**
 * Governing verbs that call an act off ("suspended talks with", "cancelled the visit"): no meeting or
 * call took place. A deal or a partnership one side leaves ("withdrew from the partnership with …")
 * was still made, so these do not undo an agreement or cooperation.
 */
export const CANCELLING_VERBS: ReadonlySet<string> = new Set(
  'cancel suspend halt freeze postpone scrap abandon drop end stop quit withdraw exit delay pause break call scuttle derail collapse'.split(' '),
)

/** Nouns of calling an act off, governing it through "of" or "to": "the suspension of talks between …", "a halt to visits". */
export const CANCELLING_NOUNS: ReadonlySet<string> = new Set(
  'cancellation cancelation suspension postponement freeze halt termination scrapping abandonment'.split(' '),
)

/**
 * Governing verbs that only weigh an act ("is considering tariffs", "weighing whether to press"):
 * nothing was done yet, of any type.
 */
export const DELIBERATING_VERBS: ReadonlySet<string> = new Set(
  'consider weigh mull study explore debate contemplate review ponder examine assess evaluate'.split(' '),
)

/**
 * Governing verbs that leave the act below them planned, threatened or wished for. Meetings, calls
 * and deals count when scheduled or planned (ANNOTATION.md: "held or scheduled"); sanctions do not
 * ("a levy only studied or proposed is not").
 */
export const IRREALIS_VERBS: ReadonlySet<string> = new Set(
  ('plan propose threaten seek want hope aim intend prepare expect envisage envision suggest recommend ' +
    'could might may would should').split(' '),
)

/**
 * Governing verbs that only wish for an agreement or a partnership ("hope to conclude a deal", "seek a
 * pact with"): none was reached (ANNOTATION.md: `agree` reaches, signs or announces one).
 */
export const WISHING_VERBS: ReadonlySet<string> = new Set('hope seek aim wish try strive want'.split(' '))

/** Modal auxiliaries that make a sanction or pledge hypothetical. */
/** Modal auxiliaries, with the clipped forms the tokenizer leaves ("'ll", "wo" of "won't", "ca" of "can't"). */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', "'ll", 'wo', 'ca'])

export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'would', 'should', 'must'])

/** Adverbs that negate a clause. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor'])

/** Every governing verb that may undo an act: what the sentence selector looks for. */
export const DENYING_VERBS: ReadonlySet<string> = new Set([...REFUSING_VERBS, ...CANCELLING_VERBS, ...DELIBERATING_VERBS])

/**
 * Verbs whose passive with "to" and no agent states the subject's own stance, not something done to it:
 * "China is firmly opposed to the release" is China opposing it (src/frames/passive.ts).
 */
export const STANCE_PARTICIPLES: ReadonlySet<string> = new Set(['oppose'])

/** Hosting, chairing or attending together is not cooperation (ANNOTATION.md: co-hosting is not `cooperate`). */
export const HOSTING_VERBS: ReadonlySet<string> = new Set('host co-host convene co-convene organize organise chair co-chair attend'.split(' '))

/** Verbs of joining an effort another party leads: "joined a US-led initiative", "joined the Saudi-led coalition". */
export const JOINING_VERBS: ReadonlySet<string> = new Set(['join'])

/**
 * Verbs of aspect that take the act as a participle: "keep pressing", "continued urging", "began
 * talking". The act is the participle's ("stop", "cease" and "quit" end it, so they are not here).
 */
export const ASPECT_VERBS: ReadonlySet<string> = new Set(['keep', 'continue', 'begin', 'start', 'resume'])

/** Words that open the act a reaction answers: "hit back after Canada raised tariffs", "protested when Japan …". */
export const REACTION_LEADS: ReadonlySet<string> = new Set(['after', 'when', 'following'])

/** Verbs that give what follows "by" as an answer: "China responded by banning …", "hit back by imposing …". */
export const RESPONSE_VERBS: ReadonlySet<string> = new Set(['respond', 'retaliate', 'react', 'reply', 'hit'])

/**
 * Verbs of a fronted participle that names what the words after it are about: "Asked about Japan's plan,
 * the spokesman said it was …", "Reacting to the EU vote, Orban called it …" ("it" is that topic).
 */
export const TOPIC_VERBS: ReadonlySet<string> = new Set(['ask', 'question', 'react', 'respond', 'reply', 'comment', 'speak', 'refer'])
/** The prepositions that bring in that topic. */
export const TOPIC_PREPS: ReadonlySet<string> = new Set(['about', 'on', 'to', 'over', 'regarding'])

/** Nouns that give a fronted act as an answer: "In response, China banned …", "In retaliation, …". */
export const RESPONSE_NOUNS: ReadonlySet<string> = new Set(['response', 'retaliation', 'reply'])

/** Verbs that remove a measure in force: asking for them, or refusing them, presupposes the measure. */
export const REMOVING_VERBS: ReadonlySet<string> = new Set(['lift', 'remove', 'scrap', 'drop', 'repeal', 'rescind', 'revoke', 'withdraw', 'ease', 'end', 'roll', 'suspend', 'cancel'])

/** Prepositions that place an act inside an event that took place: "during their talks", "after the meeting". */
export const PRESUPPOSING_PREPS: ReadonlySet<string> = new Set(['during', 'after', 'following', 'amid', 'at'])

/**
 * Verbs that put their subject somewhere ("was in Berlin", "flew to Tokyo", "is due in Beijing"): there
 * "for talks with X" is the subject's own errand, whatever the verb.
 */
export const PRESENCE_VERBS: ReadonlySet<string> = new Set(['be', 'arrive', 'travel', 'fly', 'land', 'head', 'go', 'come', 'return'])

/** Errands a subject is somewhere for, with no party named after them: "was in Beijing for talks", "is in Seoul on a state visit" (the place is the party). */
export const ERRAND_NOUNS: ReadonlySet<string> = new Set(['visit', 'trip', 'tour', 'talk', 'meeting', 'consultation', 'negotiation'])

/** Prepositions that place an act in time beside an event, whether or not it took place: those above and "before", "ahead of". */
export const BESIDE_EVENT_PREPS: ReadonlySet<string> = new Set([...PRESUPPOSING_PREPS, 'before', 'ahead', 'prior'])

/** Verbs by which one party makes another's criticism, call or demand its own ("echoed China's criticism"). */
/** Verbs of taking in what another did, whose manner is a judgement of it: "greeted the plan with scepticism", "views the move with alarm". */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(['greet', 'meet', 'receive', 'view', 'regard', 'treat', 'watch', 'eye', 'see', 'welcome', 'take'])

export const ECHOING_VERBS: ReadonlySet<string> = new Set(['echo', 'join', 'share', 'repeat', 'reiterate', 'back', 'endorse', 'second', 'amplify'])

/** Verbs by which an act named as their subject did not come about ("a planned deal fell through", "the talks failed to take place"). */
export const FAILING_VERBS: ReadonlySet<string> = new Set(['fail', 'founder', 'fizzle', 'fall through', 'fall apart'])

/** Verbs by which an event named as their subject came about; negated ("never took place", "did not go ahead"), it did not. */
export const HAPPENING_VERBS: ReadonlySet<string> = new Set(['take place', 'happen', 'go ahead', 'materialize', 'materialise', 'occur', 'proceed'])

/**
 * Verbs by which ties or a partnership named as their subject only worsened ("ties between A and B soured",
 * "have been strained"): a state of relations, no joint act.
 */
export const WORSENING_VERBS: ReadonlySet<string> = new Set(['sour', 'deteriorate', 'worsen', 'fray', 'strain', 'sink', 'plunge', 'nosedive', 'cool', 'chill', 'weaken', 'erode', 'crumble', 'suffer', 'falter'])

/** Adjectives after "be" that leave an act named as the subject only possible ("a meeting was possible but …", "a deal remains unlikely"). */
export const UNCERTAIN_PREDICATES: ReadonlySet<string> = new Set(['possible', 'unlikely', 'uncertain', 'doubtful', 'unclear', 'conceivable'])

/** Verbs that link a subject to what is said of it: "was critical of …", "remains unlikely", "seemed possible". */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'remain', 'become', 'seem', 'appear', 'grow', 'stay'])

/**
 * Words that give the reason for what a clause did, or what it went against: "quit the accord because of
 * its objections to …", "walked out over concerns about …", "stayed despite its anger at …". What they
 * lead holds whatever became of the clause's act.
 */
export const REASON_LEADS: readonly string[] = ['because of', 'due to', 'owing to', 'over', 'amid', 'in protest at', 'in protest against', 'despite', 'in spite of']

/**
 * Participles that point an act named by a noun at the phrase after them: "sanctions targeting Russia's
 * energy sector", "tariffs aimed at Chinese steel" (the lemma; "aim" and "direct" take "at" first).
 */
export const AIMING_PARTICIPLES: ReadonlyMap<string, string | null> = new Map([['target', null], ['aim', 'at'], ['direct', 'at']])

/**
 * Participles that give a joint act's noun its partner after "with": "a deal signed with Germany", "the
 * accord struck with Tokyo", "an agreement reached with the EU" (the lemma).
 */
export const PARTNERING_PARTICIPLES: ReadonlySet<string> = new Set(['sign', 'strike', 'reach', 'agree', 'ink', 'seal', 'conclude', 'negotiate', 'clinch', 'forge', 'finalise', 'finalize'])

/** Verbs whose subject bears the measure named as their object: "Chinese panels face new US tariffs", "Russian firms have suffered US sanctions". */
export const FACING_VERBS: ReadonlySet<string> = new Set(['face', 'incur', 'suffer', 'endure'])

/** Words that make a partner one in trade ("its largest trading partner"): a volume of goods, not a joint act. */
export const TRADE_MODIFIERS: ReadonlySet<string> = new Set(['trading', 'trade', 'export', 'import'])

/** Games and rounds of a contest: teams that "met in the final" played a match, they held no talks. */
export const CONTESTS: ReadonlySet<string> = new Set(['final', 'semi-final', 'semifinal', 'quarter-final', 'quarterfinal', 'match', 'game', 'fixture', 'derby', 'tournament', 'playoff', 'play-off', 'bout', 'friendly', 'qualifier', 'rematch'])

/** Verbs that work as a modal of obligation before "to" ("needs to", "has to", "ought to"): src/nlp/verb-groups.ts reads them as the group's modal. */
export const SEMI_MODALS: ReadonlySet<string> = new Set(['need', 'have', 'ought'])
/**
 * Modals of obligation: what one party says another must do presses it, and an act a party is only
 * obliged to do is not done.
 */
export const OBLIGATION_MODALS: ReadonlySet<string> = new Set(['must', 'should', ...SEMI_MODALS])

/**
 * Verbs of a change no one does on purpose: after "expects X to", a forecast of X, not a call on it
 * ("Japan expects China to peak soon", but "expects China to submit a plan" urges).
 */
export const UNWILLED_CHANGES: ReadonlySet<string> = new Set(['peak', 'rise', 'fall', 'grow', 'decline', 'increase', 'decrease', 'drop', 'remain', 'stay', 'slow', 'rebound', 'recover', 'surge', 'plateau'])
