import { neutralize } from '../core/sanitize.js';
import type { Theme } from './theme.js';
import { wrapStyledLine } from './wrap-text.js';

/**
 * Deck text for the terminal: control characters neutralised first, then the Markdown people
 * actually write in cards (**bold**, *emphasis*, `code`), then wrapped to the width.
 */
export function renderText(text: string, t: Theme, width: number, indent = ''): string {
  const styled = neutralize(text)
    .replace(/\*\*([^*\n]+)\*\*/g, (_m, s: string) => t.bold(s))
    .replace(/(^|[^*\w])\*([^*\n]+)\*(?!\w)/g, (_m, pre: string, s: string) => pre + t.italic(s))
    .replace(/`([^`\n]+)`/g, (_m, s: string) => t.cyan(s));
  // Each source line wraps on its own, keeping its indentation (policies, code); continuation
  // lines start flush.
  const wrapped = styled.split('\n').map((line) => wrapStyledLine(line, Math.max(20, width - indent.length)).join('\n')).join('\n');
  return indent ? wrapped.split('\n').map((l) => indent + l).join('\n') : wrapped;
}

/**
 * Terminal width for rendering, kept readable on very wide terminals. A terminal that reports 0
 * columns has no size set (a pseudo-terminal opened by script(1) from a pipe, some CI runners):
 * 80 then, as for no terminal, rather than every line cut to the 20-column floor.
 */
export const readableWidth = (columns: number | undefined): number => Math.min(columns || 80, 100);
