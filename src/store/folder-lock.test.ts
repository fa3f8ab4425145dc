import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCK_FILE, lockDataFolder, noteFolderLock } from './folder-lock.js'
import { openDb } from './open.js'

const fresh = () => mkdtempSync(join(tmpdir(), 'pw-lock-'))
/** The pid of a process that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!

describe('lockDataFolder', () => {
  it('lets one holder in, names it to the next, and frees the folder on release', () => {
    const dir = fresh()
    const lock = lockDataFolder(dir, 'pledgewatch serve --data x')
    expect(() => lockDataFolder(dir, 'pledgewatch ingest')).toThrow(new RegExp(`in use by process ${process.pid} \\(pledgewatch serve --data x, since .*\\).*ingest --to http://127\\.0\\.0\\.1:8080.*DATABASE_URL`))
    noteFolderLock(dir, { url: 'http://127.0.0.1:9999' })
    expect(() => lockDataFolder(dir)).toThrow(/ingest --to http:\/\/127\.0\.0\.1:9999 FILES/)
    lock.release()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
    lockDataFolder(dir).release()
  })

  it("takes over the lock of a process that died, and a torn lock file", () => {
    const dir = fresh()
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), command: 'pledgewatch ingest', host: hostname(), boot: null, since: '2020-01-01T00:00:00Z' }))
    const lock = lockDataFolder(dir)
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid)
    lock.release()
    writeFileSync(join(dir, LOCK_FILE), '{"pid": 12')
    lockDataFolder(dir).release()
  })

  it("counts another host's lock as held, and says how to clear it", () => {
    const dir = fresh()
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), command: 'pledgewatch serve', host: 'elsewhere.example', boot: null, since: '2020-01-01T00:00:00Z' }))
    expect(() => lockDataFolder(dir)).toThrow(/on elsewhere\.example .*if that process is gone, delete .*pledgewatch\.lock/)
  })

  it('guards openDb: a second open of one folder fails at once, even in the same process', async () => {
    const dir = fresh()
    const db = await openDb({ data: dir }, {})
    try {
      await expect(openDb({ data: dir }, {})).rejects.toMatchObject({ code: 'E_FOLDER_LOCKED' })
    } finally {
      await db.close()
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
    await (await openDb({ data: dir }, {})).close()
  })
})
