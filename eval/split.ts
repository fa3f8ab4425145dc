import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './paths.js'

/** The dev set's two parts: misses are read from `tune`; `check` gives figures only (issue 13). */
export type SplitName = 'tune' | 'check'

/**
 * The check split, fixed once in eval/check-split.json: every 5th article by sorted file name of
 * ../shared/eval/dev/raw as the set stood with 159 articles. Every other article, including any
 * added to the shared set later, is in the tune split.
 */
export function checkNames(): ReadonlySet<string> {
  const file = JSON.parse(readFileSync(join(repoRoot(), 'eval/check-split.json'), 'utf8')) as { check: string[] }
  return new Set(file.check)
}

/** Which split an article (its raw file name, as the output's `doc`) belongs to. */
export function splitOf(doc: string, check: ReadonlySet<string> = checkNames()): SplitName {
  return check.has(doc) ? 'check' : 'tune'
}
