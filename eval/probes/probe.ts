/**
 * A behavioural probe (CheckList, Ribeiro et al. 2020): a short text of our own with every fact it
 * states, in FORMAT.md's terms. `eval/probes.ts` runs each through the whole pipeline as an article and
 * scores the output with ../shared/eval/score.py, as the dev set is scored.
 *
 * Every probe lists all three fact kinds it states: a missing list means "states none of this kind",
 * so a fact the pipeline finds there is a false hit.
 */
export interface Probe {
  /** Unique, stable: `<area>.<capability>.<n>`, e.g. `interaction.protest.castigate.1`. */
  readonly id: string
  /**
   * What it tests: `mft` minimum functionality (one trigger or pledge kind, plainly), `inv` an invariance
   * (a paraphrase, a name or pronoun swap, a reordering of a probe that states the same facts), `neg`
   * negation, modality, hypotheticals, projections and other statements that must not become the fact,
   * `none` a sentence that states no fact of any kind.
   */
  readonly test: 'mft' | 'inv' | 'neg' | 'none'
  /** The capability, for the per-capability table: an interaction type, a pledge kind, `quote`, `owner`, … */
  readonly capability: string
  /** CAMEO category of an interaction probe's trigger (e.g. '111'), where one applies. */
  readonly cameo?: string
  /** One to four sentences (a discourse probe: a short article of up to ten); paragraphs separated by a blank line. The first paragraph is read as the headline. */
  readonly text: string
  /** The article's title, as metadata gives it (the pipeline puts it first, as the headline); none by default. */
  readonly title?: string
  /** Publication date (YYYY-MM-DD); default 2024-05-02. */
  readonly date?: string
  /** `ACTOR kind YEAR [VALUE or LOW-HIGH] [base YEAR] [gas CH4]`; YEAR may be `null`. E.g. `CAN reduction 2030 40-45 base 2005`. */
  readonly pledges?: readonly string[]
  /** `ACTOR type TARGET`, e.g. `FJI protest AUS` (meet, agree and cooperate in either order). */
  readonly interactions?: readonly string[]
  /** `Speaker Name: the quoted words` (the words of one contiguous quoted segment). */
  readonly quotes?: readonly string[]
}
