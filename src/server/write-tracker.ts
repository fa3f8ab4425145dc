/**
 * Counts this process's writes to the register, for the answer cache (cache.ts)
 * when the app is the register's only writer. `finished` is the version; the
 * generation moves when a write starts and when it ends, so an answer computed
 * across either may mix two states of the register and is served, not kept.
 */
export class WriteTracker {
  finished = 0
  writing = 0
  generation = 0

  /** Runs one write (a store transaction) inside the tracked window. */
  async during<T>(write: () => Promise<T>): Promise<T> {
    this.writing++
    this.generation++
    try {
      return await write()
    } finally {
      this.writing--
      this.generation++
      this.finished++
    }
  }
}
