/**
 * Built-in emissions table: the EU, the 32 largest other emitters and the world
 * (sources and units in sources.ts). `co2` is territorial fossil CO2 (GCB 2024);
 * `nonCo2` the other greenhouse gases, CH4 + N2O + F-gases excluding LULUCF
 * (EDGAR 2024), so total GHG excluding LULUCF = co2 + nonCo2; `population`
 * (UN WPP 2024) and, where an intensity target needs it, `gdp` (World Bank,
 * constant 2015 US$ bn). The EU's members are inside `EU`, not listed again, so
 * the rows can be summed; the rest of the world is the world minus the rows.
 */
export interface ActorData {
  readonly actor: string
  readonly name: string
  readonly co2: Readonly<Record<number, number>>
  /** CH4, N2O and F-gases, MtCO2e (AR5 GWP100); years between those listed are interpolated (dataset.ts). */
  readonly nonCo2: Readonly<Record<number, number>>
  readonly population?: Readonly<Record<number, number>>
  readonly gdp?: Readonly<Record<number, number>>
}

/** Years of the fossil CO2 series and of the non-CO2 series (the base years targets use, and the latest). */
export const CO2_YEARS = [1990, 2005, 2010, 2013, 2018, 2019, 2020, 2021, 2022, 2023] as const
export const NON_CO2_YEARS = [1990, 2005, 2013, 2018, 2019, 2023] as const

const series = (years: readonly number[], values: readonly number[]): Record<number, number> =>
  Object.fromEntries(years.map((y, i) => [y, values[i]]))

function row(actor: string, name: string, co2: number[], nonCo2: number[], population: number, gdp?: Record<number, number>): ActorData {
  return { actor, name, co2: series(CO2_YEARS, co2), nonCo2: series(NON_CO2_YEARS, nonCo2), population: { 2023: population }, ...(gdp ? { gdp } : {}) }
}

