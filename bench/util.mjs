import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/dea', import.meta.url));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Wall time of a command in ms, median of `runs` after one warm-up. */
export function timeCommand(args, { runs = 15, env = {} } = {}) {
  const once = () => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    return { ms, status: r.status, stderr: r.stderr };
  };
  once();
  const samples = Array.from({ length: runs }, once);
  return { ms: median(samples.map((s) => s.ms)), last: samples.at(-1) };
}

export const report = (name, value, unit, target) =>
  console.log(`${name.padEnd(44)} ${String(value).padStart(10)} ${unit.padEnd(8)} ${target ? `target ${target}` : ''}`);

/** Medians of two commands run alternately, so drift in machine load hits both alike. */
export function timeInterleaved(a, b, runs = 25) {
  const once = (args) => {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' } });
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  once(a);
  once(b);
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(once(a));
    bs.push(once(b));
  }
  return [median(as), median(bs)];
}
