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
