import type { Probe } from './probe.js'

/**
 * Quote probes of a fifteenth round of our own paraphrases: a quote opening the article with its
 * dashed signature line under it (before any long paragraph, where the header's labels are cut);
 * and their near forms.
 */
export const ROUND15_QUOTE_PROBES: readonly Probe[] = [
  // a quote opening the article, signed on the line under it
  {
    id: 'quote.r15-opening-signature.1', test: 'mft', capability: 'speaker',
    text: 'Poland holds on to coal\n\n“We will not give up coal in this decade or the next.”\n\n— Jan Nowak, Polish climate minister\n\nPoland burns coal for most of its power.',
    quotes: ['Jan Nowak: We will not give up coal in this decade or the next.'],
  },
  {
    id: 'quote.r15-opening-signature.2', test: 'mft', capability: 'speaker',
    text: 'A harbour learns to float\n\n"Every new pier in this port will rise with the tide."\n— Ines Carvalho, harbour engineer\n\nThe port has raised three quays since the storm.',
    quotes: ['Ines Carvalho: Every new pier in this port will rise with the tide.'],
  },
  {
    id: 'quote.r15-opening-signature.3', test: 'neg', capability: 'not-quote',
    text: 'A harbour learns to float\n\n“Cities Built for the Next Flood”\n\n— Ines Carvalho, Harbour Press\n\nThe port has raised three quays since the storm.',
  },
]
