import { describe, expect, it } from 'vitest';
import { neutralize } from '../../src/core/sanitize.js';

describe('neutralize', () => {
  it('makes ANSI escapes, control and bidi characters visible and inert', () => {
    expect(neutralize('a\u001b[31mred\u0007\u202Eb')).toBe('a␛[31mred\\u{7}\\u{202e}b');
  });

  it('keeps newlines, tabs and ordinary Unicode', () => {
    expect(neutralize('line\n\tcafé – ✔')).toBe('line\n\tcafé – ✔');
  });
});
