import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { hasDevSet, runDevEval } from './articles-eval.js'
import { gatedFigures } from './figures.js'
import { runHtmlEval } from './html-eval.js'
import { runProbes } from './probes.js'
import { repoRoot } from './paths.js'

interface Baseline {
  note: string
  epsilon: number
  floors: Record<string, number>
}

/** One gated figure against its floor. */
export interface GateRow {
  readonly name: string
  readonly value: number
  readonly floor: number
  readonly ok: boolean
}

/** Compares figures with floors; a figure may sit `epsilon` under its floor (noise). */
export function checkFloors(figures: Record<string, number>, baseline: Baseline): GateRow[] {
  return Object.entries(baseline.floors).map(([name, floor]) => {
    const value = figures[name] ?? 0
    return { name, value, floor, ok: value + baseline.epsilon >= floor }
  })
}

/**
 * Raises floors to the current figures (less epsilon). Refuses to lower one
 * unless `allowRegression`: floors only go up (trafilatura's eval_gate).
 */
export function raiseFloors(figures: Record<string, number>, baseline: Baseline, allowRegression = false): Baseline {
  const floors: Record<string, number> = { ...baseline.floors }
  for (const [name, value] of Object.entries(figures)) {
    const next = Math.round((value - baseline.epsilon) * 1000) / 1000
    const old = floors[name] ?? 0
    if (value + baseline.epsilon < old && !allowRegression) throw new Error(`refusing to lower the floor of ${name} from ${old} to ${next} (pass --allow-regression)`)
    floors[name] = allowRegression ? next : Math.max(old, next)
  }
  return { ...baseline, floors }
}

export function baselinePath(): string {
  return join(repoRoot(), 'eval/baseline.json')
}

async function main(argv: string[]): Promise<number> {
  // A plain clone has no ../shared: say so and pass, except in CI, where the gate must run (issue 15).
  if (!hasDevSet()) {
    if (process.env.CI === 'true') {
      console.error('eval gate: ../shared/eval is missing, and CI=true requires it')
      return 1
    }
    console.log('eval gate: skipped, no ../shared/eval beside the repository (the dev set and HTML pages live there)')
    return 0
  }
  const baseline = JSON.parse(readFileSync(baselinePath(), 'utf8')) as Baseline
  const figures = gatedFigures(await runDevEval(), await runHtmlEval(), runProbes())
  if (argv.includes('--update')) {
    const next = raiseFloors(figures, baseline, argv.includes('--allow-regression'))
    writeFileSync(baselinePath(), JSON.stringify(next, null, 2) + '\n')
    console.log('eval gate: floors updated in eval/baseline.json')
  }
  const rows = checkFloors(figures, baseline)
  console.log('eval gate (eval/baseline.json):')
  for (const r of rows) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(30)} ${r.value.toFixed(3)}  floor ${r.floor.toFixed(3)}`)
  const failed = rows.filter((r) => !r.ok)
  if (failed.length) console.log(`eval gate: ${failed.length} figure(s) below their floor`)
  return failed.length ? 1 : 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error('eval gate:', err)
      process.exitCode = 1
    },
  )
}
