import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Issue 15, defect 10: --help showed defaults as raw numbers (5242880, 1800000, 20000).
const BIN = resolve(__dirname, '../bin/pledgewatch')
const help = (cmd: string) => spawnSync(BIN, [cmd, '--help'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ')

describe('--help', () => {
  it.each(['analyze', 'ingest', 'watch', 'serve', 'worker'])('%s shows defaults as a person writes them', (cmd) => {
    const text = help(cmd)
    expect(text).toContain('Usage: pledgewatch')
    expect(text).not.toMatch(/default: \d{5,}/)
  })
  it('names the units', () => {
    expect(help('ingest')).toMatch(/--max-size <size> .*\(default: 5MB\)/)
    expect(help('ingest')).toMatch(/--time-limit <interval> .*\(default: 1m\)/)
    const watch = help('watch')
    for (const d of ['--every <interval> time between polling rounds (e.g. 90s, 30m, 1h) (default: 30m)', '--timeout <interval> per request (default: 20s)', '(default: 1s)', '(default: 5MB)']) expect(watch).toContain(d)
  })
})
