import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { DeaError } from '../core/errors.js';

/**
 * An exclusive lock beside `target` (`<target>.lock`, holding "pid@host"). A lock whose owner
 * is dead on this host is broken at once, so a dea killed mid-answer never makes the next one
 * wait; an owner on another host (a shared folder) counts as gone after STALE_FOREIGN_MS.
 * Breaking goes through `<target>.lock.break`, so two waiters cannot both break it and then
 * both hold it.
 */
const STALE_FOREIGN_MS = 60_000;
const STALE_EMPTY_MS = 2_000;
const STALE_BREAK_MS = 5_000;
const ME = `${process.pid}@${hostname()}`;

export async function withFileLock<T>(target: string, work: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const lock = `${target}.lock`;
  await acquire(lock, target, Date.now() + timeoutMs);
  try {
    return await work();
  } finally {
    if ((await readFile(lock, 'utf8').catch(() => '')) === ME) await unlink(lock).catch(() => undefined);
  }
}

async function acquire(lock: string, target: string, deadline: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      await handle.writeFile(ME);
      await handle.close();
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (await isStale(lock)) await breakLock(lock);
    else if (Date.now() > deadline) {
      throw new DeaError('PROGRESS_LOCKED', `progress file ${target} is locked by another dea process (${await readFile(lock, 'utf8').catch(() => '?')})`, `wait for it to finish; if no dea is running, delete ${lock}`);
    } else await sleep(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()));
  }
}

async function isStale(lock: string): Promise<boolean> {
  const [owner, info] = await Promise.all([readFile(lock, 'utf8').catch(() => undefined), stat(lock).catch(() => undefined)]);
  if (owner === undefined || !info) return false; // gone already: just try again
  const age = Date.now() - info.mtimeMs;
  const [pid, host] = owner.split('@');
  if (!pid || !host) return age > STALE_EMPTY_MS; // its owner died between creating and writing it
  if (host !== hostname()) return age > STALE_FOREIGN_MS;
  return !isAlive(Number(pid));
}

async function breakLock(lock: string): Promise<void> {
  const guard = `${lock}.break`;
  try {
    await (await open(guard, 'wx', 0o600)).close();
  } catch {
    const info = await stat(guard).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_BREAK_MS) await unlink(guard).catch(() => undefined);
    return;
  }
  try {
    if (await isStale(lock)) await unlink(lock).catch(() => undefined);
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
