/**
 * Speech verbs as lemmas: the verbs that report what someone said ("said", "told reporters",
 * "added", "warned"). A clause with one of these opens reported speech: its complement is the
 * content, its subject the speaker. One list for quotes, reported clauses and pledges.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  ('say tell add state note warn argue insist explain write tweet post declare announce stress emphasize ' +
    'concede acknowledge admit claim remark reply respond recall comment observe suggest predict caution ' +
    'lament conclude quip reiterate affirm confirm assert contend maintain point reveal report describe ' +
    'hail continue answer ask urge vow pledge promise complain criticize accuse threaten welcome mention ' +
    'retort counter rebut scoff shout exclaim yell interject ' +
    // how it was said, in quotes' attributions ("“…,” she joked", "he underlined", "she told a committee … testified")
    'underline underscore highlight boast joke testify summarise summarize sigh laugh muse signal proclaim ' +
    'disclose confide fume demand protest object appeal').split(' '),
)

/** The speech verbs that report speech and nothing else: a clause with one of these states no act of its own. */
export const PURE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  ('say tell add state note explain write tweet post remark reply respond recall comment observe answer ' +
    'continue report reveal mention point').split(' '),
)

/** Documents that speak for whoever issued them: "issued a statement condemning …", "a letter urging …". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  'statement declaration communique communiqué letter report resolution note memo message post tweet op-ed editorial submission'.split(' '),
)

/** Speech verbs whose object is the one spoken to: a concern told to a party is addressed to it ("told the Commission head of Colombia's deep concerns"). */
export const ADDRESSING_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'brief', 'remind', 'assure', 'warn'])
