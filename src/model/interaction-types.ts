/**
 * The interaction types of FORMAT.md, in a module with no imports so that the
 * dashboard (web/) can use the same list without bundling zod.
 */
export const INTERACTION_TYPES = ['meet', 'urge', 'agree', 'demand', 'protest', 'sanction', 'cooperate'] as const
