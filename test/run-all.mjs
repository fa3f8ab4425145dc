#!/usr/bin/env node
// `npm test`: every part of the suite in turn. A failing part does not stop
// the ones after it (each reports), and the exit code is 1 if any failed.
// Optional parts whose requirement is missing are skipped with one line each
// saying what and why; under CI=true a missing requirement is a failure
// (issue 15, item 7). `npm test -- --only unit` runs one part by name.
import { spawnSync } from 'node:child_process'
import { REQUIRED, REQUIREMENTS, ROOT } from './helpers/requirements.mjs'

const npx = (args) => ['npx', '--no-install', ...args]

/** The parts, in order; `needs` names a requirement without which the part cannot run at all. */
const PARTS = [
  { name: 'types', what: 'type-check', cmd: npx(['tsc', '-p', 'tsconfig.json']) },
  { name: 'web', what: 'dashboard build', cmd: ['npm', 'run', '--silent', 'build:web'] },
  { name: 'unit', what: 'unit, CLI, property and store tests', cmd: npx(['vitest', 'run', '--exclude', 'test/e2e/**']) },
  { name: 'e2e', what: 'dashboard browser tests', cmd: npx(['vitest', 'run', 'test/e2e', '--retry', '2']), needs: 'chromium' },
  { name: 'gate', what: 'evaluation gate', cmd: ['node', 'dist/eval/gate.js'] },
]

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
const say = (line) => process.stdout.write(`npm test: ${line}\n`)

// 1. Probe every requirement once; the test files probe again to skip their suites.
const missing = new Map()
for (const [name, r] of Object.entries(REQUIREMENTS)) {
  const reason = await r.probe()
  if (reason) missing.set(name, { ...r, reason })
}
const skipLines = [...missing.values()].map((r) => `${REQUIRED ? 'REQUIRED under CI=true, missing' : 'skipped'}: ${r.what}: ${r.reason}; to run them: ${r.how}`)
for (const line of skipLines) say(line)

// 2. Run the parts.
const results = []
for (const part of PARTS) {
  if (only && part.name !== only) continue
  if (part.needs && missing.has(part.needs) && !REQUIRED) {
    results.push({ part, status: 'skipped' })
    continue
  }
  say(`── ${part.what} (${part.cmd.join(' ')})`)
  const started = Date.now()
  const r = spawnSync(part.cmd[0], part.cmd.slice(1), { cwd: ROOT, stdio: 'inherit', env: process.env })
  const ok = r.status === 0
  results.push({ part, status: ok ? 'ok' : 'FAILED', detail: r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`, seconds: Math.round((Date.now() - started) / 1000) })
}

// 3. One summary: each part, then each skip again, so neither scrolls out of sight.
say('summary')
for (const r of results) say(`  ${r.status.padEnd(7)} ${r.part.what}${r.status === 'FAILED' ? ` (${r.detail})` : ''}${r.seconds !== undefined ? `, ${r.seconds} s` : ''}`)
for (const line of skipLines) say(`  ${line}`)
const failed = results.some((r) => r.status === 'FAILED') || (REQUIRED && missing.size > 0)
say(failed ? 'FAILED' : `passed${missing.size ? ` (with ${missing.size} optional part(s) skipped, listed above)` : ''}`)
process.exitCode = failed ? 1 : 0
