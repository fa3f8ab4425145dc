import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { PledgewatchError } from '../errors.js'

/**
 * One process per embedded data folder (issue 15, item 1). PGlite is a whole
 * PostgreSQL in one process with no shared memory between processes: two of
 * them on one folder each believe they own it, and rows written by one are
 * lost or duplicated by the other. So every process that opens the folder
 * takes this lock first, and a second one stops at once, naming the holder.
 */
export const LOCK_FILE = 'pledgewatch.lock'

/** What the lock file says about its holder. */
export interface LockHolder {
  readonly pid: number
  readonly command: string
  readonly host: string
  /** The kernel's boot id: a pid from before a reboot is no one's. */
  readonly boot: string | null
  readonly since: string
  /** Where the holder serves the register (`serve` adds it once it listens). */
  readonly url?: string
}

export interface FolderLock {
  readonly path: string
  /** Records where the holder can be reached (shown to the next process that tries). */
  note(fields: { url: string }): void
  /** Removes the lock if it is still ours. Idempotent. */
  release(): void
}

/**
 * Takes the lock of `dir` (which must exist) or throws E_FOLDER_LOCKED naming
 * the live holder. A lock left by a process that died (same host, pid gone or
 * from an earlier boot) is taken over.
 * @example const lock = lockDataFolder('.pledgewatch'); try { … } finally { lock.release() }
 */
export function lockDataFolder(dir: string, command = describeCommand()): FolderLock {
  const path = join(dir, LOCK_FILE)
  const me: LockHolder = { pid: process.pid, command, host: hostname(), boot: bootId(), since: new Date().toISOString() }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(path, me)) return heldLock(path, me)
    const holder = readHolder(path)
    if (holder === 'missing') continue // released between our two looks: try again
    if (holder !== 'unreadable' && isAlive(holder)) throw lockedError(dir, path, holder)
    // 1. A dead holder's (or a torn, unreadable) lock: only one process may replace it, so
    //    the replacement is itself guarded by an exclusive file; losers go round again.
    const guard = `${path}.takeover`
    if (!createExclusive(guard, me)) {
      const g = readHolder(guard)
      if (g === 'missing' || g === 'unreadable' || !isAlive(g)) safeUnlink(guard)
      continue
    }
    try {
      // 2. Still the same stale lock? Then put ours in its place in one atomic rename.
      const again = readHolder(path)
      if (again !== 'missing' && again !== 'unreadable' && isAlive(again)) throw lockedError(dir, path, again)
      const tmp = `${path}.${process.pid}.tmp`
      writeWhole(tmp, me, 'w')
      renameSync(tmp, path)
      return heldLock(path, me)
    } finally {
      safeUnlink(guard)
    }
  }
  throw new PledgewatchError('E_FOLDER_LOCKED', { dir, holder: 'another process (the lock changed hands repeatedly)', hint: wayOut(undefined) })
}

/** The locks this process holds, by lock file path, so `serve` can note its URL in its own. */
const held = new Map<string, FolderLock>()

/** Adds `fields` to the lock this process holds on `dir`, if it holds one. */
export function noteFolderLock(dir: string, fields: { url: string }): void {
  held.get(join(dir, LOCK_FILE))?.note(fields)
}

function heldLock(path: string, me: LockHolder): FolderLock {
  let current = me
  let holding = true
  // Exit without close() (an uncaught error, process.exit): still no lock left behind.
  const onExit = () => release()
  process.once('exit', onExit)
  function release() {
    if (!holding) return
    holding = false
    held.delete(path)
    process.off('exit', onExit)
    const h = readHolder(path)
    if (h !== 'missing' && h !== 'unreadable' && h.pid === process.pid && h.since === current.since) safeUnlink(path)
  }
  const lock: FolderLock = {
    path,
    note(fields) {
      if (!holding) return
      current = { ...current, ...fields }
      const tmp = `${path}.${process.pid}.tmp`
      writeWhole(tmp, current, 'w')
      renameSync(tmp, path)
    },
    release,
  }
  held.set(path, lock)
  return lock
}

/** Creates `path` holding `holder`, atomically and only if it does not exist (link(2) never replaces). */
function createExclusive(path: string, holder: LockHolder): boolean {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  writeWhole(tmp, holder, 'wx')
  try {
    linkSync(tmp, path)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  } finally {
    safeUnlink(tmp)
  }
}

function writeWhole(path: string, holder: LockHolder, flags: string): void {
  const fd = openSync(path, flags, 0o644)
  try {
    writeSync(fd, JSON.stringify(holder) + '\n')
  } finally {
    closeSync(fd)
  }
}

function readHolder(path: string): LockHolder | 'missing' | 'unreadable' {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable'
  }
  try {
    const h = JSON.parse(text) as LockHolder
    return Number.isInteger(h.pid) && typeof h.host === 'string' ? h : 'unreadable'
  } catch {
    return 'unreadable'
  }
}

/**
 * Whether the holder may still be running. Another host's process cannot be
 * checked, so it counts as alive (the message says how to clear it).
 */
function isAlive(h: LockHolder): boolean {
  if (h.host !== hostname()) return true
  const boot = bootId()
  if (boot && h.boot && boot !== h.boot) return false
  try {
    process.kill(h.pid, 0)
    return true
  } catch (err) {
    // EPERM: the pid exists but belongs to another user, so it is alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  } catch {
    return null
  }
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // already gone
  }
}

function lockedError(dir: string, path: string, h: LockHolder): PledgewatchError {
  const where = h.host === hostname() ? '' : ` on ${h.host}`
  const holder = `process ${h.pid}${where} (${h.command}, since ${h.since})`
  const stale = h.host === hostname() ? '' : `; if that process is gone, delete ${path}`
  return new PledgewatchError('E_FOLDER_LOCKED', { dir, holder, hint: wayOut(h.url) + stale })
}

function wayOut(url: string | undefined): string {
  const to = url ?? 'http://127.0.0.1:8080'
  return `stop it; or, if it is \`pledgewatch serve\`, send articles to it with \`pledgewatch ingest --to ${to} FILES\` (PLEDGEWATCH_TOKEN set as for the server) and read through its API; or use a PostgreSQL server (DATABASE_URL), which many processes may share`
}

/** `pledgewatch serve --data x`: the command line as a person would recognise it. */
function describeCommand(): string {
  const args = process.argv.slice(2).map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)))
  return ['pledgewatch', ...args].join(' ').slice(0, 300)
}
