/**
 * A 64-bit hash of a string, as 16 hex digits: two 32-bit multiply-xor lanes mixed at the end
 * (the cyrb53 construction, widened to both lanes). It names and checks derived files (the deck
 * and state caches, a corrupt file's copy), where a match is only ever a file dea wrote itself,
 * so it needs spread, not resistance to an attacker. node:crypto's sha256 did this before;
 * loading node:crypto (18 internal modules) cost 5 ms or more of every start, far more than the
 * hashing, and nothing else on the study path needs it.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex8(h2) + hex8(h1);
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
