import { stripVTControlCharacters } from 'node:util';

const visible = (s: string): number => stripVTControlCharacters(s).length;

/**
 * Text for a terminal `width` columns wide: a longer line breaks between words, and its
 * continuation keeps the line's indentation, so nothing breaks mid-word as a terminal does.
 * Colour codes are not counted; a single word longer than the width is left to the terminal.
 */
export function wrapLines(text: string, width: number): string {
  return text.split('\n').map((line) => wrapLine(line, width)).join('\n');
}

function wrapLine(line: string, width: number): string {
  if (width < 20 || visible(line) <= width) return line;
  const indent = /^ */.exec(line)![0];
  const out: string[] = [];
  let current = '';
  for (const word of line.slice(indent.length).split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (current && visible(indent) + visible(next) > width) {
      out.push(indent + current);
      current = word;
    } else current = next;
  }
  out.push(indent + current);
  return out.join('\n');
}
