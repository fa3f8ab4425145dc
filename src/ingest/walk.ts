import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises'
import type { Dirent, Stats } from 'node:fs'
import { join } from 'node:path'
import { PledgewatchError, failure, type Failure } from '../errors.js'

/** A file to read, or an entry that cannot be read, reported in its place. */
export type InputEntry = string | Failure

/**
 * Expands paths into input files: files as given, folders recursively in
 * sorted order (hidden entries skipped), `-` for stdin. A missing path is
 * kept so that reading it reports the error in its place. Never throws: inside
 * folders (issue 15, item 3),
 * 1. an unreadable folder is one failure and the walk goes on;
 * 2. symbolic links are followed, to files and to folders;
 * 3. a dangling link, a link back into an enclosing folder (a loop), and a
 *    FIFO, socket or device are one failure each: reading a FIFO would block.
 * @example for (const e of await expandPaths(['news/'])) if (typeof e !== 'string') report(e)
 */
export async function expandPaths(paths: readonly string[]): Promise<InputEntry[]> {
  const out: InputEntry[] = []
  for (const p of paths) {
    if (p === '-') {
      out.push(p)
      continue
    }
    const info = await stat(p).catch(() => null)
    if (info?.isDirectory()) await walk(p, [await realpath(p).catch(() => p)], out)
    else out.push(p)
  }
  return out
}

async function walk(dir: string, ancestors: readonly string[], out: InputEntry[]): Promise<void> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (err) {
    out.push(failure(dir, new PledgewatchError('E_UNREADABLE', { reason: `${describeFsError(err)} (folder skipped)` })))
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const full = join(dir, e.name)
    if (e.isDirectory()) await walk(full, [...ancestors, await realpath(full).catch(() => full)], out)
    else if (e.isFile()) out.push(full)
    else if (e.isSymbolicLink()) await followLink(full, ancestors, out)
    else out.push(skipped(full, await lstat(full).catch(() => null)))
  }
}

async function followLink(link: string, ancestors: readonly string[], out: InputEntry[]): Promise<void> {
  let target: Stats
  try {
    target = await stat(link)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const to = await readlink(link).catch(() => '?')
    if (code === 'ENOENT' || code === 'ENOTDIR') out.push(notAFile(link, `a dangling symbolic link (to ${to}, which does not exist)`))
    else if (code === 'ELOOP') out.push(notAFile(link, `a symbolic link loop (${to} leads back to itself)`))
    else out.push(failure(link, new PledgewatchError('E_UNREADABLE', { reason: describeFsError(err) })))
    return
  }
  if (target.isFile()) out.push(link)
  else if (target.isDirectory()) {
    const real = await realpath(link).catch(() => link)
    if (ancestors.includes(real)) out.push(notAFile(link, `a symbolic link loop (to ${real}, a folder that contains it)`))
    else await walk(link, [...ancestors, real], out)
  } else out.push(skipped(link, target))
}

function skipped(path: string, info: Stats | null): Failure {
  const what = !info ? 'not a regular file' : info.isFIFO() ? 'a FIFO (named pipe), not a file' : info.isSocket() ? 'a socket, not a file' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device, not a file' : 'not a regular file'
  return notAFile(path, what)
}

const notAFile = (path: string, reason: string) => failure(path, new PledgewatchError('E_NOT_A_FILE', { reason }))

/** The reason of a file-system error in words (`permission denied`), without the path Node adds. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'too many levels of symbolic links'
    default:
      return e.message ?? String(err)
  }
}
