import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
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

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`) copy beside every
 * built text file of 1 KB or more, which `pledgewatch serve` sends to clients
 * that take them (issue 16, item 7): the best compression, paid once at build
 * time instead of on every request.
 */
function precompress(): Plugin {
  return {
    name: 'pledgewatch-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir!
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue
        const bytes = readFileSync(join(dir, file))
        if (bytes.length < 1024) continue
        writeFileSync(join(dir, `${file}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
        writeFileSync(join(dir, `${file}.gz`), gzipSync(bytes, { level: 9 }))
      }
    },
  }
}

/** The dashboard: built into dist/web, which `pledgewatch serve` serves beside /api. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact(), isoNumeric(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Plot (with d3) is one large chunk by nature; the limit only silences the warning.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
