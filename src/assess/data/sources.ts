/**
 * Citations for the built-in reference tables. The figures were written by us
 * from the public releases named here, from memory of those releases and without
 * network access, rounded to two or three significant figures; `pledgewatch data
 * update` replaces the emissions with the current Our World in Data release.
 */
export interface DatasetSource {
  readonly name: string
  readonly release: string
  readonly citation: string
  readonly units: string
}

export const SOURCES = {
  co2: {
    name: 'Global Carbon Budget: territorial fossil CO2 (fossil fuels, cement, flaring) by country',
    release: 'GCB 2024, as published in Our World in Data co2-data (2024-11)',
    citation: 'Friedlingstein et al. (2025), Global Carbon Budget 2024, Earth Syst. Sci. Data 17, 965-1039; Our World in Data, github.com/owid/co2-data',
    units: 'MtCO2 per year; World = global total incl. international bunkers and the cement carbonation sink',
  },
  co2Gcb2019: {
    name: 'Global Carbon Budget 2019: territorial fossil CO2 by country (the cells listed in CO2_FROM_GCB_2019)',
    release: 'GCB 2019 (2019-12), National_Carbon_Emissions_2019v1.0',
    citation: 'Friedlingstein et al. (2019), Global Carbon Budget 2019, Earth Syst. Sci. Data 11, 1783-1838; national data from UNFCCC (June 2019) and CDIAC',
    units: 'MtC per year × 3.664 = MtCO2 per year, rounded to 1 Mt',
  },
  nonCo2: {
    name: 'EDGAR: greenhouse gases other than CO2 (CH4, N2O, F-gases), excluding LULUCF',
    release: 'EDGAR 2024 (GHG emissions of all world countries, JRC, 2024-09)',
    citation: 'Crippa et al. (2024), GHG emissions of all world countries, Publications Office of the EU, doi:10.2760/4002897',
    units: 'MtCO2e per year, IPCC AR5 GWP100; total GHG excluding LULUCF = GCB fossil CO2 + this',
  },
  landUse: {
    name: 'Global Carbon Budget: global net land-use change CO2 (bookkeeping models)',
    release: 'GCB 2024',
    citation: 'Friedlingstein et al. (2025), Global Carbon Budget 2024, Earth Syst. Sci. Data 17, 965-1039',
    units: 'GtCO2 per year (uncertainty about ±2.6 GtCO2)',
  },
  population: {
    name: 'World Population Prospects',
    release: 'UN WPP 2024 (2024-07)',
    citation: 'United Nations, Department of Economic and Social Affairs, Population Division (2024), World Population Prospects 2024',
    units: 'millions',
  },
  gdp: {
    name: 'World Development Indicators: GDP (constant 2015 US$), NY.GDP.MKTP.KD',
    release: 'World Bank WDI, 2024 update; average growth 2023-2030 from IMF World Economic Outlook, October 2024 (projections to 2029, the 2029 rate held for 2030)',
    citation: 'World Bank (2024), World Development Indicators; IMF (2024), World Economic Outlook, October 2024',
    units: 'billion US$ at constant 2015 prices',
  },
} as const satisfies Record<string, DatasetSource>
