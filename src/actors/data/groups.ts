/**
 * Groups and bodies with FORMAT.md ids, and the names news English gives them.
 * "UN climate talks" and the COPs belong to UNFCCC, not UN (ANNOTATION.md:
 * decisions of a COP as a whole belong to UNFCCC).
 */
const UN_PREFIXES = ['UN', 'U.N.', 'United Nations']

function withUnPrefix(tails: readonly string[]): string[] {
  return UN_PREFIXES.flatMap((p) => tails.map((t) => `${p} ${t}`))
}

function caseVariants(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)])
}

/** COP1 to COP40 in the spellings the press uses: COP26, COP 26, COP-26. */
function copNames(): string[] {
  const out = ['COP', 'Conference of the Parties']
  for (let n = 1; n <= 40; n++) out.push(`COP${n}`, `COP ${n}`, `COP-${n}`, `Cop${n}`, `Cop ${n}`)
  return out
}

const PARIS_NOUNS = caseVariants(['agreement', 'accord', 'accords', 'deal', 'pact', 'treaty', 'goals', 'goal', 'targets', 'framework', 'rulebook'])

export const GROUP_NAMES: Readonly<Record<string, readonly string[]>> = {
  EU: ['European Union', 'EU', 'E.U.', 'European Commission', 'European Council', 'European Parliament',
    'Council of the European Union', 'Council of the EU', 'EU Commission', 'Berlaymont', 'EU27', 'EU-27'],
  G7: ['G7', 'G-7', 'Group of Seven', 'Group of 7'],
  G20: ['G20', 'G-20', 'Group of 20', 'Group of Twenty'],
  UN: ['United Nations', 'UN', 'U.N.', ...withUnPrefix(['General Assembly', 'Security Council', 'Environment Programme'])],
  UNFCCC: ['UNFCCC', 'United Nations Framework Convention on Climate Change', 'UN Framework Convention on Climate Change',
    'UN Climate Change', 'Glasgow Climate Pact', 'Glasgow pact', 'UAE Consensus', 'UAE consensus', 'Dubai consensus',
    'Sharm el-Sheikh Implementation Plan', ...copNames(),
    ...withUnPrefix(['climate talks', 'climate summit', 'climate conference', 'Climate Change Conference',
      'climate change conference', 'climate body', 'climate agency', 'climate secretariat', 'climate process',
      'climate change body', 'climate change agency', 'Climate Conference', 'Climate Summit', 'climate negotiations'])],
  PARIS: ['Paris Agreement', ...PARIS_NOUNS.map((n) => `Paris ${n}`), ...PARIS_NOUNS.map((n) => `Paris climate ${n}`),
    ...PARIS_NOUNS.map((n) => `Paris Climate ${n[0].toUpperCase()}${n.slice(1)}`)],
  IEA: ['International Energy Agency', 'IEA'],
  IPCC: ['Intergovernmental Panel on Climate Change', 'IPCC', ...withUnPrefix(['climate panel', 'climate science panel',
    'Intergovernmental Panel on Climate Change', 'panel of climate scientists'])],
  OPEC: ['OPEC', 'OPEC+', 'Opec', 'Opec+', 'OPEC Plus', 'OPEC plus', 'OPEC-plus', 'Opec Plus',
    'Organization of the Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries'],
  ASEAN: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'],
  // The press's "small island states/nations" is the bloc that negotiates for them (as the dev gold reads it in two COP articles).
  AOSIS: ['AOSIS', 'Aosis', 'Alliance of Small Island States', 'Small Island Developing States', 'SIDS',
    ...['small island states', 'small island developing states', 'small island nations', 'small island developing nations'].flatMap((n) => [n, `${n[0].toUpperCase()}${n.slice(1)}`])],
}

/** Capitals that stand for a group rather than their country. */
export const GROUP_PLACES: Readonly<Record<string, readonly string[]>> = {
  EU: ['Brussels'],
}
