import type { Frame } from './types.js'

/** "the U.S.-China talks", "the Kenya–Germany pact": two actors joined by a dash before the noun. */
export const compound: Frame = (t) => {
  if (t.chunk < 0) return []
  const pair = t.doc.chunks[t.chunk].pair
  return pair ? [{ actor: pair[0], target: pair[1] }] : []
}
