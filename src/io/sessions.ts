import { unlinkSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isAlive } from './file-lock.js';

/**
 * Who else is studying from this progress file: each drill, quiz or exam leaves
 * `<file>.session-<pid>` (command, host, start) for as long as it runs. Markers of processes
 * that are gone are removed by the next session; one on another host counts for 12 hours.
 */
export interface SessionInfo {
  pid: number;
  host: string;
  command: string;
  since: string;
}

const FOREIGN_MS = 12 * 3600_000;

export async function joinSessions(file: string, command: string, now: Date): Promise<SessionInfo[]> {
  const dir = dirname(file);
  const prefix = `${basename(file)}.session-`;
  const others: SessionInfo[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || name === `${prefix}${process.pid}`) continue;
    const info = parse(await readFile(join(dir, name), 'utf8').catch(() => ''));
    const live = info && (info.host === hostname() ? isAlive(info.pid) : now.getTime() - Date.parse(info.since) < FOREIGN_MS);
    if (live) others.push(info);
    else await rm(join(dir, name), { force: true });
  }
  const mine = markerOf(file);
  const me: SessionInfo = { pid: process.pid, host: hostname(), command, since: now.toISOString() };
  await writeFile(mine, JSON.stringify(me), { mode: 0o600 }).catch(() => undefined);
  if (ours.size === 0) process.once('exit', removeOurs);
  ours.add(mine);
  return others;
}

/** The session is over: its marker goes (the exit hook is the backstop for a crash). */
export async function leaveSession(file: string): Promise<void> {
  const mine = markerOf(file);
  ours.delete(mine);
  if (ours.size === 0) process.removeListener('exit', removeOurs);
  await rm(mine, { force: true });
}

const markerOf = (file: string): string => join(dirname(file), `${basename(file)}.session-${process.pid}`);
/** This process's markers, removed on exit by one listener however many sessions ran. */
const ours = new Set<string>();

function removeOurs(): void {
  for (const marker of ours) {
    try {
      unlinkSync(marker);
    } catch { /* already gone */ }
  }
}

function parse(text: string): SessionInfo | undefined {
  try {
    const v = JSON.parse(text) as SessionInfo;
    return Number.isInteger(v.pid) && typeof v.host === 'string' && typeof v.command === 'string' && typeof v.since === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}
