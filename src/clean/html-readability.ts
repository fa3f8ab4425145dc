/**
 * Mozilla Readability over happy-dom: the cleaner's second opinion when our own
 * extractor is unsure. happy-dom takes over a second to import, so it is
 * loaded on first use (synchronous require of an ES module, Node >= 20.19);
 * one Window is then reused, and each page gets a fresh Document from its
 * DOMParser, which Readability may mutate freely.
 */
import { createRequire } from 'node:module'
import { Readability } from '@mozilla/readability'
import type { Window } from 'happy-dom'

let shared: Window | null = null

function browserWindow(): Window {
  if (shared) return shared
  const { Window: HappyWindow } = createRequire(import.meta.url)('happy-dom') as typeof import('happy-dom')
  shared = new HappyWindow({
    url: 'https://localhost/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  })
  return shared
}

/** Readability's article HTML for a (pruned) page, or null when it finds no article. */
export function readabilityContent(html: string): string | null {
  const win = browserWindow()
  const doc = new win.DOMParser().parseFromString(html, 'text/html')
  // happy-dom's Document implements the DOM that Readability walks; its types are its own.
  const reader = new Readability(doc as unknown as Document, { charThreshold: 300, disableJSONLD: true, maxElemsToParse: 20_000 })
  return reader.parse()?.content ?? null
}
