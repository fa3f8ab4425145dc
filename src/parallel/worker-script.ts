import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * The compiled worker script. From dist/ it sits beside this module; when the
 * sources run directly (vitest runs the .ts files, which a worker thread
 * cannot load), it is the build's copy in dist/, which `npm test` builds first.
 */
export function workerScript(): URL {
  const here = new URL(import.meta.url)
  const script = here.pathname.endsWith('.ts') ? new URL('../../dist/src/parallel/analyse-worker.js', here) : new URL('./analyse-worker.js', here)
  if (!existsSync(fileURLToPath(script))) throw new Error(`the analysis worker is not built (${fileURLToPath(script)}): run \`npm run build\``)
  return script
}
