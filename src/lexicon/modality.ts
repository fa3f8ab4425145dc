/**
 * Verbs and words that change what a clause asserts, as lemmas. A fact is read from a clause only
 * when nothing above it undoes it: "refused to meet", "suspended talks", "is considering tariffs",
 * "could impose", "urged Japan to cut" (an urge, not Japan's pledge).
 */

/** Governing verbs that deny the act below them ("refused to sign", "failed to agree", "ruled out talks"). */
export const DENYING_VERBS: ReadonlySet<string> = new Set(
  ('refuse decline fail reject deny cancel suspend halt freeze postpone scrap abandon drop end stop avoid quit ' +
    'withdraw exit abandon call-off rule resist oppose block boycott skip shun snub delay pause break').split(' '),
)

/**
 * Governing verbs (and nouns) that leave the act below them unrealised: planned, studied, threatened,
 * proposed, hoped for. Meetings and urging count when scheduled (ANNOTATION.md: "held or scheduled");
 * sanctions do not ("a levy only studied or proposed is not").
 */
export const IRREALIS_VERBS: ReadonlySet<string> = new Set(
  ('plan consider propose threaten mull weigh study explore seek want hope aim intend prepare expect ' +
    'discuss debate contemplate envisage envision suggest recommend could might may would should').split(' '),
)

/** Modal auxiliaries that make a sanction or pledge hypothetical. */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'would', 'should', 'must'])

/** Adverbs that negate a clause. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor'])
