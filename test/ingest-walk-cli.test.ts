import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

// Issue 15, items 3 and 5: folders with entries that cannot be read, links,
// FIFOs and names that would drive the terminal, through the real CLI.
const BIN = resolve(__dirname, '../bin/pledgewatch')
let root: string

// root reads every folder whatever its mode: the unreadable folder needs an unprivileged user.
const unprivileged: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}

const story = (country: string, year: number) => `${country} pledged on Monday to reach net zero emissions by ${year}, its environment minister said at a press conference in the capital.`

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pw-walk-cli-'))
  chmodSync(root, 0o777)
  const news = join(root, 'news')
  mkdirSync(join(news, 'b-locked'), { recursive: true })
  writeFileSync(join(news, 'a.txt'), story('Canada', 2050))
  writeFileSync(join(news, 'b-locked', 'hidden.txt'), story('Chile', 2050))
  chmodSync(join(news, 'b-locked'), 0o000)
  writeFileSync(join(news, 'c.txt'), story('Kenya', 2060))
  writeFileSync(join(root, 'linked-story.txt'), story('Brazil', 2050))
  symlinkSync(join(root, 'linked-story.txt'), join(news, 'd-link.txt'))
  symlinkSync(join(root, 'gone.txt'), join(news, 'e-dangling.txt'))
  execFileSync('mkfifo', [join(news, 'f-fifo')])
  // A name that retitles the window (OSC 0) and forges a second error line.
  writeFileSync(join(news, 'g-\u001b]0;pwned\u0007\npledgewatch: forged.txt'), '')
})

describe('ingest over a folder with unreadable entries, links and a FIFO', () => {
  it('reports each in one line, stores the rest, follows the link, and exits', () => {
    const data = join(root, 'data')
    const r = spawnSync(BIN, ['ingest', '--data', data, '--workers', '1', join(root, 'news')], { encoding: 'utf8', timeout: 120_000, ...unprivileged })
    // Before issue 15: exit 1 with a bare EACCES, nothing analysed, and a process that never exited.
    expect(r.signal).toBeNull()
    expect(r.status).toBe(2)
    const lines = r.stderr.trim().split('\n')
    expect(lines.filter((l) => l.startsWith('pledgewatch: '))).toEqual([
      `pledgewatch: ${join(root, 'news', 'b-locked')}: cannot read: permission denied (folder skipped) [E_UNREADABLE]`,
      expect.stringMatching(/^pledgewatch: .*e-dangling\.txt: skipped: a dangling symbolic link \(to .*gone\.txt, which does not exist\) \[E_NOT_A_FILE\]$/),
      `pledgewatch: ${join(root, 'news', 'f-fifo')}: skipped: a FIFO (named pipe), not a file [E_NOT_A_FILE]`,
      `pledgewatch: ${join(root, 'news')}/g-\\x1b]0;pwned\\x07\\npledgewatch: forged.txt: empty file [E_EMPTY]`,
    ])
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/)
    expect(lines.at(-1)).toMatch(/^ingest: 3 new article\(s\) .* 4 failed;/)
    const targets = spawnSync(BIN, ['targets', '--data', data, '--format', 'json'], { encoding: 'utf8', ...unprivileged })
    expect((JSON.parse(targets.stdout) as Array<{ actor: string }>).map((c) => c.actor).sort()).toEqual(['BRA', 'CAN', 'KEN'])
  })

  it('analyze names the same entries the same way and goes on', () => {
    const r = spawnSync(BIN, ['analyze', '--format', 'jsonl', join(root, 'news')], { encoding: 'utf8', timeout: 120_000, ...unprivileged })
    expect(r.status).toBe(2)
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['a.txt', 'c.txt', 'd-link.txt'])
    expect(r.stderr.match(/^pledgewatch: /gm)).toHaveLength(4)
  })
})
