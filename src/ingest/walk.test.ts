import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { expandPaths, type InputEntry } from './walk.js'

// Issue 15, item 3: links and FIFOs inside folders used to vanish without a word.
let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pw-walk-'))
  const news = join(root, 'news')
  mkdirSync(join(news, 'sub'), { recursive: true })
  writeFileSync(join(news, 'a.txt'), 'Japan pledged net zero by 2050.')
  writeFileSync(join(news, 'sub', 'c.txt'), 'Chile will phase out coal by 2040.')
  writeFileSync(join(root, 'elsewhere.txt'), 'Kenya pledged to cut emissions 32 percent by 2030.')
  symlinkSync(join(root, 'elsewhere.txt'), join(news, 'b-link.txt'))
  symlinkSync(join(root, 'missing.txt'), join(news, 'd-dangling.txt'))
  symlinkSync(news, join(news, 'sub', 'e-loop'))
  symlinkSync(join(news, 'f-self'), join(news, 'f-self'))
  execFileSync('mkfifo', [join(news, 'g-fifo')])
})

const described = (entries: InputEntry[]) => entries.map((e) => (typeof e === 'string' ? e.slice(root.length + 1) : `${e.source.slice(root.length + 1)} ${e.code}: ${e.reason}`))

describe('expandPaths', () => {
  it('follows a link to a file, and names each dangling link, loop and FIFO once, in sorted order', async () => {
    expect(described(await expandPaths([join(root, 'news')]))).toEqual([
      'news/a.txt',
      'news/b-link.txt',
      expect.stringMatching(/^news\/d-dangling\.txt E_NOT_A_FILE: skipped: a dangling symbolic link \(to .*missing\.txt, which does not exist\)$/),
      expect.stringMatching(/^news\/f-self E_NOT_A_FILE: skipped: a symbolic link loop/),
      'news/g-fifo E_NOT_A_FILE: skipped: a FIFO (named pipe), not a file',
      'news/sub/c.txt',
      expect.stringMatching(/^news\/sub\/e-loop E_NOT_A_FILE: skipped: a symbolic link loop \(to .*news, a folder that contains it\)$/),
    ])
  })

  it('follows a link to a folder that is not an ancestor, and stops at the first link back into the path walked', async () => {
    const other = join(root, 'other')
    mkdirSync(other)
    symlinkSync(join(root, 'news', 'sub'), join(other, 'linked-sub'))
    const entries = described(await expandPaths([other]))
    // sub's e-loop leads to news, not yet on this path, so news is walked once; its own sub/e-loop is the loop.
    expect(entries.filter((e) => !e.includes(' '))).toEqual(['other/linked-sub/c.txt', 'other/linked-sub/e-loop/a.txt', 'other/linked-sub/e-loop/b-link.txt', 'other/linked-sub/e-loop/sub/c.txt'])
    expect(entries.filter((e) => e.includes('loop (to'))).toEqual([expect.stringMatching(/^other\/linked-sub\/e-loop\/sub\/e-loop E_NOT_A_FILE/)])
  })

  it('keeps a missing top-level path, so reading it reports the error in its place', async () => {
    expect(await expandPaths([join(root, 'nope.txt'), '-'])).toEqual([join(root, 'nope.txt'), '-'])
  })
})
