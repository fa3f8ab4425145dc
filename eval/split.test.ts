import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedDir } from './paths.js'
import { checkNames, splitOf } from './split.js'

describe('dev split', () => {
  const check = checkNames()
  it('holds a fifth of the 159 articles it was fixed on, each name once', () => {
    expect(check.size).toBe(31)
  })
  it('puts a listed article in check and any other in tune', () => {
    const first = [...check][0]
    expect(splitOf(first, check)).toBe('check')
    expect(splitOf('some-new-article.txt', check)).toBe('tune')
  })
  it.runIf(process.env.CI === 'true' || (() => { try { return readdirSync(join(sharedDir(), 'eval/dev/raw')).length > 0 } catch { return false } })())(
    'names only articles of the shared dev set (every 5th by sorted name)',
    () => {
      const names = readdirSync(join(sharedDir(), 'eval/dev/raw')).sort()
      for (const n of check) expect(names).toContain(n)
      const every5th = names.slice(0, 159).filter((_, i) => i % 5 === 4)
      expect([...check]).toEqual(every5th)
    },
  )
})
