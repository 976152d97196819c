// `npm run bench`: performance figures, kept out of `npm test` (shared, noisy machines).
await import('./startup-lint.mjs');
