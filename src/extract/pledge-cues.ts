import type { PledgeKind } from '../model/facts.js'
import { matchesOf } from './pledge-matches.js'
import { escapeRegExp } from '../actors/trie-regex.js'

/** A phrase that names the kind of a target ("net zero", "phase out coal", "a 40% cut"), in sentence offsets. */
export interface Cue {
  readonly kind: Exclude<PledgeKind, 'temperature'>
  readonly start: number
  readonly end: number
}

/** Kinds whose target is a size: a bare "reduce emissions by 2050" states no target. */
export const VALUED_KINDS: ReadonlySet<string> = new Set(['reduction', 'intensity', 'renewables'])

const PCT = String.raw`(?:%|\s?per\s?cent|\s?percent|\s?pc|\s?pct)`

const SOURCE = String.raw`(?:wind|solar|geothermal|hydro(?:electric|power)?|nuclear|tidal|biomass)`
const SOURCES = String.raw`${SOURCE}(?:(?:,\s*|,?\s+(?:and|or)\s+)${SOURCE})*`

// Order matters only for overlaps: a longer, more specific cue found first wins its span.
const CUE_PATTERNS: ReadonlyArray<readonly [Cue['kind'], RegExp]> = [
  [
    'net_zero',
    new RegExp(
      [
        String.raw`\bnet[- ]?zero\b`,
        String.raw`\b(?:carbon|climate|greenhouse[- ]gas|GHG|emissions?)[- ]neutral(?:ity)?\b`,
        String.raw`\bneutrality of (?:greenhouse|carbon)`,
        String.raw`\bzero (?:net )?(?:carbon |greenhouse[- ]gas )?emissions\b`,
        // "no net emissions of greenhouse gases by 2045", "bring net emissions to zero", "cut its emissions to zero by 2050"
        String.raw`\bno net (?:carbon |greenhouse[- ]gas |CO2 )?emissions\b|\b(?:net )?emissions (?:down )?to zero\b`,
        // "an end of greenhouse gas emissions by 2050": an end to net emissions
        String.raw`\bend (?:of|to) (?:its |their |all )?(?:greenhouse[- ]gas |carbon |net )?emissions\b`,
        // "fully decarbonise its economy", "carbon negative", an economy "carbon-free" (not its power: renewables)
        String.raw`\b(?:fully|completely|totally) decarboni[sz](?:e|es|ed|ing)\b|\b(?:full|complete|total) decarboni[sz]ation\b`,
        String.raw`\bcarbon[- ]negative\b`,
        // ("electricity to be carbon-free by 2035" is the power sector's: renewables, below)
        // (Each look-behind follows the words it guards, so that it is tried only where they stand, not at every offset.)
        String.raw`\b(?:carbon|emissions?)[- ]free\b(?<!\b(?:electricity|power|grid|generation)\b[^.;,]{0,30}\b(?:carbon|emissions?)[- ]free)(?![- ](?:electricity|power|grid|energy|generation|sources?))`,
      ].join('|'),
      'gi',
    ),
  ],
  // "from their peak" is a base, not a peaking target; "peak oil/demand" is not about emissions.
  ['peak', /\b(?<!\bfrom (?:its |their |the |a )?)peak(?:s|ed|ing)?\b(?! (?:oil|demand|season|hours?|time)\b)/gi],
  [
    'phase_out',
    new RegExp(
      [
        String.raw`\bphas(?:e|ed|es|ing)[- ]?(?:out|down)\b`,
        String.raw`\bphase-?(?:outs?|downs?)\b`,
        // (lignite is brown coal: "exiting lignite power generation by 2028"; "scrap its fossil fuel subsidies", "eliminate coal power")
        String.raw`\b(?:close|closing|closure of|shut(?:ting)?(?: down)?|shutter(?:ing)?|retir(?:e|ing)|end(?:ing)?|exit(?:ing)?|quit(?:ting)?|ban(?:ning)?|stop(?:ping)?|halt(?:ing)?|ditch(?:ing)?|abandon(?:ing)?|scrap(?:ping)?|eliminat(?:e|ing)|abolish(?:ing)?|wind(?:ing)? down|wound down|decommission(?:ing)?)\b(?:\s+[\w’'-]+){0,4}?\s+(?:coal|lignite|fossil[- ]fuels?|oil and gas|petrol|diesel|gasoline|combustion[- ]engines?|hydrocarbons?|hydrofluorocarbons|(?:power )?plants|power stations)\b`,
        // "ending new direct public support for unabated fossil fuel projects": an end to financing them
        String.raw`\b(?:end(?:s|ing)?|stop(?:s|ping)?|halt(?:s|ing)?)\s+(?:[\w-]+\s+){0,4}?(?:support|financ\w*|funding|subsid(?:y|ies)|investments?|lending)\s+(?:for|of|to|in)\s+(?:new\s+)?(?:unabated\s+)?(?:coal|fossil|oil|gas)\b`,
        // "will stop granting new oil exploration licences", "no new contracts for oil and gas exploration"
        String.raw`\b(?:stop(?:s|ping)?|end(?:s|ing)?|halt(?:s|ing)?|ban(?:s|ning)?|no)\s+(?:(?:new|further|more|granting|issuing|awarding|signing|any|all)\s+){0,3}(?:oil and gas|oil|gas|coal|fossil[- ]fuels?)\s+(?:exploration|drilling|licen[cs]es?|licensing|permits?|concessions?|projects?|mines?)\b`,
        String.raw`\bno\s+new\s+(?:contracts?|licen[cs]es?|permits?|projects?|concessions?)\s+for\s+(?:new\s+)?(?:oil|gas|coal|fossil)`,
        String.raw`\bcoal exit\b`,
        // "no new petrol cars will be sold after 2030": the end of their sales, stated by what will not be sold
        String.raw`\bno (?:new )?(?:petrol|diesel|gasoline|combustion[- ]engine|fossil[- ]fuel)\b(?:[\s-]+(?:and|or|petrol|diesel|gasoline|powered|engine|new)){0,4}[\s-]+(?:cars?|vehicles?)\b`,
        // "a 2035 date for the petrol car ban", "the combustion engine ban": a ban named by what it bans
        String.raw`\b(?:petrol|diesel|gasoline|combustion[- ]engines?|fossil[- ]fuel|coal)(?:[- ](?:cars?|vehicles?|engines?|boilers?))?(?:\s+sales)?\s+ban\b`,
        // "sets 2033 as the final year for coal-fired power", "the end date for coal"
        String.raw`\b(?:final|last|end|exit|closure) (?:year|date|deadline) (?:for|of) (?:unabated )?(?:coal|fossil[- ]fuels?|oil and gas|petrol|diesel)\b`,
        // "coal-fired electricity will be gone from the grid by 2030": the fuel, then a future state of its absence
        String.raw`\b(?:coal(?:-fired)?|fossil[- ]fuels?)\b[^.;:]{0,40}?\b(?:will|would|is to|are to) be (?:gone|eliminated|ended|removed)\b`,
        // "Eight of the plants ... are to shut within five years": the plants named before a passive closing verb
        String.raw`\b(?:coal(?:-fired)? (?:plants?|units?|mines?)|plants|power stations|mines)\b[^.;:]{0,60}?\b(?:are|is|will be|would be|to be) (?:to )?(?:be )?(?:shut|closed?|retired|phased out|shuttered|decommissioned|taken offline|out of (?:service|operation))\b`,
        // "France's last coal plants to close by 2027", "Coal stations to shut by 2030": a headline's infinitive of the plan
        String.raw`\bcoal(?:-fired)? (?:power )?(?:plants?|units?|mines?|stations?) to (?:close|shut|be closed|be shut|be retired|go)\b`,
        String.raw`\b(?:coal|fossil[- ]fuel)[- ]free\b`,
        String.raw`\bfossil[- ]free\b`,
        String.raw`\b(?:transition(?:ing)?|path|move|shift(?:ing)?) away from (?:the use of )?fossil`,
      ].join('|'),
      'gi',
    ),
  ],
  ['intensity', /\b(?:carbon|emissions?|CO2|greenhouse[- ]gas)\s?["“”]?\s?intensity\b|\bintensity\b|\bper unit of (?:GDP|gross domestic product|economic output|output)\b/gi],
  [
    'renewables',
    new RegExp(
      [
        // Named clean sources, one or a list: "wind, solar and geothermal capacity", "30% of its power
        // from wind and solar", "the share of nuclear power" (non-fossil, ANNOTATION.md).
        String.raw`\b${SOURCES}(?: power| energy)? capacity\b`,
        String.raw`\b(?:from|share of) ${SOURCES}\b`,
        // "20 GW of solar and wind", "raise its installed solar power to 20 GW", "for nuclear power, … a capacity of
        // 7 GW": a named clean source with a size (renewables need a value, so "nuclear power plants" alone states nothing)
        String.raw`\b(?:GW|gigawatts?) of (?:(?:new|additional|installed|clean)\s+)?${SOURCES}\b`,
        String.raw`\b${SOURCES} (?:power|energy|electricity|generation)\b(?! plants?\b| stations?\b)`,
        // "Within the nuclear sector, the government targets a capacity of 2 GW": the source's sector, set before
        // the owner as the frame of its goal (not "the wind sector wants Turkey to …", whose owner is its object)
        String.raw`(?<=\b(?:in|for|within) (?:the |its )?)${SOURCES} sector\b`,
        // "42% of its power from green sources", "electricity to be carbon-free by 2035"
        String.raw`\b(?:green|clean|low[- ]carbon) (?:(?:energy|power|electricity) )?sources\b|\bgreen (?:energy|power|electricity)\b`,
        String.raw`\b(?:carbon|emissions?|pollution)[- ]free\b(?<=\b(?:electricity|power|grid|generation)\b[^.;,]{0,30}\b(?:carbon|emissions?|pollution)[- ]free)`,
        /\brenewables?\b|\bnon-fossil\b|\bclean (?:energy|power|electricity)\b|\bzero-carbon (?:power|electricity|energy)\b|\b(?:carbon|pollution|emissions?|fossil)(?:[- ]pollution)?[- ]free (?:electricity|power|grid|energy)\b|\boffshore wind\b/.source,
      ].join('|'),
      'gi',
    ),
  ],
  [
    'reduction',
    new RegExp(
      [
        String.raw`\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing|tions?)|slash(?:es|ed|ing)?|halv(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|curb(?:s|ed|ing)?|bring(?:s|ing)? down|bringing down|driv(?:e|es|ing) down|trim(?:s|ming)?)\b`,
        // "lower emissions 60 percent": the verb with emissions as its object ("lowered its target" is a change word)
        String.raw`\blower(?:s|ed|ing)? (?:its |their |the country['’]s |national )?(?:greenhouse[- ]gas |carbon |CO2 )?emissions\b`,
        // "emissions are to fall by 65 percent": a planned fall, unlike a forecast "will fall"
        String.raw`\b(?:is|are) to (?:fall|drop|decline)\b`,
        // "plans for emissions to peak in 2025 and then fall 30%", "wants emissions to fall 30% by 2035": a fall
        // the plan sets, coordinated with its peak or wanted by its owner (not "needs", "expect": pathways and forecasts)
        String.raw`(?:fall|drop|decline)\b(?<=\bpeak(?:s|ed|ing)?\b[^.;:]{0,40}?\band (?:then )?(?:fall|drop|decline))`,
        String.raw`emissions to (?:fall|drop|decline)\b(?<=\b(?:wants?|wanted|plans?|planned|aims?|aimed|pledges?|pledged|promises?|promised|commits?|committed|intends?|intended|seeks?|requires?|required|requiring|mandates?|mandated|for)\s+(?:(?:its|their|national|total|net|greenhouse[- ]gas|carbon)\s+){0,3}emissions to (?:fall|drop|decline))`,
        // "vowed that emissions would fall 35%", "Under the plan, Korea's emissions will fall 40%", "the plan would see
        // emissions fall 32%", "its methane output would fall by a fifth" (a gas's output, not oil's): a fall its owner states in the future (the modal stays outside the cue, for the owner's
        // negation to read: "emissions must fall 75%, scientists say" is a pathway)
        String.raw`(?:fall|drop|decline)\b(?<=\b(?:emissions|(?:methane|carbon|CO2|greenhouse[- ]gas) output)\s+(?:will|would|must|shall|should)\s+(?:(?:then|also|now)\s+)?(?:fall|drop|decline))`,
        String.raw`(?:fall|drop|decline)\b(?<=\bsee(?:s|ing)?\s+(?:[\w'’-]+\s+){0,3}?emissions\s+(?:fall|drop|decline))`,
        // "Under it, Portugal's emissions fall 60%", "Under the new law, emissions drop 65% by 2030": a fall in the
        // present tense of a plan, law or deal that frames the sentence (not "under current policies": a forecast, pledge-negation.ts)
        String.raw`(?:fall|drop|decline)s?\b(?<=^\s*Under\s+(?:it|them|(?:the|its|this|that|their)\s+(?:[\w'’-]+\s+){0,3}?(?:plan|law|act|deal|agreement|NDC|target|goal|strategy|pledge|roadmap|proposal|bill))\s*,\s*(?:[\w'’-]+\s+){0,3}?emissions\s+(?:fall|drop|decline)s?)`,
        // "emissions 58 percent lower than 1990 levels", "wants emissions to be 35% lower by 2030"
        String.raw`\d+(?:\.\d+)?${PCT} (?:lower than|less than|below|under)\b`,
        String.raw`\bemissions (?:to be |would be |will be )?\d+(?:\.\d+)?${PCT} lower\b`,
        // "calls for a 35% drop in emissions by 2030": the noun of a fall, sized
        String.raw`\d+(?:\.\d+)?${PCT} (?:drop|fall|decline)s? in\b`,
        // ("keep its annual greenhouse gas emissions within a range of …", "cap power-sector emissions at …",
        // "emissions will be capped at …")
        // ("peaking emissions by 2025 and capping them at 95 million tonnes by 2030": the emissions named by a pronoun)
        String.raw`\b(?:keep|cap|limit)(?:s|ping|ing)? (?:(?:[\w'’-]+ ){0,4}?emissions|them) (?:to|at|below|under|within|between)\b`,
        String.raw`\bemissions\b[^.;:]{0,30}?\b(?:capped|limited|kept) (?:at|below|under|to|within)\b`,
        // "pledged to mitigate 120 million tonnes", "the mitigation of between 120 and 140 million tonnes": an amount avoided
        String.raw`\bmitigat(?:e|es|ed|ing)\b|\bmitigation of\b`,
        // "its unconditional target … and its conditional one": an NDC's two figures are emissions cuts
        String.raw`\b(?:un)?conditional (?:emissions? )?(?:reduction )?(?:targets?|goals?|commitments?|pledges?|contributions?|one)\b`,
        // "Yoon keeps 40% goal for 2030", "Albanese sets 62-70% target for 2035": a bare target sized in percent is an
        // emissions target when its year or its emissions follow (not "a 30% target for renewables", "… for youth jobs")
        String.raw`\d${PCT}\s+(?:emissions?\s+|reduction\s+|cut\s+)?(?:targets?|goals?)\b(?=\s*(?:[,.;:]|$)|\s+(?:for|by|in)\s+(?:fiscal\s+)?(?:19|20)\d\d\b|\s+(?:of|for|on)\s+(?:cutting|reducing|emissions|greenhouse|carbon)\b)`,
        // "a 2035 target of 51-55%", "increased its 2030 target from 57% to 68%": a target named by its year and sized
        // in percent (not "a 2030 target of 40% renewables", "… of 42% is for renewable power" or "… of its power": another kind follows)
        String.raw`(?<=\b(?:19|20)\d\d\s)(?:targets?|goals?|pledges?|commitments?)\s+(?:of|to|from)\s+(?:a\s+|an\s+)?(?:between\s+)?\d+(?:\.\d+)?(?:\s?(?:[-–]|to|and)\s?\d+(?:\.\d+)?)?${PCT}(?!\s+(?:of\s+)?(?:(?:its|the|their)\s+)?(?:power|electricity|energy|land)|[^.;]{0,40}?\b(?:renewabl|clean|green|solar|wind|non-fossil|nuclear|hydro|forest))`,
        // "raised its 2030 emissions target to 55%", "its NDC target to 30%": a sized emissions target is a reduction
        // (\b before the lookbehind: the same test, but the costly lookbehind only runs at word starts)
        String.raw`\b(?<!(?:zero|neutral|neutrality|intensity|renewables?)[- ])(?:emissions?|climate|greenhouse[- ]gas|GHG|carbon|NDC) (?:reduction )?(?:targets?|goals?)\b`,
      ].join('|'),
      'gi',
    ),
  ],
]

/**
 * Words that make a sentence worth scanning: a year or a decade ("the mid-2030s"), a percentage or a target phrase; or a phase-out
 * that names no year: an end to financing ("will stop financing new coal plants abroad"), a move
 * "away from fossil fuels", ditching or abandoning coal, closing all its own coal plants ("will close its coal plants", not
 * "help it retire coal plants early"), an end to new oil licences (the phase_out cues below).
 */
export const CANDIDATE = /\b(?:19|20)\d\ds?\b|%|per ?cent|\bpc\b|net[- ]?zero|neutral|phas|peak|halv|half|century|decade|degrees|°|\b(?:stop|end|halt)\w*\s+(?:[\w-]+\s+){0,2}(?:financ|fund)|away from (?:[\w-]+ ){0,3}fossil|\b(?:ditch|abandon)\w*\s+(?:[\w-]+\s+){0,2}(?:coal|fossil|oil)|\b(?:clos|shut|retir)\w*\s+(?:down\s+)?(?:all\s+(?:of\s+)?)?(?:its|their)\s+(?:remaining\s+)?(?:coal|lignite)|\b(?:oil|gas|coal) (?:exploration|drilling|licen)|\bno new (?:contracts?|licen|permits?|projects?|concessions?) for/i

// Words talked about, not targets: the change "from 'phase out' to 'phase down'", the words "phase out".
const QUOTED_TERM = /\b(?:from|words?|wording|language|term|phrase)\s+['‘“"]$|\bfrom\s+['‘“"][^'’”"]{1,30}['’”"]\s+to\s+['‘“"]$/i
// Both of its forms end with an opening quote right before the cue: without one, it need not run.
const OPENING_QUOTES = `'‘“"`

// Words each kind's pattern cannot match without (lower-cased): a sentence with none of them
// skips that pattern's scan. Reductions are phrased too many ways to gate this way.
const CUE_NEEDS: Partial<Record<Cue['kind'], readonly string[]>> = {
  net_zero: ['zero', 'neutral', 'emission', 'decarboni', 'negative', 'free'],
  peak: ['peak'],
  phase_out: ['phas', 'coal', 'lignite', 'fossil', 'oil', 'exploration', 'drilling', 'licen', 'no new', 'petrol', 'diesel', 'gasoline', 'combustion', 'hydro', 'plants', 'power stations', 'mines'],
  intensity: ['intensity', 'per unit'],
  renewables: ['renewable', 'non-fossil', 'clean ', 'zero-carbon ', 'capacity', 'offshore wind', 'free', 'green ', 'low',  'from ', 'share of ', 'solar', 'wind', 'nuclear', 'hydro', 'geothermal', 'tidal', 'biomass'],
}
// Each kind's words as one literal alternation: one scan of the sentence instead of one per word.
const CUE_GATES: Partial<Record<Cue['kind'], RegExp>> = Object.fromEntries(
  Object.entries(CUE_NEEDS).map(([kind, words]) => [kind, new RegExp(words.map(escapeRegExp).join('|'))]),
)

/** All kind cues of a sentence, sorted by start, overlapping cues dropped (first pattern wins). */
export function findCues(text: string, lower = text.toLowerCase()): Cue[] {
  const out: Cue[] = []
  for (const [kind, re] of CUE_PATTERNS) {
    const gate = CUE_GATES[kind]
    if (gate && !gate.test(lower)) continue
    for (const m of matchesOf(re, text)) {
      const start = m.index!
      const end = start + m[0].length
      if (out.some((c) => start < c.end && c.start < end)) continue
      if (start > 0 && OPENING_QUOTES.includes(text[start - 1]) && QUOTED_TERM.test(text.slice(Math.max(0, start - 60), start))) continue
      out.push({ kind, start, end })
    }
  }
  out.sort((a, b) => a.start - b.start)
  // "cut emissions per unit of GDP by 15%": an intensity target, not also a reduction.
  return out.filter((c, i) => !(c.kind === 'reduction' && out.slice(i + 1).some((o) => o.kind === 'intensity' && o.start - c.end <= 50)))
}

const TEMPERATURE = /\b(1\.5|2|two|1,5)\s?(?:°\s?C|ºC|degrees?(?: Celsius| C\b)?|C)\b/gi
const TEMPERATURE_CONTEXT = /warming|temperature|Paris|pre-industrial/i

/** Warming limits in a sentence ("well below 2 degrees Celsius", "1.5C"), in degrees. */
export function findTemperatureLimits(text: string): number[] {
  if (!TEMPERATURE_CONTEXT.test(text)) return []
  const out: number[] = []
  for (const m of matchesOf(TEMPERATURE, text)) {
    const v = m[1].toLowerCase() === 'two' ? 2 : Number(m[1].replace(',', '.'))
    if (!out.includes(v)) out.push(v)
  }
  return out
}
