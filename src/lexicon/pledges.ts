/**
 * The verbs that decide whose target a sentence states, as lemmas (src/extract/pledge-owner.ts).
 * The kind cues themselves ("net zero", "phase out coal", "a 40% cut") are phrase patterns in
 * src/extract/pledge-cues.ts.
 */

/**
 * Verbs by which one actor presses another to act, whatever follows them: "urged Japan to cut", "pushed by
 * the EU", "called on Peru to", "demanding that Chile …". Words between a target's owner and the target
 * (src/extract/pledge-negation.ts) make the target no pledge of that owner.
 */
export const PRESSING_VERBS: ReadonlySet<string> = new Set(
  'urge press push call ask pressure encourage lobby implore exhort nudge prod demand insist persuade convince appeal recommend force compel'.split(' '),
)

/**
 * Verbs by which one actor wants a target of another: the target is not the second actor's pledge (it is
 * an urge). Beside the pressing verbs, those that urge only with a party as object ("wants Japan to",
 * "expects China to", "told Peru to"): alone they state the subject's own aim, forecast or words.
 */
export const URGING_VERBS: ReadonlySet<string> = new Set([...PRESSING_VERBS, 'want', 'expect', 'challenge', 'tell'])

/** Verbs that forecast rather than commit: "emissions are expected to peak", "analysts project". */
export const PROJECTING_VERBS: ReadonlySet<string> = new Set(
  'expect project forecast predict estimate anticipate see model calculate likely'.split(' '),
)

/** Verbs of hoping and aiming: a target when the actor hopes it for itself ("hopes to be carbon neutral by 2060"). */
export const HEDGING_VERBS: ReadonlySet<string> = new Set('hope aim wish seek strive want intend plan'.split(' '))

/**
 * Owners a country's name may modify that are not its state: their targets are not the country's
 * ("Canada's oil sands producers aim to …", "Chinese carmakers plan …"), as written (singular and plural).
 */
export const NON_STATE_OWNERS: readonly string[] = ('company companies firm firms producer producers industry industries sector ' +
  'bank banks insurer insurers investor investors utility utilities airline airlines carmaker carmakers automaker automakers ' +
  'businesses corporation corporations miners city cities province provinces states contractor contractors manufacturer manufacturers exporter exporters ' +
  'giant giants conglomerate conglomerates').split(' ')

/**
 * Owners a clause may name by a common noun alone ("The company's goal is …", "the group said it would …"):
 * the owners above, and associations, groups, cities and provinces. (Not "coalition": a governing
 * coalition is the government.)
 */
export const UNNAMED_OWNERS: readonly string[] = [...NON_STATE_OWNERS, 'group', 'groups', 'association', 'associations']

/** Bodies a sector's name may head that still speak for the state ("China's industry ministry"): no non-state owner then. */
export const STATE_BODY_STARTS: readonly string[] = ['minist', 'department', 'regulator', 'agenc', 'secretar', 'council', 'commission', 'official']

/**
 * Heads of the names of multilateral initiatives ("the Global Methane Pledge", "the Powering Past Coal
 * Alliance"): the targets such a name states are the initiative's collective goal, not a target of
 * the countries that launched or joined it.
 */
export const INITIATIVE_HEADS: readonly string[] = ['Pledge', 'Initiative', 'Alliance', 'Coalition', 'Compact', 'Partnership', 'Pact', 'Charter', 'Breakthrough', 'Agenda']

/**
 * Nouns of a country's own subdivisions ("the state of Bahia", "Fujian province", "the Northern Territory"):
 * a place so named is no country, whether or not the list of named places (src/actors/data/sub-national.ts) holds it.
 */
export const SUB_NATIONAL_UNITS: readonly string[] = 'state province region territory county prefecture canton oblast governorate emirate'.split(' ')

/**
 * Offices of a subdivision's government: a target its office holder states is the subdivision's ("Odisha aims for
 * net zero by 2050, its chief minister said"). (Not "premier" or "governor" alone: a national premier, a central bank's governor.)
 */
export const SUB_NATIONAL_OFFICES: readonly string[] = ['chief minister', 'state premier', 'state governor', 'provincial government', 'provincial premier',
  'provincial authorities', 'regional government', 'regional authorities', 'state government', 'state legislature', 'county government', 'county council']

