import { describe, expect, it } from 'vitest';
import { colorLevel, themeFor } from '../../src/ui/theme.js';

const tty = true;
const argv = ['node', 'dea', 'decks'];

describe('colour conventions', () => {
  it('is on in a terminal with nothing set', () => {
    expect(colorLevel(tty, {}, argv)).toBeGreaterThan(0);
    expect(themeFor({ isTTY: true }, {}, argv).bold('x')).not.toBe('x');
  });
  it('is off with NO_COLOR, whatever its value', () => {
    for (const value of ['1', '', 'false']) expect(colorLevel(tty, { NO_COLOR: value }, argv)).toBe(0);
  });
  it('is off with --no-color, even with FORCE_COLOR', () => {
    expect(colorLevel(tty, { FORCE_COLOR: '1' }, [...argv, '--no-color'])).toBe(0);
  });
  it('is off with TERM=dumb', () => {
    expect(colorLevel(tty, { TERM: 'dumb' }, argv)).toBe(0);
  });
  it('is off when the stream is not a terminal', () => {
    expect(colorLevel(false, {}, argv)).toBe(0);
    expect(themeFor({ isTTY: false }, {}, argv).bold('x')).toBe('x');
  });
  it('is on with FORCE_COLOR, even piped or with NO_COLOR; FORCE_COLOR=0 turns it off', () => {
    expect(colorLevel(false, { FORCE_COLOR: '1' }, argv)).toBe(1);
    expect(colorLevel(false, { FORCE_COLOR: '3', NO_COLOR: '1' }, argv)).toBe(3);
    expect(colorLevel(tty, { FORCE_COLOR: '0' }, argv)).toBe(0);
    expect(colorLevel(tty, { FORCE_COLOR: 'false' }, argv)).toBe(0);
  });
});