//            actor  name                     fossil CO2 Mt: 1990  2005   2010   2013   2018   2019   2020   2021   2022   2023     non-CO2 MtCO2e: 1990  2005   2013   2018   2019   2023     pop. 2023 (m)
export const ACTORS: readonly ActorData[] = [
  row('CHN', 'China',                          [2480, 6260, 8620, 10000, 10350, 10740, 10960, 11470, 11400, 11900], [1000, 1700, 2300, 2450, 2500, 2700], 1422.6, { 2005: 4420, 2023: 17150 }),
  row('USA', 'United States',                  [5120, 6130, 5680, 5480, 5380, 5260, 4690, 5030, 5060, 4910], [1300, 1250, 1230, 1270, 1260, 1200], 343.5),
  row('IND', 'India',                          [580, 1210, 1680, 1990, 2590, 2620, 2440, 2680, 2830, 3060], [650, 780, 900, 960, 980, 1050], 1438.1, { 2005: 1093, 2023: 3221 }),
  row('EU', 'European Union (27)',             [3850, 3750, 3400, 3180, 3060, 2920, 2640, 2800, 2770, 2570], [970, 850, 700, 690, 680, 630], 449.2),
  row('RUS', 'Russia',                         [2530, 1660, 1700, 1730, 1720, 1710, 1640, 1760, 1710, 1820], [650, 620, 650, 700, 700, 700], 145.4),
  row('JPN', 'Japan',                          [1160, 1290, 1210, 1320, 1160, 1110, 1040, 1070, 1050, 990], [110, 110, 120, 110, 110, 100], 124.4),
  row('IRN', 'Iran',                           [210, 490, 570, 640, 720, 750, 750, 770, 790, 820], [100, 150, 180, 200, 200, 210], 90.6),
  row('SAU', 'Saudi Arabia',                   [170, 350, 510, 560, 600, 620, 610, 650, 690, 740], [40, 60, 70, 80, 80, 80], 33.3),
  row('IDN', 'Indonesia',                      [150, 350, 430, 430, 600, 650, 590, 620, 730, 730], [250, 280, 300, 320, 330, 350], 281.2),
  row('KOR', 'South Korea',                    [250, 500, 590, 620, 650, 640, 600, 620, 600, 580], [40, 60, 80, 80, 75, 70], 51.7),
  row('CAN', 'Canada',                         [460, 570, 550, 570, 580, 580, 530, 550, 570, 560], [140, 160, 150, 150, 150, 140], 39.3),
  row('MEX', 'Mexico',                         [280, 450, 460, 490, 480, 470, 410, 420, 460, 490], [150, 190, 220, 240, 240, 250], 129.7),
  row('BRA', 'Brazil',                         [210, 350, 420, 500, 460, 460, 430, 490, 480, 480], [450, 580, 650, 680, 690, 720], 211.1),
  row('TUR', 'Turkey',                         [150, 264, 290, 330, 420, 400, 400, 440, 440, 440], [60, 90, 110, 110, 110, 120], 87.3),
  row('ZAF', 'South Africa',                   [320, 420, 460, 460, 450, 470, 430, 430, 400, 400], [50, 60, 70, 70, 70, 70], 63.2),
  row('AUS', 'Australia',                      [280, 380, 400, 390, 410, 410, 390, 380, 390, 380], [150, 150, 140, 140, 140, 140], 26.6),
  row('VNM', 'Vietnam',                        [20, 90, 140, 140, 207, 300, 320, 320, 330, 370], [60, 90, 110, 120, 120, 130], 100.4),
  row('GBR', 'United Kingdom',                 [600, 570, 510, 480, 380, 370, 330, 350, 340, 310], [200, 140, 100, 90, 90, 80], 68.7),
  row('MYS', 'Malaysia',                       [60, 170, 200, 230, 250, 270, 260, 280, 290, 290], [30, 40, 50, 55, 55, 60], 35.1, { 2005: 187, 2023: 401 }),
  row('THA', 'Thailand',                       [80, 220, 250, 280, 290, 290, 280, 280, 280, 280], [70, 100, 110, 120, 120, 120], 71.7),
  row('EGY', 'Egypt',                          [80, 160, 200, 210, 240, 250, 230, 250, 260, 270], [40, 60, 70, 80, 80, 85], 114.5),
  row('KAZ', 'Kazakhstan',                     [250, 190, 250, 250, 322, 290, 280, 270, 260, 270], [90, 60, 70, 75, 75, 80], 20.3),
  row('ARE', 'United Arab Emirates',           [55, 120, 160, 218, 200, 200, 190, 200, 210, 210], [20, 30, 40, 40, 40, 45], 10.6),
  row('PAK', 'Pakistan',                       [60, 130, 150, 171, 210, 210, 220, 230, 200, 200], [90, 140, 190, 220, 230, 260], 247.5),
  row('IRQ', 'Iraq',                           [50, 100, 120, 160, 180, 190, 170, 180, 190, 200], [50, 40, 60, 80, 80, 90], 45.1),
  row('ARG', 'Argentina',                      [110, 160, 190, 200, 190, 180, 170, 190, 190, 190], [150, 160, 165, 170, 170, 170], 45.5),
  row('DZA', 'Algeria',                        [80, 110, 120, 140, 160, 170, 160, 170, 170, 180], [40, 50, 70, 80, 80, 85], 46.2),
  row('PHL', 'Philippines',                    [40, 70, 80, 100, 140, 150, 140, 140, 150, 160], [50, 60, 65, 70, 70, 75], 114.9),
  row('UKR', 'Ukraine',                        [760, 330, 300, 290, 220, 210, 200, 200, 150, 150], [140, 90, 100, 95, 95, 70], 37.7),
  row('NGA', 'Nigeria',                        [40, 100, 110, 115, 120, 130, 120, 130, 130, 130], [130, 170, 180, 200, 210, 230], 227.9),
  row('UZB', 'Uzbekistan',                     [120, 120, 110, 110, 91, 120, 120, 120, 120, 130], [50, 60, 70, 70, 70, 75], 36.4, { 2010: 60, 2023: 130 }),
  row('BGD', 'Bangladesh',                     [15, 40, 60, 62, 90, 100, 90, 100, 100, 110], [60, 80, 100, 110, 115, 125], 171.5),
  row('VEN', 'Venezuela',                      [120, 170, 190, 190, 130, 100, 90, 90, 100, 100], [50, 55, 60, 60, 55, 55], 28.3),
]

/**
 * Cells checked against the Global Carbon Budget 2019 country file (MtC × 3.664;
 * /work/shared/data/global-carbon-budget-2019, territorial-emissions.csv) that
 * differed from it by more than 12%: these take the GCB 2019 value, rounded, and
 * cite it (SOURCES.co2Gcb2019). Every other cell to 2018 is within 12% of GCB
 * 2019 (most within 5%; later releases revise national figures).
 */
export const CO2_FROM_GCB_2019: Readonly<Record<string, readonly number[]>> = {
  TUR: [2005], VNM: [2013, 2018], KAZ: [2018], ARE: [2013], PAK: [2013], UZB: [2018], BGD: [2013],
}

/** The world: GCB global fossil CO2 and EDGAR global non-CO2 (both with international aviation and shipping). */
export const WORLD: ActorData = row('WORLD', 'World', [22700, 29600, 33100, 35300, 36700, 37000, 35200, 37100, 37400, 37800], [10300, 11600, 12800, 13300, 13500, 13900], 8091.7)

/** Global net land-use change CO2, GtCO2 per year (GCB 2024, bookkeeping models). */
export const LAND_USE_CO2: Readonly<Record<number, number>> = { 1990: 5.2, 2005: 5.0, 2010: 4.9, 2013: 4.7, 2018: 4.5, 2019: 4.6, 2020: 4.2, 2021: 4.0, 2022: 4.0, 2023: 4.2 }
