import type { Probe } from './probe.js'

/**
 * Quote probes on attribution forms that name the speaker through their words: "His verdict: “…”",
 * "In Jane Doe's words, “…”", "In the words of Jane Doe, “…”", "Jane Doe, speaking to reporters: “…”"; and
 * the near forms that name no one.
 */
export const NEWS_FORM_QUOTE_PROBES: readonly Probe[] = [
  {
    id: 'quote.news-his-verdict.1', test: 'mft', capability: 'pronoun',
    text: 'Port expansion approved\n\nHarbour master Jonas Eklund toured the new quay on Monday. His verdict: "This quay will flood twice a year unless we raise it by a metre."',
    quotes: ['Jonas Eklund: This quay will flood twice a year unless we raise it by a metre.'],
  },
  {
    id: 'quote.news-his-verdict.2', test: 'inv', capability: 'pronoun',
    text: 'Port expansion approved\n\nHarbour master Jonas Eklund toured the new quay on Monday. His answer to the council was short: "This quay will flood twice a year unless we raise it by a metre."',
    quotes: ['Jonas Eklund: This quay will flood twice a year unless we raise it by a metre.'],
  },
  {
    id: 'quote.news-in-words.1', test: 'mft', capability: 'speaker',
    text: 'Port expansion approved\n\nIn Jonas Eklund\'s words, "this quay will flood twice a year unless we raise it by a metre."',
    quotes: ['Jonas Eklund: this quay will flood twice a year unless we raise it by a metre.'],
  },
  {
    id: 'quote.news-in-words.2', test: 'inv', capability: 'speaker',
    text: 'Port expansion approved\n\nIn the words of harbour master Jonas Eklund, "this quay will flood twice a year unless we raise it by a metre."',
    quotes: ['Jonas Eklund: this quay will flood twice a year unless we raise it by a metre.'],
  },
  {
    id: 'quote.news-in-words.3', test: 'neg', capability: 'not-speaker',
    text: 'Port expansion approved\n\nIn other words, "this quay will flood twice a year unless we raise it by a metre," a council report warned.',
  },
  // a name, then how the words came, set off by a comma, before the colon
  {
    id: 'quote.news-aside-colon.1', test: 'mft', capability: 'speaker',
    text: 'Port expansion approved\n\nJonas Eklund, speaking to the harbour board on Tuesday: "This quay will flood twice a year unless we raise it by a metre."',
    quotes: ['Jonas Eklund: This quay will flood twice a year unless we raise it by a metre.'],
  },
  {
    id: 'quote.news-aside-colon.2', test: 'inv', capability: 'speaker',
    text: 'Port expansion approved\n\nHarbour master Jonas Eklund, addressing the council after the vote: "This quay will flood twice a year unless we raise it by a metre."',
    quotes: ['Jonas Eklund: This quay will flood twice a year unless we raise it by a metre.'],
  },
  // "quoted X as saying": the one quoted speaks, not the outlet that quotes
  {
    id: 'quote.news-quoted-as.1', test: 'mft', capability: 'speaker',
    text: 'Port expansion approved\n\nState radio quoted harbour master Jonas Eklund as saying: "This quay will flood twice a year unless we raise it by a metre."',
    quotes: ['Jonas Eklund: This quay will flood twice a year unless we raise it by a metre.'],
  },
  {
    id: 'quote.news-quoted-as.2', test: 'inv', capability: 'speaker',
    text: 'Port expansion approved\n\nThe local paper cited harbour master Jonas Eklund as saying the quay "will flood twice a year unless we raise it by a metre."',
    quotes: ['Jonas Eklund: will flood twice a year unless we raise it by a metre.'],
  },
]
