import type { Probe } from './probe.js'

/** Pledge probes: intensity, peak, phase_out and renewables. */
export const INTENSITY_PEAK_PHASE_OUT_PROBES: readonly Probe[] = [
  // intensity: emissions per unit of GDP or output
  {
    id: 'pledge.intensity.carbon-intensity.1', test: 'mft', capability: 'intensity',
    text: 'China will lower its carbon intensity by more than 65% from 2005 levels by 2030.',
    pledges: ['CHN intensity 2030 65 base 2005'],
  },
  {
    id: 'pledge.intensity.of-gdp.1', test: 'mft', capability: 'intensity',
    text: 'India has committed to reducing the emissions intensity of its GDP by 45 percent by 2030, from 2005 levels.',
    pledges: ['IND intensity 2030 45 base 2005'],
  },
  {
    id: 'pledge.intensity.per-unit.1', test: 'mft', capability: 'intensity',
    text: 'Vietnam aims to cut emissions per unit of economic output by 15% by 2030 compared with 2014.',
    pledges: ['VNM intensity 2030 15 base 2014'],
  },
  {
    id: 'pledge.intensity.fronted.1', test: 'mft', capability: 'intensity',
    text: 'By 2025, Mongolia wants its carbon intensity 20 percent below 2010 levels.',
    pledges: ['MNG intensity 2025 20 base 2010'],
  },
  {
    id: 'pledge.intensity.possessive.1', test: 'mft', capability: 'intensity',
    text: "Malaysia's goal of a 45% cut in carbon intensity by 2030, against 2005, was set in 2021.",
    pledges: ['MYS intensity 2030 45 base 2005'],
  },
  {
    id: 'pledge.intensity.economy.1', test: 'mft', capability: 'intensity',
    text: 'Singapore will reduce the emissions intensity of its economy 36% from 2005 levels by 2030.',
    pledges: ['SGP intensity 2030 36 base 2005'],
  },
  {
    id: 'pledge.intensity.with-peak.1', test: 'mft', capability: 'intensity',
    text: 'China has pledged to peak emissions before 2030 and to cut carbon intensity by more than 65% from 2005 by the same year.',
    pledges: ['CHN peak 2030', 'CHN intensity 2030 65 base 2005'],
  },
  {
    id: 'pledge.intensity.of-gdp.inv.1', test: 'inv', capability: 'intensity',
    text: "India's pledge is a 45 percent reduction in the emissions intensity of its economy by 2030, measured against 2005.",
    pledges: ['IND intensity 2030 45 base 2005'],
  },

  // peak: emissions to peak by a year
  {
    id: 'pledge.peak.before.1', test: 'mft', capability: 'peak',
    text: 'China aims to peak carbon dioxide emissions before 2030.',
    pledges: ['CHN peak 2030'],
  },
  {
    id: 'pledge.peak.by.1', test: 'mft', capability: 'peak',
    text: 'Indonesia plans for its emissions to peak by 2030.',
    pledges: ['IDN peak 2030'],
  },
  {
    id: 'pledge.peak.no-later.1', test: 'mft', capability: 'peak',
    text: 'Vietnam has set a goal for its emissions to peak no later than 2035.',
    pledges: ['VNM peak 2035'],
  },
  {
    id: 'pledge.peak.possessive.1', test: 'mft', capability: 'peak',
    text: "Egypt's pledge to peak emissions by 2035 was written into its new strategy.",
    pledges: ['EGY peak 2035'],
  },
  {
    id: 'pledge.peak.noun.1', test: 'mft', capability: 'peak',
    text: 'South Africa has committed to a peak in its emissions by 2025.',
    pledges: ['ZAF peak 2025'],
  },
  {
    id: 'pledge.peak.would-hit.1', test: 'mft', capability: 'peak',
    text: 'Mexico pledged that its emissions would hit their peak no later than 2026.',
    pledges: ['MEX peak 2026'],
  },
  {
    id: 'pledge.peak.before.inv.1', test: 'inv', capability: 'peak',
    text: "Before 2030, China's carbon dioxide emissions are to reach their peak, the government has pledged.",
    pledges: ['CHN peak 2030'],
  },

  // phase_out: coal, fossil fuels, their financing, petrol cars; with a year or none (null)
  {
    id: 'pledge.phase_out.end-coal.1', test: 'mft', capability: 'phase_out',
    text: 'Canada has pledged to end coal-fired electricity by 2030.',
    pledges: ['CAN phase_out 2030'],
  },
  {
    id: 'pledge.phase_out.phase-out.1', test: 'mft', capability: 'phase_out',
    text: 'Italy will phase out coal power by 2025.',
    pledges: ['ITA phase_out 2025'],
  },
  {
    id: 'pledge.phase_out.finance-null.1', test: 'mft', capability: 'phase_out',
    text: 'South Korea will stop financing new coal power plants overseas.',
    pledges: ['KOR phase_out null'],
  },
  {
    id: 'pledge.phase_out.subsidies-null.1', test: 'mft', capability: 'phase_out',
    text: 'Nigeria pledged to phase out fossil fuel subsidies as soon as possible.',
    pledges: ['NGA phase_out null'],
  },
  {
    id: 'pledge.phase_out.cars.1', test: 'mft', capability: 'phase_out',
    text: 'Norway will ban sales of new petrol and diesel cars from 2025.',
    pledges: ['NOR phase_out 2025'],
  },
  {
    id: 'pledge.phase_out.cars.2', test: 'mft', capability: 'phase_out',
    text: 'Britain will end the sale of new petrol cars in 2030, the prime minister said.',
    pledges: ['GBR phase_out 2030'],
  },
  {
    id: 'pledge.phase_out.end-decade.1', test: 'mft', capability: 'phase_out',
    text: 'Hungary will close its last coal plant by the end of the decade.',
    pledges: ['HUN phase_out 2030'],
  },
  {
    id: 'pledge.phase_out.phase-down.1', test: 'mft', capability: 'phase_out',
    text: 'Indonesia pledged to phase down coal power by 2040.',
    pledges: ['IDN phase_out 2040'],
  },
  {
    id: 'pledge.phase_out.retire.1', test: 'mft', capability: 'phase_out',
    text: 'Chile has promised to retire all of its coal plants by 2040.',
    pledges: ['CHL phase_out 2040'],
  },
  {
    id: 'pledge.phase_out.possessive.1', test: 'mft', capability: 'phase_out',
    text: "Germany's coal exit, due by 2038 at the latest, may come sooner.",
    pledges: ['DEU phase_out 2038'],
  },
  {
    id: 'pledge.phase_out.oil-gas.1', test: 'mft', capability: 'phase_out',
    text: 'Denmark will end oil and gas extraction in the North Sea by 2050.',
    pledges: ['DNK phase_out 2050'],
  },
  {
    id: 'pledge.phase_out.end-coal.inv.1', test: 'inv', capability: 'phase_out',
    text: "Coal-fired electricity will be gone from Canada's grid by 2030 under a federal pledge.",
    pledges: ['CAN phase_out 2030'],
  },

  // renewables: a share (percent) or a capacity (GW); share and GW of one year are one pledge with no value
  {
    id: 'pledge.renewables.share.1', test: 'mft', capability: 'renewables',
    text: 'Vietnam aims to produce 47% of its electricity from renewable sources by 2030.',
    pledges: ['VNM renewables 2030 47'],
  },
  {
    id: 'pledge.renewables.gw.1', test: 'mft', capability: 'renewables',
    text: 'India has set a target of 500 gigawatts of non-fossil capacity by 2030.',
    pledges: ['IND renewables 2030 500'],
  },
  {
    id: 'pledge.renewables.share-and-gw.1', test: 'mft', capability: 'renewables',
    text: 'South Africa aims for 40% renewable power and 30 GW of new wind and solar by 2030.',
    pledges: ['ZAF renewables 2030'],
  },
  {
    id: 'pledge.renewables.non-fossil.1', test: 'mft', capability: 'renewables',
    text: 'China will raise the share of non-fossil fuels in primary energy consumption to around 25% by 2030.',
    pledges: ['CHN renewables 2030 25'],
  },
  {
    id: 'pledge.renewables.clean.1', test: 'mft', capability: 'renewables',
    text: 'Canada aims for 90% clean electricity by 2030.',
    pledges: ['CAN renewables 2030 90'],
  },
  {
    id: 'pledge.renewables.offshore-gw.1', test: 'mft', capability: 'renewables',
    text: 'The Netherlands plans 21 GW of offshore wind capacity by 2032.',
    pledges: ['NLD renewables 2032 21'],
  },
  {
    id: 'pledge.renewables.half.1', test: 'mft', capability: 'renewables',
    text: 'Morocco wants more than half of its power to come from renewables by the mid-2030s.',
    pledges: ['MAR renewables 2035 50'],
  },
  {
    id: 'pledge.renewables.decimal-gw.1', test: 'mft', capability: 'renewables',
    text: 'Saudi Arabia aims to install 58.7 GW of renewable capacity by 2030.',
    pledges: ['SAU renewables 2030 58.7'],
  },
  {
    id: 'pledge.renewables.hundred.1', test: 'mft', capability: 'renewables',
    text: 'Kenya aims for 100 percent clean energy by 2030.',
    pledges: ['KEN renewables 2030 100'],
  },
  {
    id: 'pledge.renewables.two-years.1', test: 'mft', capability: 'renewables',
    text: 'Spain aims to get 81% of its power from renewables by 2030 and 100% by 2050.',
    pledges: ['ESP renewables 2030 81', 'ESP renewables 2050 100'],
  },
  {
    id: 'pledge.renewables.share.inv.1', test: 'inv', capability: 'renewables',
    text: "By 2030, 47% of Vietnam's electricity will come from renewables, under the government's plan.",
    pledges: ['VNM renewables 2030 47'],
  },
  {
    id: 'pledge.renewables.share.inv.2', test: 'inv', capability: 'renewables',
    text: 'The Philippines aims to produce 35% of its electricity from renewable sources by 2030.',
    pledges: ['PHL renewables 2030 35'],
  },
  {
    id: 'pledge.renewables.group-global.1', test: 'mft', capability: 'renewables',
    text: 'Leaders of the G7 committed to tripling renewable energy capacity globally by 2030.',
    pledges: ['G7 renewables 2030'],
  },
  {
    id: 'pledge.phase_out.out-of-service.1', test: 'mft', capability: 'phase_out',
    text: 'Under the new energy doctrine, all coal power stations in Mongolia will be out of service by 2045.',
    pledges: ['MNG phase_out 2045'],
  },
  {
    id: 'pledge.phase_out.offline.1', test: 'inv', capability: 'phase_out',
    text: 'Chile said on Monday that its remaining coal plants will be taken offline by 2040.',
    pledges: ['CHL phase_out 2040'],
  },
  // Phase-outs that name no year and no "phase": an end to financing, a move away from fossil fuels.
  {
    id: 'pledge.phase_out.finance-null.2', test: 'inv', capability: 'phase_out',
    text: 'Japan pledged to end public finance for overseas coal plants.',
    pledges: ['JPN phase_out null'],
  },
  {
    id: 'pledge.phase_out.away-from.1', test: 'mft', capability: 'phase_out',
    text: 'Fiji has a plan to shift away from fossil fuels in its power sector.',
    pledges: ['FJI phase_out null'],
  },
  {
    id: 'pledge.phase_out.away-from.2', test: 'neg', capability: 'phase_out',
    text: 'Critics want Japan to stop financing coal plants abroad and to move away from fossil fuels.',
  },
  // Ditching or abandoning coal is phasing it out; a doubt about the owner is no target.
  {
    id: 'pledge.phase_out.ditch.1', test: 'mft', capability: 'phase_out',
    text: 'Ghana has committed to ditching coal for power generation.',
    pledges: ['GHA phase_out null'],
  },
  {
    id: 'pledge.phase_out.ditch.2', test: 'inv', capability: 'phase_out',
    text: 'Peru pledged to abandon coal in its power sector.',
    pledges: ['PER phase_out null'],
  },
  {
    id: 'pledge.phase_out.doubted.1', test: 'neg', capability: 'phase_out',
    text: 'Critics doubt that Ghana will ever ditch coal.',
  },
]
