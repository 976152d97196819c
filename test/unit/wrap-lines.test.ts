import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/ui/wrap-lines.js';

describe('wrapping printed lines to the terminal', () => {
  it('breaks between words and keeps the indentation', () => {
    const line = '  decks/domain-2/x.yaml:12:5: error: answer E refers to no option of this item at all';
    const wrapped = wrapLines(line, 40).split('\n');
    expect(wrapped.every((l) => l.length <= 40)).toBe(true);
    expect(wrapped.slice(1).every((l) => l.startsWith('  ') && !l.startsWith('   '))).toBe(true);
    expect(wrapped.join(' ').replace(/\s+/g, ' ').trim()).toBe(line.trim());
  });
  it('does not count colour codes and leaves short lines alone', () => {
    const red = '\x1b[31mword\x1b[39m';
    expect(wrapLines(`${red} ${red}`, 20)).toBe(`${red} ${red}`);
    expect(wrapLines('short\nlines', 80)).toBe('short\nlines');
  });
});
