import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'

/**
 * What the dashboard's page may load: its own scripts and styles only. Article
 * text is rendered as text (issue 5, item 3); this policy is the second wall, so
 * even an injected tag could not run an inline script or call out elsewhere.
 * Styles allow inline attributes because Plot sets `style=` on its SVG.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** The built dashboard (`npm run build:web` writes it to dist/web), found from the repository root. */
export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  // This module runs from src/server (tests) or dist/src/server (the CLI).
  while (!existsSync(resolve(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) return resolve('dist/web')
    dir = up
  }
  return resolve(dir, 'dist/web')
}

/**
 * Serves the dashboard's static files from `root` for every GET the API
 * routes did not answer (register it after them). The page uses hash routes
 * (`/#/actor/JPN`), so only `/` and the hashed assets are ever asked for.
 * Without a build, `/` says how to make one.
 */
export function mountDashboard(app: Hono, root: string = defaultWebRoot()): void {
  const built = existsSync(resolve(root, 'index.html'))
  app.get('/', async (c, next) => {
    if (built) return next()
    return c.text('The dashboard is not built: run `npm run build:web`, then restart `pledgewatch serve`. The API is at /api/ (see /openapi.json).\n', 503)
  })
  if (!built) return
  app.get(
    '/*',
    async (c, next) => {
      await next()
      c.header('Content-Security-Policy', DASHBOARD_CSP)
      c.header('Referrer-Policy', 'no-referrer')
      // Vite names assets by content hash, so they never change under one name; the page itself may.
      c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
    // The build writes .br and .gz beside each asset (web/vite.config.ts): served as they are, never compressed per request.
    serveStatic({ root, precompressed: true }),
  )
}
