/**
 * Positional parameters for a statement built from parts (several CTEs in one
 * round trip: the embedded store pays a few milliseconds per statement,
 * whatever its size). Each part adds its values and gets back `$n::type`.
 * @example const ps = new Params(); sql(`select ${ps.add([1, 2], 'int[]')}`); db.query(text, ps.values)
 */
export class Params {
  readonly values: unknown[] = []

  /** Adds one value and returns its placeholder with a cast. */
  add(value: unknown, type: string): string {
    this.values.push(value)
    return `$${this.values.length}::${type}`
  }

  /** `unnest($a::t1[], $b::t2[], …) as alias(c1, c2, …)` over parallel columns. */
  unnest(alias: string, columns: Record<string, readonly [readonly unknown[], string]>): string {
    const names = Object.keys(columns)
    const args = names.map((n) => this.add(columns[n][0], `${columns[n][1]}[]`))
    return `unnest(${args.join(', ')}) as ${alias}(${names.join(', ')})`
  }
}
