import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { AnalysisSchema } from '../src/model/facts.js'

// These tests run the real executable, as a user would, on the compiled build
// (`npm test` compiles first).
const BIN = resolve(__dirname, '../bin/pledgewatch')
const run = (args: string[], input?: string) => spawnSync(BIN, args, { encoding: 'utf8', input })

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-cli-'))
  writeFileSync(join(dir, 'a.txt'), '---\ntitle: Ruritania sets a goal\ndate: 2024-03-01\n---\nRuritania aims to reach net zero emissions by 2050, its prime minister said.\n')
  writeFileSync(join(dir, 'b.html'), '<html><head><title>Page</title></head><body><article><p>Freedonia pledged to cut emissions by 40 percent by 2035 from 2005 levels, officials said on Monday in a statement.</p></article></body></html>')
  writeFileSync(join(dir, 'c.txt.gz'), gzipSync('Japan plans to phase out coal power in the 2030s, the minister said on Friday.'))
  writeFileSync(join(dir, 'empty.txt'), '')
})

describe('pledgewatch CLI', () => {
  it('prints --version and help with examples', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    const help = run(['analyze', '--help']).stdout
    for (const opt of ['--format', '--explain', '--max-size', 'Examples:', 'Exit status']) expect(help).toContain(opt)
  })

  it('prints one FORMAT.md record per article, in input order, and exits 0', () => {
    const r = run(['analyze', '--format', 'jsonl', join(dir, 'a.txt'), join(dir, 'b.html'), join(dir, 'c.txt.gz')])
    expect(r.status).toBe(0)
    const records = r.stdout.trim().split('\n').map((l) => AnalysisSchema.parse(JSON.parse(l)))
    expect(records.map((x) => x.doc)).toEqual(['a.txt', 'b.html', 'c.txt'])
    expect(records[0]).toMatchObject({ title: 'Ruritania sets a goal', date: '2024-03-01' })
    expect(records[0].text).toContain('net zero emissions by 2050')
  })

  it('reads folders recursively in sorted order, and stdin', () => {
    const r = run(['analyze', '--format', 'json', dir])
    expect(JSON.parse(r.stdout).map((x: { doc: string }) => x.doc)).toEqual(['a.txt', 'b.html', 'c.txt'])
    const s = run(['analyze', '--format', 'jsonl', '-'], 'Norway aims for a 55 percent cut in emissions by 2030.')
    expect(s.status).toBe(0)
    expect(JSON.parse(s.stdout).doc).toBe('stdin')
  })

  it('reports bad files on stderr, goes on, and exits 2 when some failed', () => {
    const r = run(['analyze', '--format', 'jsonl', join(dir, 'empty.txt'), join(dir, 'a.txt'), join(dir, 'missing.txt')])
    expect(r.status).toBe(2)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    const errs = r.stderr.trim().split('\n')
    expect(errs).toHaveLength(2)
    expect(errs[0]).toContain('empty.txt: empty file')
    expect(errs[1]).toContain('missing.txt: cannot read: no such file')
  })

  it('exits 1 when nothing succeeded, and honours --max-size', () => {
    const r = run(['analyze', '--max-size', '10', join(dir, 'a.txt')])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/a\.txt: over the size limit/)
  })

  it('prints a table for a person by default', () => {
    const r = run(['analyze', join(dir, 'a.txt')])
    expect(r.stdout).toContain('title: Ruritania sets a goal')
    expect(r.stdout).toMatch(/pledges \(\d+\)/)
  })
})
