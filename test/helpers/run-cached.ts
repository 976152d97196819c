// A fresh process for each run of runCached: within one process V8 reuses its own compiled copy
// of a source, and the cache on disk would never be read. Prints how the cache was used.
import { runCached } from '../../src/io/code-cache.js';

const [file, dir, name, version = '1.0.0'] = process.argv.slice(2);
const program = runCached(file!, dir === '-' ? undefined : dir, name!, version);
const answer = (program.exports.answer as () => number)();
const load = (program.exports.load as () => string)();
program.save();
process.stdout.write(JSON.stringify({ use: program.use, answer, load }));
