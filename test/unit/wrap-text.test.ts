import { describe, expect, it } from 'vitest';
import { visibleWidth } from '../../src/ui/text-width.js';
import { wrapStyledLine } from '../../src/ui/wrap-text.js';
import { readableWidth } from '../../src/ui/render-text.js';

const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('terminal width of text', () => {
  it('counts ASCII, accents, wide CJK and emoji, and no escapes or combining marks', () => {
    expect(visibleWidth('Kinesis')).toBe(7);
    expect(visibleWidth('\x1b[1mbold\x1b[22m')).toBe(4);
    expect(visibleWidth('café – ≤ 5 MB')).toBe(13);
    expect(visibleWidth('データ')).toBe(6);
    expect(visibleWidth('e\u0301')).toBe(1);
    expect(visibleWidth('🚀')).toBe(2);
  });
});

describe('wrapping one styled line', () => {
  it('breaks between words at the full width and drops the spaces at a break', () => {
    const rows = wrapStyledLine('How can AppFlow pull data from a REST API that has no built-in connector?', 20);
    expect(rows).toEqual(['How can AppFlow pull', 'data from a REST API', 'that has no built-in', 'connector?']);
  });
  it('keeps a short line and its spaces as they are', () => {
    expect(wrapStyledLine('  two  spaces', 40)).toEqual(['  two  spaces']);
  });
  it('keeps the leading indentation on the first row only', () => {
    expect(wrapStyledLine('    indented words that wrap here', 20)).toEqual(['    indented words', 'that wrap here']);
  });
  it('cuts a word wider than a row', () => {
    const rows = wrapStyledLine('see ApproximateCreationDateTime now', 20);
    expect(rows).toEqual(['see', 'ApproximateCreationD', 'ateTime now']);
  });
  it('never exceeds the width with wide characters', () => {
    const rows = wrapStyledLine('データ分析の パイプラインを 構築する 方法 について', 12);
    expect(rows.every((r) => visibleWidth(r) <= 12)).toBe(true);
    expect(rows.join('').replace(/ /g, '')).toBe('データ分析のパイプラインを構築する方法について');
  });
  it('closes a style at a break and opens it again on the next row', () => {
    const bold = '\x1b[1mserver-side encryption with KMS keys\x1b[22m';
    const rows = wrapStyledLine(`Use ${bold} here`, 20);
    expect(rows.map(strip)).toEqual(['Use server-side', 'encryption with KMS', 'keys here']);
    expect(rows[0]).toBe('Use \x1b[1mserver-side\x1b[22m');
    expect(rows[1]).toBe('\x1b[1mencryption with KMS\x1b[22m');
    expect(rows[2]).toBe('\x1b[1mkeys\x1b[22m here');
  });
  it('carries a colour and a modifier together, and nothing after they close', () => {
    const rows = wrapStyledLine('\x1b[36m\x1b[3mone two three\x1b[23m\x1b[39m four five six seven', 10);
    expect(rows[0]).toBe('\x1b[36m\x1b[3mone two\x1b[23m\x1b[39m');
    expect(rows[1]).toBe('\x1b[36m\x1b[3mthree\x1b[23m\x1b[39m four');
    expect(rows.slice(2).every((r) => !r.includes('\x1b'))).toBe(true);
  });
});

describe('rendering width', () => {
  it('takes 80 columns from a terminal that reports none or 0, and at most 100', () => {
    expect(readableWidth(undefined)).toBe(80);
    expect(readableWidth(0)).toBe(80);
    expect(readableWidth(60)).toBe(60);
    expect(readableWidth(200)).toBe(100);
  });
});
