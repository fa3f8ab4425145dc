/**
 * Mozilla Readability over happy-dom: the content-scoring step of the cleaner.
 * One happy-dom Window is made lazily and reused; each page gets a fresh
 * Document from its DOMParser, which Readability may mutate freely.
 */
import { Readability } from '@mozilla/readability'
import { Window } from 'happy-dom'

let shared: Window | null = null

function browserWindow(): Window {
  shared ??= new Window({
    url: 'https://localhost/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  })
  return shared
}

/** Readability's article HTML for a page, or null when it finds no article. */
export function readabilityContent(html: string): string | null {
  const win = browserWindow()
  const doc = new win.DOMParser().parseFromString(html, 'text/html')
  // happy-dom's Document implements the DOM that Readability walks; its types are its own.
  const reader = new Readability(doc as unknown as Document, { charThreshold: 300, disableJSONLD: true })
  const article = reader.parse()
  return article?.content ?? null
}
