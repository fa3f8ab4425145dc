import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import preact from '@preact/preset-vite'
import { defineConfig, type Plugin } from 'vite'

const require = createRequire(import.meta.url)

/**
 * `virtual:iso-numeric`: ISO 3166 numeric code → ISO3, from world-countries,
 * so the map (world-atlas ids are numeric) can be joined to actor ids without
 * shipping the whole country list (1 MB) to the browser.
 */
function isoNumeric(): Plugin {
  const id = 'virtual:iso-numeric'
  return {
    name: 'pledgewatch-iso-numeric',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null
      const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as Array<{ ccn3: string; cca3: string }>
      const map = Object.fromEntries(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca3]))
      return `export default ${JSON.stringify(map)}`
    },
  }
}

/** The dashboard: built into dist/web, which `pledgewatch serve` serves beside /api. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact(), isoNumeric()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Plot (with d3) is one large chunk by nature; the limit only silences the warning.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
