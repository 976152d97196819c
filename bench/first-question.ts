// Launch to first question of `dea drill` and `dea quiz` in a pseudo-terminal (script(1)), with
// 0, 10k, 100k and 300k reviews of the shipped items, against a node script that prints one
// question the same way. Run by `npm run bench` (via tsx). Also: session end and peak memory.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { studyItems } from '../src/core/items.js';
import { emptyProgress, serializeProgress } from '../src/core/progress.js';
import type { Review } from '../src/core/review-log.js';
import { loadDecks, studyableCards } from '../src/io/load-decks.js';
import { BIN, median, report, ROOT } from './util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const sh = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** ms from spawn until `marker` appears on the pseudo-terminal; the process is killed `hold` ms later. */
function untilShown(args: string[], marker: RegExp, env: Record<string, string>, hold = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', [process.execPath, ...args].map(sh).join(' '), '/dev/null'], { env: { ...process.env, ...env, COLUMNS: '100', LINES: '40' }, detached: true });
    let seen = '';
    let shown = false;
    const timer = setTimeout(() => { stop(); reject(new Error(`no ${marker} after 60 s:\n${seen.slice(-2000)}`)); }, 60_000);
    const stop = () => { clearTimeout(timer); try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } };
    child.stdout.on('data', (d: Buffer) => {
      seen += d.toString();
      if (!shown && marker.test(seen)) {
        shown = true;
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        clearTimeout(timer);
        setTimeout(() => { stop(); resolve(ms); }, hold);
      }
    });
  });
}

/**
 * Median wall time of `args` and of the baseline script, run alternately after one warm-up of
 * each, so that load from other work on a shared machine hits both alike. The warm-up stays on
 * its first question for 1.5 s, as a user reading it does: dea writes its code cache then.
 */
async function pairedMedians(args: string[], marker: RegExp, env: Record<string, string>): Promise<{ ms: number; base: number }> {
  await untilShown(baseline, BASELINE_MARK, {});
  await untilShown(args, marker, env, 1500);
  const xs: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bs.push(await untilShown(baseline, BASELINE_MARK, {}));
    xs.push(await untilShown(args, marker, env));
  }
  return { ms: median(xs), base: median(bs) };
}

const loaded = await loadDecks([join(ROOT, 'decks')]);
const ids = studyItems(studyableCards(loaded)).map((i) => i.id);
const ratings: Review['rating'][] = ['good', 'good', 'again', 'good', 'hard', 'easy', 'good'];
/** `n` reviews spread over the shipped items, one every 90 s up to an hour ago. */
function history(n: number): Review[] {
  const end = Date.now() - 3_600_000;
  return Array.from({ length: n }, (_, k) => ({
    item: ids[(k * 7919) % ids.length]!, at: new Date(end - (n - k) * 90_000).toISOString(),
    rating: ratings[k % ratings.length]!, mode: 'drill', answer: 'self', ms: 4000,
  }));
}

const dir = mkdtempSync(join(tmpdir(), 'dea-bench-first-'));
const QUESTION = /Space or Enter: show the answer|A–[DEF] or 1–[456]/;
/** A node script printing one question the same way: the baseline every measure is paired with. */
const baseline = [join(dir, 'baseline.mjs')];
const BASELINE_MARK = /A–D or 1–4/;
try {
  writeFileSync(baseline[0]!, "process.stdout.write('Question 1 of 10\\nWhich service fits?\\n ○ A. one\\n\\nA–D or 1–4 choose\\n');\n");
  const sizes = (process.env.BENCH_SIZES ?? '0,10000,100000,300000').split(',').map(Number);
  for (const n of sizes) {
    const file = join(dir, `p-${n}.json`);
    writeFileSync(file, serializeProgress({ ...emptyProgress(), reviews: history(n) }));
    for (const command of ['drill', 'quiz']) {
      const { ms, base } = await pairedMedians([BIN, command, '--progress', file], QUESTION, { XDG_CACHE_HOME: join(dir, 'cache') });
      report(`${command} to first question, ${n / 1000}k reviews`, (ms / base).toFixed(2), '×', `≤ ${n === 0 ? 2 : 3}× (${ms.toFixed(0)} vs ${base.toFixed(0)} ms)`);
    }
  }
  // Peak memory and wall time of the commands that start as a session does (the cache is warm).
  for (const n of sizes.filter((x) => x >= 100_000)) {
    const file = join(dir, `p-${n}.json`);
    for (const args of [['due'], []]) {
      const t = process.hrtime.bigint();
      const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args, '--progress', file], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
      const rss = Math.round(Number(r.stderr.trim().split('\n').at(-1)) / 1024);
      report(`dea ${args[0] ?? '(status)'}, ${n / 1000}k reviews: peak RSS`, String(rss), 'MiB', `≤ 150 MiB (${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
