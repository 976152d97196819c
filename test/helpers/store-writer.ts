/**
 * A child process for the durability tests: appends reviews to a progress store as fast as it
 * can, folding now and then, and prints "ack <n>" once each append has resolved (is on disk).
 * argv: <file> <prefix> <count> <foldEvery>
 */
import { ProgressStore } from '../../src/io/progress-store.js';

const [file, prefix, countText, foldEveryText] = process.argv.slice(2);
const store = new ProgressStore(file!);
const count = Number(countText);
const foldEvery = Number(foldEveryText);
for (let n = 0; n < count; n++) {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
  await store.append({ type: 'review', review: { item: `${prefix}-${n}`, at, rating: 'good', mode: 'drill', answer: 'self', ms: n } });
  process.stdout.write(`ack ${n}\n`);
  if (foldEvery > 0 && n % foldEvery === foldEvery - 1) await store.fold();
}
process.stdout.write('done\n');
