/**
 * P(X ≥ x) where X is the number of successes in independent trials with probabilities `ps`
 * (Poisson-binomial; exact, by dynamic programming). Used to tell a real item-writing cue from
 * chance in a deck of a few dozen items.
 */
export function upperTail(ps: readonly number[], x: number): number {
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, k) => {
      next[k] = (next[k] ?? 0) + q * (1 - p);
      next[k + 1] = (next[k + 1] ?? 0) + q * p;
    });
    dist = next;
  }
  return dist.slice(Math.max(0, x)).reduce((a, b) => a + b, 0);
}
