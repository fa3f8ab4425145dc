import { z } from 'zod'
import { INTERACTION_TYPES } from '../model/interaction-types.js'

/**
 * The shapes of the lexicons (src/lexicon/*.ts), checked with zod when a lexicon module loads:
 * a malformed entry fails at start-up with its id, never at match time.
 */

/** How a trigger finds its two parties in a clause (src/frames/, one file each). */
export const FRAME_NAMES = ['active', 'passive', 'nominal', 'between', 'pair', 'compound', 'reverse', 'relative', 'judged', 'obliged', 'provoked', 'gathered', 'backed'] as const
export type FrameName = (typeof FRAME_NAMES)[number]

/** Examples an entry must get right: `hit` sentences with a fact ("FJI protest AUS") the pipeline must find, `miss` sentences it must not fire on. */
const Examples = z.object({
  hit: z.array(z.tuple([z.string().min(10), z.string().regex(/^\S+ [a-z]+ \S+$/)])).min(1),
  miss: z.array(z.string().min(10)).min(1),
})

/**
 * An interaction trigger: the words that state one kind of act, with the CAMEO category they belong to
 * (02 appeal, 04 consult, 057 sign agreement, 05/06 cooperation, 10 demand, 11 disapprove, 12 reject,
 * 16 reduce relations, 163 sanctions).
 */
export const InteractionEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z-]+$/),
    type: z.enum(INTERACTION_TYPES),
    cameo: z.string().regex(/^\d{2,4}$/),
    /** Verb lemmas as wink-nlp gives them, optionally with a particle: "criticize", "hit out", "sit down". */
    verbs: z.array(z.string().regex(/^[a-z-]+(?: [a-z]+)?$/)).default([]),
    /** Noun lemmas that carry the act: "criticism", "sanction", "talk", "deal". */
    nouns: z.array(z.string().regex(/^[a-z-]+$/)).default([]),
    /** The verb takes the other party as its direct object ("criticised Australia"). */
    direct: z.boolean().default(true),
    /** Prepositions that bring in the other party after the trigger ("object to", "talks with", "sanctions on"). */
    preps: z.array(z.string()).default([]),
    /** For the reverse frame: the prepositions whose phrase names the party that acts ("drew criticism from X", "sparked anger in X"). */
    agentPreps: z.array(z.string()).default(['from']),
    /**
     * For nouns: the verbs that make the clause's subject the noun's agent ("imposed sanctions on",
     * "voiced concern over"). Empty: any verb does.
     */
    light: z.array(z.string()).default([]),
    /** A direct object must name a party, not a thing: "hosted Kerry", not "hosted the summit". */
    partyObject: z.boolean().default(false),
    /** The act needs an infinitive after the party: "asked Japan to cut", not "asked Japan about coal". */
    needsInfinitive: z.boolean().default(false),
    /** The party may be the subject of the clause the verb governs: "demanded that Japan withdraw". */
    complementTarget: z.boolean().default(false),
    /** Adverbs that make a verb this act ("jointly monitor"): the trigger is the adverb. */
    adverbs: z.array(z.string()).default([]),
    /** For adverb triggers: the verbs the adverb must modify ("responded angrily"); empty for any verb. */
    adverbVerbs: z.array(z.string()).default([]),
    /** Adjectives after "be", "remain" or "become" that state the act ("was critical of X"); the party follows one of `preps`. */
    predicates: z.array(z.string()).default([]),
    /** Modal auxiliaries that make a clause this act when someone else says it ("“Japan must cut coal,” Fiji said"). */
    modals: z.array(z.string()).default([]),
    /** For adjective triggers: the nouns the adjective must modify ("joint statement"); empty for any noun. */
    adjectiveNouns: z.array(z.string()).default([]),
    /** Adjectives that make the noun they modify this act, through the entry's light verbs ("carry out joint patrols"). */
    adjectives: z.array(z.string()).default([]),
    /** Words one of which the pair frame needs after the verb: "worked together", "acted jointly". */
    pairNeeds: z.array(z.string()).default([]),
    /** The act is the verb's refusal: "does not accept", "refused to endorse" (negation makes the fact, not undoes it). */
    whenNegated: z.boolean().default(false),
    /**
     * Words one of which must follow the object in its sentence: a verdict ("called the decision a grave
     * mistake", "described the levy as discriminatory"), where a party is taken ("took Japan to the WTO"),
     * or what it is asked for ("asked Japan for aid"). Empty: none needed.
     */
    objectNeeds: z.array(z.string()).default([]),
    /** The act goes both ways: "A and B traded accusations", "A traded barbs with B" (each does it to the other). */
    mutual: z.boolean().default(false),
    /** A "that" clause after the party makes it an opinion shared, not an act: "agreed with Japan that …". */
    opinionBeforeThat: z.boolean().default(false),
    frames: z.array(z.enum(FRAME_NAMES)).min(1),
    /** Why the entry exists, when the words alone do not say. */
    note: z.string().optional(),
    examples: Examples,
  })
  .refine((e) => e.verbs.length + e.nouns.length + e.adverbs.length + e.adjectives.length + e.predicates.length + e.modals.length > 0, { message: 'an entry needs verbs, nouns, adverbs, adjectives, predicates or modals' })
export type InteractionEntry = z.infer<typeof InteractionEntrySchema>

/** Validates a list of entries, naming the first bad one. */
export function checkEntries<T>(schema: z.ZodType<T>, raw: readonly unknown[], what: string): T[] {
  return raw.map((r, i) => {
    const parsed = schema.safeParse(r)
    if (!parsed.success) {
      const id = (r as { id?: string }).id ?? `#${i}`
      throw new Error(`lexicon ${what}: entry ${id}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`)
    }
    return parsed.data
  })
}
