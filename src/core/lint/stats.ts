/**
 * P(X ≥ x) where X is the number of successes in independent trials with probabilities `ps`
 * (Poisson-binomial; exact, by dynamic programming). Used to tell a real item-writing cue from
 * chance in a deck of a few dozen items.
 */
export function upperTail(ps: readonly number[], x: number): number {
  // dist[k] = P(k successes so far), updated in place from the top so each entry is read once.
  const dist = new Float64Array(ps.length + 1);
  dist[0] = 1;
  ps.forEach((p, n) => {
    for (let k = n; k >= 0; k--) {
      dist[k + 1]! += dist[k]! * p;
      dist[k]! *= 1 - p;
    }
  });
  let tail = 0;
  for (let k = Math.max(0, x); k < dist.length; k++) tail += dist[k]!;
  return tail;
}

/**
 * Whether P(X ≥ x) is certainly at least `floor`, by Cantelli's inequality (no exact sum):
 * P(X ≤ x − 1) ≤ σ² / (σ² + d²) with d = μ − x + 1 > 0. The deck-wide cue rules ask this
 * first, because the exact tail costs a pass per item over all items (quadratic in a deck's
 * size) and a count at or below the mean, which is most of them, can never be an outlier.
 */
export function tailSurelyAtLeast(ps: readonly number[], x: number, floor: number): boolean {
  let mean = 0;
  let variance = 0;
  for (const p of ps) { mean += p; variance += p * (1 - p); }
  const d = mean - x + 1;
  if (d <= 0) return false;
  return (d * d) / (variance + d * d) >= floor;
}
