import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/dea', import.meta.url));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

export const report = (name, value, unit, target) =>
  console.log(`${name.padEnd(44)} ${String(value).padStart(10)} ${unit.padEnd(8)} ${target ? `target ${target}` : ''}`);

/** Medians of two commands run alternately, so drift in machine load hits both alike. */
export function timeInterleaved(a, b, runs = 25, env = {}) {
  const once = (args) => {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env: { ...process.env, NO_COLOR: '1', ...env } });
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
