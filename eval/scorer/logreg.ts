import type { Features } from './features.js'

/** A logistic regression over named features: weight per name (the bias is the feature `bias`). */
export type Weights = Record<string, number>

/**
 * Fits weights by plain full-batch gradient descent on the mean log loss plus an L2 penalty
 * (the bias is penalised too: with a few hundred rows no feature name is trusted on its own).
 * Written here rather than taken from a library: the model is a dozen lines and the project
 * takes no dependency for it (issue 13, item 8).
 */
export function fit(rows: readonly Features[], labels: readonly number[], l2 = 0.1, epochs = 3000, rate = 0.5): Weights {
  // Names to indices once: the loop below runs over typed arrays (a few thousand rows, thousands of epochs).
  const names = [...new Set(rows.flatMap((f) => Object.keys(f)))]
  const at = new Map(names.map((k, i) => [k, i]))
  const sparse = rows.map((f) => Object.entries(f).map(([k, v]) => [at.get(k)!, v] as const))
  const w = new Float64Array(names.length)
  const grad = new Float64Array(names.length)
  const n = rows.length
  for (let e = 0; e < epochs; e++) {
    for (let k = 0; k < w.length; k++) grad[k] = l2 * w[k]
    sparse.forEach((f, i) => {
      let z = 0
      for (const [k, v] of f) z += w[k] * v
      const err = 1 / (1 + Math.exp(-z)) - labels[i]
      for (const [k, v] of f) grad[k] += (err * v) / n
    })
    for (let k = 0; k < w.length; k++) w[k] -= rate * grad[k]
  }
  return Object.fromEntries(names.map((k, i) => [k, w[i]]))
}

/** The probability the weights give a row (names the weights never saw count nothing). */
export function predict(w: Weights, f: Features): number {
  let z = 0
  for (const [k, v] of Object.entries(f)) z += (w[k] ?? 0) * v
  return 1 / (1 + Math.exp(-z))
}
