import type { Probe } from './probe.js'

/** Interaction probes: urge and demand (CAMEO 02 appeal, 10 demand). */
export const URGE_DEMAND_PROBES: readonly Probe[] = [
  // urge: appeal verbs, plainly (CAMEO 02)
  {
    id: 'interaction.urge.urge.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'The European Union urged Japan on Monday to set a firm date for ending coal-fired power.',
    interactions: ['EU urge JPN'],
  },
  {
    id: 'interaction.urge.press.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Britain pressed Saudi Arabia to back a global goal for renewable energy.',
    interactions: ['GBR urge SAU'],
  },
  {
    id: 'interaction.urge.call-on.1', test: 'mft', capability: 'urge', cameo: '021',
    text: 'Barbados called on Britain to cancel part of its debt in exchange for investment in coastal defences.',
    interactions: ['BRB urge GBR'],
  },
  {
    id: 'interaction.urge.push.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Washington is pushing New Delhi to open its solar market to American manufacturers.',
    interactions: ['USA urge IND'],
  },
  {
    id: 'interaction.urge.lobby.1', test: 'mft', capability: 'urge', cameo: '022',
    text: 'Dutch diplomats lobbied Norway for weeks to back a moratorium on deep-sea mining.',
    interactions: ['NLD urge NOR'],
  },
  {
    id: 'interaction.urge.appeal.1', test: 'mft', capability: 'urge', cameo: '023',
    text: 'Mozambique appealed to Portugal for help rebuilding bridges destroyed by the cyclone.',
    interactions: ['MOZ urge PRT'],
  },
  {
    id: 'interaction.urge.encourage.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Singapore encouraged Malaysia to speed up work on a cross-border power line.',
    interactions: ['SGP urge MYS'],
  },
  {
    id: 'interaction.urge.ask.1', test: 'mft', capability: 'urge', cameo: '023',
    text: 'Fiji asked New Zealand to double its funding for adaptation in the Pacific.',
    interactions: ['FJI urge NZL'],
  },
  {
    id: 'interaction.urge.pressure.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'The United States has been pressuring the UAE to cut back on gas flaring at its oil fields.',
    interactions: ['USA urge ARE'],
  },
  {
    id: 'interaction.urge.implore.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Tuvalu implored Australia to stop approving new coal mines.',
    interactions: ['TUV urge AUS'],
  },
  {
    id: 'interaction.urge.nudge.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Sweden nudged Finland to tighten its rules on burning peat.',
    interactions: ['SWE urge FIN'],
  },
  {
    id: 'interaction.urge.inflect.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Ecuador urges Peru to join a regional moratorium on shark fishing, officials said.',
    interactions: ['ECU urge PER'],
  },
  {
    id: 'interaction.urge.inflect.2', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Germany has been urging South Africa to retire its oldest coal plants sooner.',
    interactions: ['DEU urge ZAF'],
  },
  {
    id: 'interaction.urge.meet.1', test: 'mft', capability: 'urge', cameo: '026',
    text: 'Qatar encouraged Egypt and Ethiopia to return to the negotiating table over the Nile dam.',
    interactions: ['QAT urge EGY', 'QAT urge ETH'],
  },

  // urge: the same fact in other words; passives, nouns, people and counterparts
  {
    id: 'interaction.urge.urge.inv.1', test: 'inv', capability: 'passive', cameo: '020',
    text: 'Japan was urged by the European Union on Monday to set a firm date for ending coal-fired power.',
    interactions: ['EU urge JPN'],
  },
  {
    id: 'interaction.urge.urge.inv.2', test: 'inv', capability: 'swap', cameo: '020',
    text: "Côte d'Ivoire urged Ghana on Monday to set a firm date for ending coal-fired power.",
    interactions: ['CIV urge GHA'],
  },
  {
    id: 'interaction.passive.urge.1', test: 'mft', capability: 'passive', cameo: '020',
    text: 'South Korea is being pressed by Britain to scrap plans for new gas plants.',
    interactions: ['GBR urge KOR'],
  },
  {
    id: 'interaction.noun-frame.urge.1', test: 'mft', capability: 'noun-frame', cameo: '020',
    text: 'Despite repeated appeals from the Maldives, India has not changed its plans for new coal mines.',
    interactions: ['MDV urge IND'],
  },
  {
    id: 'interaction.noun-frame.urge.2', test: 'mft', capability: 'noun-frame', cameo: '020',
    text: "Norway's appeal to Brazil to protect the Cerrado savanna went unanswered.",
    interactions: ['NOR urge BRA'],
  },
  {
    id: 'interaction.counterpart.urge.1', test: 'mft', capability: 'counterpart', cameo: '020',
    text: "U.S. climate envoy Laura Pike urged her Chinese counterpart to cover methane in Beijing's next plan.",
    interactions: ['USA urge CHN'],
  },
  {
    id: 'interaction.counterpart.urge.2', test: 'inv', capability: 'counterpart', cameo: '020',
    text: "U.S. climate envoy Mark Pike urged his Chinese counterpart to cover methane in Beijing's next plan.",
    interactions: ['USA urge CHN'],
  },
  {
    id: 'interaction.person.urge.1', test: 'mft', capability: 'person', cameo: '023',
    text: 'Philippine Energy Secretary Ramon Dizon pressed Tokyo to pay for grid upgrades on Luzon.',
    interactions: ['PHL urge JPN'],
  },

  // urge: lists on either side
  {
    id: 'interaction.list.urge.1', test: 'mft', capability: 'list', cameo: '020',
    text: 'France urged China, India and Indonesia to put an end date on new coal plants.',
    interactions: ['FRA urge CHN', 'FRA urge IND', 'FRA urge IDN'],
  },
  {
    id: 'interaction.list.urge.2', test: 'mft', capability: 'list', cameo: '020',
    text: 'Germany and the Netherlands urged Poland to speed up the closure of its coal mines.',
    interactions: ['DEU urge POL', 'NLD urge POL'],
  },
  {
    id: 'interaction.list.urge.3', test: 'mft', capability: 'list', cameo: '020',
    text: 'Chile, Peru and Colombia called on Brazil to host a regional summit on glaciers.',
    interactions: ['CHL urge BRA', 'PER urge BRA', 'COL urge BRA'],
  },

  // urge: calls to everyone or to non-actors, negated and hypothetical
  {
    id: 'interaction.addressee.urge.1', test: 'neg', capability: 'addressee', cameo: '020',
    text: 'The UN Secretary-General urged all nations to bring their net-zero dates forward.',
  },
  {
    id: 'interaction.addressee.urge.2', test: 'neg', capability: 'addressee', cameo: '023',
    text: 'Kenya urged wealthy countries to pay for the damage caused by floods and droughts.',
  },
  {
    id: 'interaction.addressee.urge.3', test: 'neg', capability: 'addressee', cameo: '020',
    text: 'At the summit, Barbados called on every country to back a levy on shipping emissions.',
  },
  {
    id: 'interaction.non-actor.urge.1', test: 'neg', capability: 'non-actor', cameo: '020',
    text: 'Norway urged oil companies to stop flaring gas in the Barents Sea.',
  },
  {
    id: 'interaction.urge.negated.1', test: 'neg', capability: 'urge', cameo: '020',
    text: 'Japan did not press China on coal during their talks in Beijing, a diplomat said.',
    interactions: ['JPN meet CHN'],
  },
  {
    id: 'interaction.urge.hypothetical.1', test: 'neg', capability: 'urge', cameo: '020',
    text: 'Britain is weighing whether to press Nigeria on gas flaring, officials said.',
  },

  // demand: demand and insist (CAMEO 10)
  {
    id: 'interaction.demand.demand.1', test: 'mft', capability: 'demand', cameo: '100',
    text: 'China demanded that Japan stop releasing treated water from the Fukushima plant.',
    interactions: ['CHN demand JPN'],
  },
  {
    id: 'interaction.demand.demand.2', test: 'mft', capability: 'demand', cameo: '103',
    text: 'Bangladesh demanded that the Netherlands hand over the flood-defence money it had promised.',
    interactions: ['BGD demand NLD'],
  },
  {
    id: 'interaction.demand.demand.3', test: 'mft', capability: 'demand', cameo: '101',
    text: 'Egypt demanded answers from Ethiopia about how the dam will be operated in dry years.',
    interactions: ['EGY demand ETH'],
  },
  {
    id: 'interaction.demand.demand.4', test: 'mft', capability: 'demand', cameo: '100',
    text: 'Türkiye demanded an apology from the Netherlands over remarks by a Dutch minister.',
    interactions: ['TUR demand NLD'],
  },
  {
    id: 'interaction.demand.demand.5', test: 'mft', capability: 'demand', cameo: '101',
    text: 'Peru is demanding that Chile share its data on the glaciers that feed their border rivers.',
    interactions: ['PER demand CHL'],
  },
  {
    id: 'interaction.demand.demand.6', test: 'mft', capability: 'demand', cameo: '100',
    text: 'Vanuatu has demanded that Australia stop approving new fossil fuel projects.',
    interactions: ['VUT demand AUS'],
  },
  {
    id: 'interaction.demand.insist.1', test: 'mft', capability: 'demand', cameo: '100',
    text: 'Indonesia insisted that the EU exempt smallholder palm oil from its deforestation rules.',
    interactions: ['IDN demand EU'],
  },
  {
    id: 'interaction.demand.insist.2', test: 'mft', capability: 'demand', cameo: '100',
    text: 'Brazil insisted on guarantees from Germany that its money for the forest fund would not be cut.',
    interactions: ['BRA demand DEU'],
  },

  // demand: the same fact in other words; people, metonyms, nouns
  {
    id: 'interaction.demand.demand.inv.1', test: 'inv', capability: 'swap', cameo: '100',
    text: 'South Korea demanded that Japan stop releasing treated water from the Fukushima plant.',
    interactions: ['KOR demand JPN'],
  },
  {
    id: 'interaction.demand.demand.inv.2', test: 'inv', capability: 'noun-frame', cameo: '100',
    text: "China's demand that Japan stop releasing treated water from the Fukushima plant was repeated on Friday.",
    interactions: ['CHN demand JPN'],
  },
  {
    id: 'interaction.person.demand.1', test: 'mft', capability: 'person', cameo: '100',
    text: 'Egyptian Foreign Minister Karim Fahmy demanded that Ethiopia sign a binding accord on the dam.',
    interactions: ['EGY demand ETH'],
  },
  {
    id: 'interaction.metonym.demand.1', test: 'mft', capability: 'metonym', cameo: '100',
    text: 'Beijing demanded that Washington lift its tariffs on Chinese solar panels.',
    interactions: ['CHN demand USA', 'USA sanction CHN'],
  },
  {
    id: 'interaction.noun-frame.demand.1', test: 'mft', capability: 'noun-frame', cameo: '103',
    text: "Pakistan's demand that Britain pay for flood reconstruction was repeated at the summit.",
    interactions: ['PAK demand GBR'],
  },
  {
    id: 'interaction.noun-frame.demand.2', test: 'mft', capability: 'noun-frame', cameo: '100',
    text: 'Demands from Kiribati that New Zealand take in more people displaced by rising seas have grown louder.',
    interactions: ['KIR demand NZL'],
  },

  // demand: stopped short of, a company as target, domestic
  {
    id: 'interaction.demand.negated.1', test: 'neg', capability: 'demand', cameo: '103',
    text: 'Kenya stopped short of demanding that Britain pay compensation.',
  },
  {
    id: 'interaction.non-actor.demand.1', test: 'neg', capability: 'non-actor', cameo: '100',
    text: 'Nigeria demanded that Shell clean up oil spills in the Niger Delta.',
  },
  {
    id: 'interaction.domestic.demand.1', test: 'neg', capability: 'domestic', cameo: '100',
    text: 'Chilean farmers demanded that the government share out river water more fairly.',
  },
  // urge: begging, leaning on, warning to (CAMEO 020)
  {
    id: 'interaction.urge.beg.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Tuvalu begged New Zealand to rethink its dairy emissions policy.',
    interactions: ['TUV urge NZL'],
  },
  {
    id: 'interaction.urge.lean.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'France is leaning on Poland to accept the 2040 target.',
    interactions: ['FRA urge POL'],
  },
  {
    id: 'interaction.urge.warn.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Bangladesh warned India not to divert more water from the Teesta.',
    interactions: ['BGD urge IND'],
  },
  {
    id: 'interaction.urge.warn.2', test: 'neg', capability: 'urge', cameo: '020',
    text: 'Bangladesh warned that India would divert more water from the Teesta.',
  },
  // urge: an obligation said of another party with "needs to", "has to"
  {
    id: 'interaction.urge.needs-to.1', test: 'mft', capability: 'urged', cameo: '020',
    text: '"Canada needs to do far more on oil sands emissions," the Danish minister said.',
    interactions: ['DNK urge CAN'],
  },
  {
    id: 'interaction.urge.has-to.1', test: 'inv', capability: 'urged', cameo: '020',
    text: 'Canada has to do far more on oil sands emissions, the Danish minister said.',
    interactions: ['DNK urge CAN'],
  },
  {
    id: 'interaction.urge.needs-to.2', test: 'neg', capability: 'urged', cameo: '020',
    text: '"We need to do far more on oil sands emissions," the Canadian minister said.',
  },
  {
    id: 'interaction.demand.seek.1', test: 'mft', capability: 'demand', cameo: '100',
    text: 'Guyana is seeking compensation from Venezuela for the damaged pipeline.',
    interactions: ['GUY demand VEN'],
  },
  {
    id: 'interaction.urge.appeal-from.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Malawi appealed for emergency aid from Britain after the cyclone.',
    interactions: ['MWI urge GBR'],
  },
  {
    id: 'interaction.demand.seek.2', test: 'neg', capability: 'demand', cameo: '100',
    text: 'Guyana is seeking investment from Brazil for the new port.',
  },
]
