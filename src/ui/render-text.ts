import wrapAnsi from 'wrap-ansi';
import { neutralize } from '../core/sanitize.js';
import type { Theme } from './theme.js';

/**
 * Deck text for the terminal: control characters neutralised first, then the Markdown people
 * actually write in cards (**bold**, *emphasis*, `code`), then wrapped to the width.
 */
export function renderText(text: string, t: Theme, width: number, indent = ''): string {
  const styled = neutralize(text)
    .replace(/\*\*([^*\n]+)\*\*/g, (_m, s: string) => t.bold(s))
    .replace(/(^|[^*\w])\*([^*\n]+)\*(?!\w)/g, (_m, pre: string, s: string) => pre + t.italic(s))
    .replace(/`([^`\n]+)`/g, (_m, s: string) => t.cyan(s));
  // Each source line wraps on its own, keeping its indentation (policies, code); the space at a
  // wrap point is dropped so continuation lines start flush.
  const wrapped = styled.split('\n')
    .map((line) => wrapAnsi(line, Math.max(20, width - indent.length), { hard: true, trim: false }).split('\n').map((l, i) => (i === 0 ? l : l.replace(/^ /, ''))).join('\n'))
    .join('\n');
  return indent ? wrapped.split('\n').map((l) => indent + l).join('\n') : wrapped;
}

/** Terminal width for rendering, kept readable on very wide terminals. */
export const readableWidth = (columns: number | undefined): number => Math.min(columns ?? 80, 100);
