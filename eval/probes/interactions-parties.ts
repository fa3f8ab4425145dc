import type { Probe } from './probe.js'

/** Interaction probes: who the party is when the clause names it through something else (a document it issued, …). */
export const PARTY_PROBES: readonly Probe[] = [
  // A document as a clause's subject speaks for whoever issued it, named before or after it.
  {
    id: 'interaction.urge.document-subject.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'A letter from Samoa\'s foreign minister calls on New Zealand to double its climate aid.',
    interactions: ['WSM urge NZL'],
  },
  {
    id: 'interaction.urge.document-subject.2', test: 'inv', capability: 'urge', cameo: '020',
    text: 'Samoa\'s letter calls on New Zealand to double its climate aid.',
    interactions: ['WSM urge NZL'],
  },
  {
    id: 'interaction.urge.document-subject.3', test: 'inv', capability: 'urge', cameo: '020',
    text: 'The ASEAN communique urged Myanmar to end the violence.',
    interactions: ['ASEAN urge MMR'],
  },
  {
    id: 'interaction.urge.document-subject.4', test: 'neg', capability: 'decoy-interaction', cameo: '020',
    text: 'A letter from local fishers calls on New Zealand to double its climate aid.',
  },
]
