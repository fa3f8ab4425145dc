/**
 * A sleep that something else can cut short: a loop waits on it between
 * rounds, and `wake()` (new work, or stopping) ends every current wait at once.
 */
export class Waker {
  private waiters = new Set<() => void>()

  /** Resolves after `ms`, or sooner when woken. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.waiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, Math.max(0, ms))
      this.waiters.add(done)
    })
  }

  wake(): void {
    for (const w of [...this.waiters]) w()
  }
}
