import { plain, themeFor, type Theme } from '../ui/theme.js';

/** Where a command writes: injected so in-process tests can read what it printed. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  theme: Theme;
  /** Standard error's theme: stderr may be a terminal while stdout is piped, or the reverse. */
  errTheme: Theme;
}

export const processIo = (): CommandIo => ({
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
  theme: themeFor(process.stdout),
  errTheme: themeFor(process.stderr),
});

/** Collects output in memory, without colour. */
export function memoryIo(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), theme: plain, errTheme: plain };
}
