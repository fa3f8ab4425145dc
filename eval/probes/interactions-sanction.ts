import type { Probe } from './probe.js'

/** Interaction probes: sanction (CAMEO 16 reduce relations, 163 sanctions and embargoes). */
export const SANCTION_PROBES: readonly Probe[] = [
  // sanction: tariffs, sanctions, duties, import bans and embargoes imposed (CAMEO 163)
  {
    id: 'interaction.sanction.slap.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'The United States slapped tariffs of 100% on Chinese electric vehicles.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.sanction.impose.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'The European Union imposed new sanctions on Belarus on Monday.',
    interactions: ['EU sanction BLR'],
  },
  {
    id: 'interaction.sanction.ban-imports.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Canada banned imports of Russian steel and aluminium in 2023.',
    interactions: ['CAN sanction RUS'],
  },
  {
    id: 'interaction.sanction.embargo.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: "The European Union's oil embargo on Iran cut the country's exports by half.",
    interactions: ['EU sanction IRN'],
  },
  {
    id: 'interaction.sanction.noun.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'U.S. sanctions on Venezuelan oil have left its refineries short of parts.',
    interactions: ['USA sanction VEN'],
  },
  {
    id: 'interaction.sanction.duty.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'India imposed anti-dumping duties on solar glass from Vietnam.',
    interactions: ['IND sanction VNM'],
  },
  {
    id: 'interaction.sanction.levy.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: "The EU's levy on carbon-intensive steel from India came into force in January.",
    interactions: ['EU sanction IND'],
  },
  {
    id: 'interaction.sanction.retaliate.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'China retaliated with tariffs on Australian wine and barley.',
    interactions: ['CHN sanction AUS'],
  },
  {
    id: 'interaction.date.sanction.1', test: 'mft', capability: 'date', cameo: '163', date: '2024-06-20',
    text: 'Last week, Türkiye raised its tariffs on cars made in China to 40%.',
    interactions: ['TUR sanction CHN'],
  },

  // sanction: passives, nouns, metonyms, people, lists
  {
    id: 'interaction.sanction.slap.inv.1', test: 'inv', capability: 'passive', cameo: '163',
    text: 'Chinese electric vehicles were hit with 100% tariffs by the United States.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.sanction.slap.inv.2', test: 'inv', capability: 'noun-frame', cameo: '163',
    text: "The United States' 100% tariffs on Chinese electric vehicles took effect in August.",
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.passive.sanction.1', test: 'mft', capability: 'passive', cameo: '163',
    text: 'Russian coal imports were banned by Japan in 2022.',
    interactions: ['JPN sanction RUS'],
  },
  {
    id: 'interaction.metonym.sanction.1', test: 'mft', capability: 'metonym', cameo: '163',
    text: "Washington imposed sanctions on Moscow's flagship Arctic gas project.",
    interactions: ['USA sanction RUS'],
  },
  {
    id: 'interaction.person.sanction.1', test: 'mft', capability: 'person', cameo: '163',
    text: 'Australian Trade Minister Tom Hadley imposed duties on steel imported from China.',
    interactions: ['AUS sanction CHN'],
  },
  {
    id: 'interaction.list.sanction.1', test: 'mft', capability: 'list', cameo: '163',
    text: "The United States, Britain and Canada imposed sanctions on Iran's oil ministry.",
    interactions: ['USA sanction IRN', 'GBR sanction IRN', 'CAN sanction IRN'],
  },

  // sanction: possible, considered, proposed or studied levies; bans with no target; negated
  {
    id: 'interaction.sanction.could.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'The United States could impose tariffs on Mexican steel if imports keep rising, an official said.',
  },
  {
    id: 'interaction.sanction.considering.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'Japan is considering sanctions on Russian aluminium.',
  },
  {
    id: 'interaction.sanction.proposed.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'The European Commission proposed tariffs on Chinese electric vehicles, which member states must still approve.',
  },
  {
    id: 'interaction.sanction.studied.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'Britain is studying a carbon border levy that would apply to steel from China and India.',
  },
  {
    id: 'interaction.domestic.sanction.1', test: 'neg', capability: 'domestic', cameo: '163',
    text: 'Indonesia banned exports of nickel ore to force processing at home.',
  },
  {
    id: 'interaction.domestic.sanction.2', test: 'neg', capability: 'domestic', cameo: '163',
    text: 'Kenya banned single-use plastic bags in 2017.',
  },
  {
    id: 'interaction.sanction.negated.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'Brazil has not imposed any tariffs on Chinese solar panels.',
  },
  // sanction: a measure met from another party ("faced new sanctions from Britain")
  {
    id: 'interaction.sanction.received.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Belarus faced new sanctions from Canada over the crackdown.',
    interactions: ['CAN sanction BLR'],
  },
  {
    id: 'interaction.sanction.received.2', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'Belarus could face new sanctions from Canada if the crackdown goes on.',
  },
  {
    id: 'interaction.sanction.halt-imports.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'In response, South Korea suspended imports of Japanese fish.',
    interactions: ['KOR sanction JPN'],
  },
  // Freezing or seizing a party's assets.
  {
    id: 'interaction.sanction.assets.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Norway froze the assets of three Belarusian potash firms on Friday.',
    interactions: ['NOR sanction BLR'],
  },
  {
    id: 'interaction.sanction.assets.2', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'A Norwegian court froze the assets of a bankrupt shipping firm on Friday.',
  },
  // A measure a light verb puts on its object: "hit X with duties", "put X on a blacklist".
  {
    id: 'interaction.sanction.placed-on.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'The US put three Chinese battery makers on a trade blacklist.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.sanction.placed-on.2', test: 'inv', capability: 'sanction', cameo: '163',
    text: 'The EU hit Turkish steel with new duties on Friday.',
    interactions: ['EU sanction TUR'],
  },
  {
    id: 'interaction.sanction.surtax.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Canada imposed a 25% surtax on Chinese steel and aluminium.',
    interactions: ['CAN sanction CHN'],
  },
  // A ban on what goes out falls on where it goes.
  {
    id: 'interaction.sanction.export-to.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'China banned exports of gallium to the United States.',
    interactions: ['CHN sanction USA'],
  },
  {
    id: 'interaction.sanction.export-to.2', test: 'inv', capability: 'sanction', cameo: '163',
    text: 'Indonesia stopped exports of coal to the Philippines in January.',
    interactions: ['IDN sanction PHL'],
  },
  {
    id: 'interaction.sanction.export-to.3', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'China banned exports of rare earths to protect its own industry.',
  },
  // A levy only expected, or threatened under a condition, is not imposed.
  {
    id: 'interaction.sanction.expected-to.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'China is expected to impose tariffs on Australian barley.',
  },
  {
    id: 'interaction.sanction.if-threat.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'If Japan releases the water, China will ban Japanese seafood.',
  },
  // A measure given as an answer, on no one's goods, falls on the party answered.
  {
    id: 'interaction.sanction.responded-by.1', test: 'mft', capability: 'pronoun', cameo: '163',
    text: 'Japan released treated water from the plant in August.\n\nChina responded by banning seafood imports.',
    interactions: ['CHN sanction JPN'],
  },
  {
    id: 'interaction.sanction.responded-by.2', test: 'inv', capability: 'pronoun', cameo: '163',
    text: 'Canada raised tariffs on Chinese electric cars.\n\nIn retaliation, Beijing imposed duties on canola.',
    interactions: ['CAN sanction CHN', 'CHN sanction CAN'],
  },
  {
    id: 'interaction.sanction.responded-by.3', test: 'neg', capability: 'pronoun', cameo: '163',
    text: 'The EU adopted its border levy in May.\n\nIndia could respond by imposing duties on European machinery.',
  },
  // A measure met in another party's market is that party's.
  {
    id: 'interaction.sanction.faced-in.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Turkish steel now faces duties of up to 30% in Canada.',
    interactions: ['CAN sanction TUR'],
  },
  {
    id: 'interaction.sanction.faced-in.2', test: 'neg', capability: 'hypothetical', cameo: '163',
    text: 'Turkish steel could face duties of up to 30% in Canada.',
  },
  // More light verbs of a measure: unveiled, ordered, passed, finalised.
  {
    id: 'interaction.sanction.light-verbs.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Britain unveiled sanctions on Belarus on Wednesday.',
    interactions: ['GBR sanction BLR'],
  },
  {
    id: 'interaction.sanction.light-verbs.2', test: 'inv', capability: 'sanction', cameo: '163',
    text: 'The Brazilian president ordered new tariffs on Argentine wine.',
    interactions: ['BRA sanction ARG'],
  },
  {
    id: 'interaction.sanction.light-verbs.3', test: 'inv', capability: 'sanction', cameo: '163',
    text: 'Turkey finalised duties on Egyptian glass after a year-long inquiry.',
    interactions: ['TUR sanction EGY'],
  },
  {
    id: 'interaction.sanction.light-verbs.4', test: 'neg', capability: 'hypothetical', cameo: '163',
    text: 'Britain may unveil sanctions on Belarus next month.',
  },
  // A participle after the measure's noun points it at its target.
  {
    id: 'interaction.sanction.aimed.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: "Canada imposed sanctions targeting Venezuela's oil sector.",
    interactions: ['CAN sanction VEN'],
  },
  {
    id: 'interaction.sanction.aimed.2', test: 'inv', capability: 'sanction', cameo: '163',
    text: 'Mexico introduced tariffs aimed at Brazilian poultry.',
    interactions: ['MEX sanction BRA'],
  },
  {
    id: 'interaction.sanction.aimed.3', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'Mexico introduced tariffs aimed at protecting its poultry farmers.',
  },
  // A headline-style present tense read as a noun, followed by an attribution with a verb of its own.
  {
    id: 'interaction.sanction.verbless-attributed.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Drone parts\n\nCanada\'s new sanctions target Iran\'s drone makers, officials said on Thursday.',
    interactions: ['CAN sanction IRN'],
  },
  {
    id: 'interaction.sanction.verbless-attributed.2', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'Drone parts\n\nCanada\'s sanctions target lists, officials said, are reviewed every spring.',
  },
]
