import { HYPOTHETICAL_MODALS } from '../lexicon/modality.js'
import { PRESSING_VERBS, URGING_VERBS } from '../lexicon/pledges.js'
import { verbForms } from '../lexicon/stems.js'
import { NON_STATE_AFTER, NON_STATE_BEFORE, sectorBodyFigure } from './pledge-non-state.js'

/**
 * Why the words around a target's owner make the target no pledge of that owner: others urge it,
 * the owner refuses or only might, someone forecasts it, or the owner is a firm or a city.
 * (Who the owner is: pledge-actor.ts.)
 */

// What others want of the actor is not the actor's pledge (ANNOTATION.md: it is an urge interaction).
// (Every form of the lexicon's pressing verbs, with "call" only as "call on/upon/for", and "push back the end of petrol car
// sales" delaying a target of one's own.)
const URGE = new RegExp(
  String.raw`\b(?:call(?:s|ed|ing)? (?:on|upon|for)|push(?:es|ed|ing)?\b(?! (?:back|ahead|forward|through)\b)|(?:${[...PRESSING_VERBS]
    .filter((v) => v !== 'call' && v !== 'push')
    .flatMap(verbForms)
    .join('|')})\b)`,
  'i',
)
// "Campaigners want the government to cut …", "Critics have urged it to …": a wish for the state that names it
// by a description or pronoun (the article's main actor then owns nothing).
const URGED_ANAPHOR = new RegExp(
  String.raw`\b(?:${[...[...URGING_VERBS].flatMap(verbForms), 'told'].join('|')})\s+(?:the\s+)?(?:government|country|nation|authorities|administration|state|it|them)\s+to\b`,
  'i',
)
const REFUSE = /\b(?:(?:has|have|had|does|did|do) not\b|(?:has|have) yet to|no (?:plans?|intention)|n['’]t (?:set|commit|pledge|adopt)|dropp(?:ed|ing)|(?:drops?|omits?|omitted|remov(?:es|ed)|delet(?:es|ed)) (?:any|the|a|its|all) (?:call|reference|mention|language|wording)|backtrack\w*|refus\w*|resist\w*|reject\w*|oppos\w*|block\w*|fail(?:s|ed|ing)?\b|won['’]t|will not|would not|unwilling|not to\b|declin(?:e|ed|es) to|balk\w*|rul(?:e|ed|es) out|abandon\w*|scrap\w*|withdr\w*|den(?:y|ies|ied|ying))/i
const HYPOTHETICAL = /\b(?:if|unless|would need|would have to|needs? to|must|should|required to|requir(?:e|es|ing)|could|might|possible|potential|attempts?|bids?|(?:opportunit(?:y|ies)|chance) to)\b/i
// ("yet" only after a comma: "has yet to set" is a refusal of its own.)
const CONTRAST = /(?:[,;]\s*|\s)(?:though|although|but|whereas)\s|[,;]\s*yet\s/gi
// "declined to raise its target of a 43% cut", "has not updated its 2030 goal": the refusal is of a
// change; the target it names still stands.
const UNCHANGED = /^\s*(?:to\s+)?(?:rais|increas|strengthen|updat|tighten|upgrad|toughen|revis|chang|lift|improv)\w*\s+(?:its|their|the country['’]s)\b/i
const HELD_GOAL = /\b(?:current|existing|present|official)\s+(?:[\w-]+\s+){0,2}?(?:goals?|targets?|pledges?)\s+(?:of|to|for)\s+(?:[\w’'-]+\s+){0,3}$/i
const HELD_GOAL_INSIDE = /\b(?:current|existing|present|official)\s+(?:[\w-]+\s+){0,2}?(?:goals?|targets?|pledges?)\s+(?:of|to|for)\b/i
// A leader's hope for the country states a goal (issue 13): "hoped the Philippines could become carbon neutral".
const HOPED = /\bhop(?:e|es|ed|ing|eful)\b(?:\s+that)?[^.;]{0,40}$/i
// A law or plan that requires a cut states it: "Germany's climate law requires a 65% cut", "its law
// requiring net zero", "a law that requires …", "the law, amended in May, requires …".
const DOCUMENT_REQUIRES = /\b(?:law|act|bill|legislation|plan|strategy|decree|NDC|target|goal)s?(?:,[^,;.]{1,60},)?\s+(?:that\s+|which\s+)?(?:also\s+)?requir(?:e|es|ed|ing)\b/i
// "Under its climate law, …", "Under the new act, …", "Under Ireland's Farm Emissions (Methane) Act, …": an obligation a law sets.
const UNDER_LAW = /\bunder\s+(?:its|the|their|a|\S*['’]s)\s+(?:[\w()-]+\s+){0,6}(?:law|act|legislation|decree|statute)\b[^.;]*$/i
const UNDER_LAW_AFTER = /,\s*under\s+(?:its|the|their|a|\S*['’]s)\s+(?:[\w()-]+\s+){0,6}(?:law|act|legislation|decree|statute)\b[^,;]*$/i
const PROJECTION = /\b(?:expect(?:s|ed)?|projected|projections?|forecasts?|predict\w*|likely|estimat\w*|scenario)\b/i
// "Under current policies, Turkey's emissions will peak around 2038", "at the current pace Peru will …":
// where today's policies lead, before the owner or between it and the target, is a forecast, not a target.
// ("In the agency's net zero scenario, India would …", "… under a high-growth scenario": a modelled case, not a plan.)
const CURRENT_COURSE = /\b(?:(?:under|on|with) (?:current|existing|present|today['’]s) (?:policies|policy settings|trends)|at (?:the|its) (?:current|present) (?:pace|rate)|(?:in|under) (?:the|a|an|its|their|this|that|one|some) (?:[\w’'-]+ ){0,4}?(?:scenarios?|modell?ing)\b)\b/i
// "Analysts say Germany is on course to cut emissions 55%": where the trend leads, in the eyes of those
// who assess it. (A leader's "keeps us on track to net zero" states the target; "on track to meet its
// 2030 target of …" names it too.)
const ON_TRACK = /\bon (?:course|track|pace) (?:to|for)\b(?! (?:meet|reach|achieve|hit|miss|deliver) (?:its|their)\b)/i
const ASSESSOR = /\b(?:analysts?|researchers?|experts?|economists?|scientists?|modell?ers?|think[- ]tanks?|stud(?:y|ies)|reports?|assessments?|trackers?|projections?|data|according to)\b/i
// A document that "calls for" something states its own content: "the deal calls for a tripling of ...",
// "a deal that calls for ...", "the text calls on countries to triple ...".
const DOCUMENT_CALLS = /\b(?:goal|target|plan|pledge|law|bill|act|deal|agreement|accord|pact|text|NDC|proposal|strategy|roadmap|framework|programme|program|policy|draft|legislation|communiqu[eé]|declaration|statement|contribution|decision|which|that|it)(?:\s*\([^()]{1,20}\))?\s+(?:also\s+)?call(?:s|ed)? (?:for|on|upon)\b/i
// ("pushing for Canada to adopt …", "lobbied for Japan to …": a call for the owner's act.)
const URGED_OBJECT = /\b(?:want(?:s|ed)?|urg\w*|press(?:es|ed|ing)?|push(?:es|ed|ing)?|call\w* (?:on|upon)|ask\w*|encourag\w*|pressur\w*|(?:push|press|lobb|campaign|argu|advocat)\w* for)\s+(?:the\s+)?$/i
// ("Researchers estimate that Brazil will …", "Analysts reckon Peru will …": the clause is their forecast.)
const FORECAST_OBJECT = /\b(?:expect(?:s|ed|ing)?|forecasts?|predicts?|projects?|estimates?|reckons?|calculates?)\s+(?:that\s+)?(?:the\s+)?$/i
const PASSIVE_URGE = /\b(?:recommended|urged|demanded|called for|suggested|advised|sought|wanted|pressed|pushed|encouraged|asked|lobbied|pressured) by (?:the\s+)?$/i
// Projection words do not undo an explicit target: "on course to reach its goal of net zero".
const EXPLICIT = /\b(?:goals?|targets?|pledges?|commitments?)\s+(?:of|to|for)\s+(?:[\w’'-]+\s+){0,3}$/i

/** Why the words between the actor and the target make it no pledge of that actor, or null. */
export function negation(region: string, lead = '', sentence = '', target = ''): string | null {
  const firms = NON_STATE_AFTER.exec(region)
  if (firms || NON_STATE_BEFORE.test(lead)) return `non-state: ${firms ? firms[0].trim() : 'city'}`
  if (sectorBodyFigure(region, sentence)) return 'non-state: sector body'
  // "could go beyond its existing target of a 40% cut": whatever may come, the target named as held stands.
  // (also inside the target's own words: "lift the share of renewables beyond the current goal of 36%")
  if (HELD_GOAL.test(region) || HELD_GOAL_INSIDE.test(target)) return null
  const urge = URGE.exec(region) ?? URGED_ANAPHOR.exec(region)
  if (urge && !DOCUMENT_CALLS.test(region)) return `urged: ${urge[0]}`
  // "did not announce a new target, though it pointed to its plan for 20 GW": a refusal before a
  // contrast is the other clause's.
  const contrast = [...region.matchAll(CONTRAST)].pop()
  const refused = contrast ? region.slice(contrast.index! + contrast[0].length) : region
  const refuse = REFUSE.exec(refused)
  if (refuse && !UNCHANGED.test(refused.slice(refuse.index + refuse[0].length))) return `refused: ${refuse[0]}`
  const hypo = HYPOTHETICAL.exec(region)
  // (The hope may stand between a possessive owner and the target: "Sri Lanka's president expressed hope the island could …".)
  // (The modal is the hope's own, whichever of the lexicon's it is: "hoped Kenya could", "… might".)
  const hoped = hypo && HYPOTHETICAL_MODALS.has(hypo[0].toLowerCase()) && (HOPED.test(lead) || HOPED.test(region.slice(0, hypo.index)))
  // "Under its climate law, the EU must be climate neutral by 2050": a law's requirement is the target.
  // (The owner may stand inside the law's name: the lead and the region together are the clause before the target.)
  // ("Ireland's emissions must fall 51% by 2030, under its climate law": the law may follow the target.)
  const legal = hypo && /^(?:must|required to)$/i.test(hypo[0]) && (UNDER_LAW.test(lead + region) || UNDER_LAW_AFTER.test(sentence))
  if (hypo && !hoped && !legal && !(/^requir/i.test(hypo[0]) && DOCUMENT_REQUIRES.test(region))) return `hypothetical: ${hypo[0]}`
  const proj = PROJECTION.exec(region) ?? CURRENT_COURSE.exec(lead + region) ?? ACCORDING_TO_ASSESSOR.exec(lead + region) ?? ASSESSOR_LABEL.exec(lead + region)
  if (proj && !EXPLICIT.test(region)) return `projection: ${proj[0]}`
  const trend = ON_TRACK.exec(region)
  if (trend && ASSESSOR.test(sentence)) return `projection: ${trend[0]}`
  const doubt = DOUBTED.exec(lead)
  if (doubt) return `doubted: ${doubt[1]}`
  return null
}

// "… short of the 60% cut by 2035 that researchers consider necessary", "the 43% cut scientists say is
// needed": a benchmark others name as needed, described right after the target, is no one's pledge.
const NEEDED_AFTER = /^\s*(?:that\s+|which\s+)?(?:[\w’'-]+\s+){1,6}?(?:say|says|said|consider|considers|considered|deem|deems|deemed|see|sees|believe|believes|calculate|calculates|estimate|estimates)\s+(?:is\s+|are\s+|was\s+|as\s+|to be\s+)?(?:needed|necessary|required|essential|vital)\b/i

// "A proposal to triple renewables by 2030 … was dropped from the final text", "would reach net zero by
// 2050 but made no formal commitment", "discussed a 2040 net zero target but did not agree on one": the
// words after the target take it back (before any other figure or year, which would start another target).
const UNDONE_AFTER = /^[^.;\d]{0,60}?\b(?:(?:but|while|without)\s+(?:making|giving|setting|offering)\s+no\b|but\s+(?:made|gave|set|offered)\s+no\b|without\s+(?:a\s+|any\s+)?(?:formal\s+|firm\s+)?commit\w*|(?:was|were)\s+(?:also\s+|later\s+)?(?:dropped|removed|deleted|struck out|rejected|blocked|vetoed)\b|but\s+(?:did not|didn['’]t|could not|couldn['’]t|failed to|(?:was|were) unable to)\s+(?:agree|adopt|commit|endorse|settle|sign|back)(?:\s+(?:on|to))?\s+(?:it|one|them|this|that|a date|the (?:target|goal|date|plan|proposal|idea))\b)/i

// "promised a 2040 coal exit if elected", "would bring the exit forward to 2035 if it wins the election": a
// campaign's promise, on a condition not yet met, is no target a government holds.
const ELECTED_AFTER = /^[^.;]{0,60}?\bif\s+(?:(?:it|they|he|she)\s+(?:is|are)\s+)?(?:elected|re-elected|returned to (?:power|office)|(?:it|they|he|she)\s+wins?\s+(?:the\s+)?(?:next\s+)?(?:election|vote|power|office))\b/i

// "Poland will cut emissions 35% by 2030, analysts project", "… if it doubles solar, a study found": those
// who assess the trend, named at the sentence's end with a verb of forecasting or finding, make the whole
// statement their forecast.
// (A verb of forecasting makes anyone a forecaster, "…, the environment agency projected"; one of finding needs an assessor,
// who may be named by whom it is from: "…, a study by a Jakarta think tank found", "…, a report for the ministry showed".)
const ASSESSED_AFTER = /,\s*(?:(?:[\w’'-]+\s+){1,5}?(?:have\s+|has\s+)?(?:project(?:s|ed)?|estimat(?:e|es|ed)|predict(?:s|ed)?|forecast(?:s|ed)?|expect(?:s|ed)?|calculat(?:e|es|ed)|reckon(?:s|ed)?)|(?:(?:a|an|the|some|many|most|other|independent)\s+)?(?:[\w’'-]+\s+){0,3}?(?:analysts?|researchers?|experts?|economists?|scientists?|modell?ers?|forecasters?|think[- ]tanks?|study|studies|report|analysis|assessment|modell?ing|projections?)\s+(?:(?:by|from|of|for)\s+(?:[\w’'-]+\s+){1,5}?)?(?:have\s+|has\s+)?(?:found|finds|show(?:s|ed)?|suggest(?:s|ed)?))\b[^,;]*$/i
// "Analysts: India's coal peak by 2030", "Study: Brazil could …": a headline's label naming those who assess, as its speaker.
const ASSESSOR_LABEL = /^\s*(?:analysts?|experts?|economists?|researchers?|scientists?|study|report|forecast|projections?|modell?ing|think[- ]tank)\s*:/i
const ACCORDING_TO_ASSESSOR = /\baccording to (?:(?:a|an|the|some|new|recent|independent)\s+)?(?:[\w’'-]+\s+){0,2}?(?:analysts?|researchers?|experts?|economists?|modell?ers?|forecasters?|think[- ]tanks?|study|studies|analysis|assessment|modell?ing|projections?|forecasts?|estimates?)\b/i

/**
 * Why the words right after a target make it nobody's pledge: a benchmark others deem needed, a proposal
 * dropped, no commitment made; or, in the rest of the sentence (`rest`), today's course ("on present trends")
 * or a forecaster's attribution ("…, analysts project").
 */
export function afterNegation(after: string, rest = after): string | null {
  if (NEEDED_AFTER.test(after)) return 'pathway: deemed needed'
  if (ELECTED_AFTER.test(after)) return 'hypothetical: if elected'
  const undone = UNDONE_AFTER.exec(after)
  if (undone) return `undone: ${undone[0].trim().split(/\s+/).slice(-2).join(' ')}`
  const course = CURRENT_COURSE.exec(rest) ?? ASSESSED_AFTER.exec(rest) ?? ACCORDING_TO_ASSESSOR.exec(rest)
  return course ? `projection: ${course[0].replace(/^,\s*/, '').split(/\s+/).slice(0, 4).join(' ')}` : null
}

/** A forecast word in the clause before a possessive owner ("Analysts expect China's emissions to peak"), or today's course anywhere `before` it. */
export function projectionBefore(lead: string, before = ''): string | null {
  // ("The IEA projects that China's coal use will peak": the verb of forecasting whose clause the owner opens.)
  const proj = PROJECTION.exec(lead) ?? FORECAST_OBJECT.exec(lead) ?? CURRENT_COURSE.exec(before) ?? ACCORDING_TO_ASSESSOR.exec(before) ?? ASSESSOR_LABEL.exec(before)
  return proj ? `projection: ${proj[0]}` : null
}

/**
 * Why the words right before the first of a list of owners make them the objects of someone else's
 * wish or forecast: "pushed China and India to …", "urged by the EU", "Japan expects South Korea to …".
 */
export function objectNegation(lead: string): string | null {
  if (URGED_OBJECT.test(lead) || PASSIVE_URGE.test(lead)) return 'urged object'
  if (FORECAST_OBJECT.test(lead)) return 'projection: forecast object'
  return null
}

// "Critics doubt Ghana will ever ditch coal", "Analysts question whether Peru can …": a doubt about the owner is no target of its own.
// ("Few doubt that Ghana has pledged …" is certainty.)
const DOUBTED = /(?<!\b(?:few|nobody|no one|little)\s)\b(doubt\w*|sceptical|skeptical|question(?:s|ed)? whether)\b[^.;:]{0,40}$/i
