import { plain, themeFor, type Theme } from '../ui/theme.js';
import { wrapLines } from '../ui/wrap-lines.js';

/** Where a command writes: injected so in-process tests can read what it printed. */
export interface CommandIo {
  /** Text for people: wrapped to the terminal's width when stdout is one. */
  out(text: string): void;
  /** Text for programs (JSON, annotations): written exactly as given. */
  data(text: string): void;
  err(text: string): void;
  theme: Theme;
  /** Standard error's theme: stderr may be a terminal while stdout is piped, or the reverse. */
  errTheme: Theme;
}

const forTerminal = (stream: NodeJS.WriteStream, text: string): string => (stream.isTTY ? wrapLines(text, stream.columns || 80) : text);

export const processIo = (): CommandIo => ({
  out: (text) => void process.stdout.write(`${forTerminal(process.stdout, text)}\n`),
  data: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${forTerminal(process.stderr, text)}\n`),
  theme: themeFor(process.stdout),
  errTheme: themeFor(process.stderr),
});

/** Collects output in memory, without colour. */
export function memoryIo(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), data: (t) => void stdout.push(t), err: (t) => void stderr.push(t), theme: plain, errTheme: plain };
}
