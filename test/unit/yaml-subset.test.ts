import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Pos } from '../../src/core/model.js';
import { fastLoad } from '../../src/core/parse-yaml.js';
import { subsetLoad } from '../../src/core/yaml-subset.js';
import { parseYamlDoc } from '../../src/core/yaml-locate.js';
import { ROOT } from '../helpers/run-cli.js';

/** The position of every mapping and list, in document order. */
function positionsOf(data: unknown, positions: WeakMap<object, Pos>): Array<Pos | undefined> {
  const out: Array<Pos | undefined> = [];
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    out.push(positions.get(v));
    for (const child of Object.values(v)) walk(child);
  };
  walk(data);
  return out;
}

/**
 * The rule the subset must keep: when it returns a value, js-yaml's CORE schema (and `yaml`) give
 * the same value and fastLoad the same positions. Returns whether it fell back.
 */
function agrees(source: string): boolean {
  const sub = subsetLoad(source);
  if (!sub) return false;
  let expected: unknown;
  try {
    expected = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
  } catch (e) {
    throw new Error(`subset accepted what js-yaml refuses (${(e as Error).message.split('\n')[0]}):\n${source}`);
  }
  expect(sub.data, source).toStrictEqual(expected);
  // Markdown front matter used to be read by `yaml`: the subset must agree with it too.
  expect(sub.data, source).toStrictEqual(parseYamlDoc(source).doc.toJS());
  const fast = fastLoad(source)!;
  expect(positionsOf(sub.data, sub.positions), source).toEqual(positionsOf(fast.data, fast.positions));
  return true;
}

const deckFiles = (ext: string): string[] => {
  const dir = join(ROOT, 'decks');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => join(dir, f));
};
const frontMatterOf = (md: string): string => md.split('\n---\n')[0]!.replace(/^---\n/, '') + '\n';

/** Values a deck could hold, each written as it would follow `key: `. */
const SCALARS = [
  'plain text', '1.10', '"1.2"', "'1.2'", '0x1F', '1e3', '.inf', '-.inf', '.nan', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE',
  'false', 'yes', 'no', 'on', '0', '-0', '7', '-12', '+3', '012', '1_000', '3.', '0.5', '-0.25', '123456789012345678', '3.3.1',
  '"a \\"quoted\\" word"', '"tab\\tand\\\\slash \\u00e9 \\x41"', "'it''s'", "''", '""', '', '# only a comment', 'x # comment', 'x#not comment',
  'a: b', 'a:b', 'ends with colon:', '"key: v"', 'é ü 日本語 🙂', '[A, C]', '[]', '[ a , "b, c" , 1 ]', '[a, [b]]', '[a: b]', '[C#]', '{a: 1}',
  '{ text: A, why: "b, c" }', "{'k': 'v', n: 1.5, t: True}", '{}', '{a: }', '{a: [1]}', '{"a":b}', '{a: 1, a: 2}', '{ a: b # c }', '{a: b} x', '{a: b:c}',
  '&anchor x', '*alias', '!!str 1', '!tag x', '@at', '`tick`', '%pct', '? q', '- item', '-dash', '"unclosed', "'unclosed", 'https://x.y/z?a=b',
  '"multi', "[a, b] # c", '[a, b] c', '"x" # c', '"x"y', '|', '>-', '|+', '>2', '|-1', '| # c', '|x',
];

/** Block scalar bodies: blank lines, more-indented lines, trailing blank lines. */
const BODIES = [
  ['  one', '  two'], ['  one', '', '  two'], ['  one', '    more', '  two'], ['  one', '', '', '  two', '', ''], ['', '  after blank'],
  ['  one', '   '], ['    deep', '  shallow'], ['  a', '', '    b', '', '  c'], ['  trailing  ', '  x'], ['  # not a comment', '  -  dash'],
];
const HEADERS = ['|', '|-', '|+', '>', '>-', '>+', '|2', '>1', '|-2', '>+1', '| # note', '>- # note'];

function* generated(): Generator<string> {
  for (const v of SCALARS) {
    yield `key: ${v}\n`;
    yield `list:\n  - ${v}\n  - z\nnext: 1\n`;
    yield `cards:\n  - id: a\n    field: ${v}\n  - ${v}\n`;
    yield `- ${v}\n`;
    yield `${v}\n`;
    yield `${v}: value\n`;
  }
  for (const h of HEADERS) {
    for (const body of BODIES) {
      yield `text: ${h}\n${body.join('\n')}\nnext: 1\n`;
      yield `cards:\n  - text: ${h}\n  ${body.join('\n  ')}\n    after: x\n`;
      yield `- ${h}\n${body.join('\n')}\n`;
      yield `end: ${h}\n${body.join('\n')}`;
    }
  }
  yield* STRUCTURES;
}

const STRUCTURES = [
  'a:\n  b:\n    c: 1\n  d:\n  - x\n  - y\ne: 2\n', 'a:\n- 1\n- 2\nb: 3\n', '- - 1\n  - 2\n- 3\n', '-   q: 3\n    r: 4\n', '- a: 1\n  b:\n    - c\n',
  '"a: b": 1\n\'c d\': 2\n', 'a : 1\n', 'a:   \n\n  b: 1\n', 'k: # c\n  - 1\n', '# c\n\na: 1\n', '  a: 1\n  b: 2\n', 'a: 1\n b: 2\n', 'a:\n  b: 1\n c: 2\n',
  'a: 1\na: 2\n', '__proto__: 1\n', '<<: 1\n', 'a: 1\n---\nb: 2\n', '---\na: 1\n', 'a: 1\n...\n', '%YAML 1.2\n---\na: 1\n', 'a:\t1\n', 'a: 1\r\nb: 2\r\n',
  '\uFEFFa: 1\n', 'a: 1', 'a:\n', 'a:\n  - \n', 'a:\n  -\n  - b\n', 'a:\n  text\n', 'a: b\n  c\n', 'a: b\n  # c\nd: 1\n', '- a\n  - b\n', '? a\n: b\n',
  'a: [1,\n  2]\n', 'a: {b: 1}\n', 'a: "x\n  y"\n', '1: a\n', 'true: a\n', 'null: a\n', '~: a\n', `${'k'.repeat(1100)}: v\n`, 'a: b\n\n\n', '',
  '# only\n', 'a:\n  - b: 1\n    c: 2\n  - d: 3\n', 'a:\n    - deep\n    - deeper\n', 'a:\n  b: 1\n    c: 2\n', 'a:\n- b\n  c: 1\n',
];

/** Small deterministic edits of a document: what a person editing a deck does by mistake. */
function mutate(source: string, seed: number): string {
  const lines = source.split('\n');
  let s = seed;
  const next = (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648) % n);
  const at = next(lines.length);
  const line = lines[at]!;
  const edits = [
    () => lines.splice(at, 1),
    () => lines.splice(at, 0, line),
    () => (lines[at] = ` ${line}`),
    () => (lines[at] = line.slice(1)),
    () => (lines[at] = line.replace('- ', '-')),
    () => (lines[at] = line.replace(': ', ':  # c\n  ')),
    () => (lines[at] = `${line} # trailing`),
    () => (lines[at] = line.replace(/: .*/, `: ${SCALARS[next(SCALARS.length)]}`)),
    () => (lines[at] = line.replace(/"/g, "'")),
    () => (lines[at] = line.replace(/>-|\|/, HEADERS[next(HEADERS.length)]!)),
    () => lines.splice(at, 0, ''),
    () => (lines[at] = `${line}:`),
  ];
  edits[next(edits.length)]!();
  return lines.join('\n');
}

describe('the YAML-subset loader', () => {
  it('loads the shipped decks as js-yaml does, with fastLoad\'s positions', () => {
    const yaml = deckFiles('.yaml').map((f) => readFileSync(f, 'utf8'));
    const md = deckFiles('.md').map((f) => frontMatterOf(readFileSync(f, 'utf8')));
    const loaded = [...yaml, ...md].filter(agrees).length;
    // One deck has a multi-line plain scalar; it goes to js-yaml.
    expect(loaded).toBeGreaterThanOrEqual(yaml.length + md.length - 1);
  });

  it('agrees with js-yaml on generated documents, or falls back', () => {
    const docs = [...generated()];
    const loaded = docs.filter(agrees).length;
    console.log(`generated: ${loaded} of ${docs.length} loaded by the subset, ${docs.length - loaded} fell back`);
    expect(loaded).toBeGreaterThan(docs.length / 3);
  });

  it('agrees with js-yaml on mutated deck excerpts, or falls back', () => {
    const bases = deckFiles('.yaml').map((f) => readFileSync(f, 'utf8').split('\n').slice(0, 80).join('\n'));
    let loaded = 0;
    let total = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const base = bases[seed % bases.length]!;
      let doc = mutate(base, seed);
      if (seed % 3 === 0) doc = mutate(doc, seed * 7);
      total++;
      if (agrees(doc)) loaded++;
    }
    console.log(`mutated: ${loaded} of ${total} loaded by the subset, ${total - loaded} fell back`);
    expect(loaded).toBeGreaterThan(total / 4);
  });

  it('stays linear on hostile input and never throws', () => {
    const hostile = [
      `a: ${'x'.repeat(1 << 20)}\n`,
      `a: ${'b: '.repeat(200_000)}\n`,
      `${':'.repeat(300_000)}\n`,
      `${'a:'.repeat(300_000)}\n`,
      Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
      `${'- '.repeat(10_000)}x\n`,
      `a: ${'['.repeat(10_000)}\n`,
      `a: "${'\\"'.repeat(200_000)}\n`,
      `a: '${"''".repeat(200_000)}\n`,
      `a: |\n${'  line\n'.repeat(100_000)}`,
    ];
    for (const source of hostile) {
      const start = performance.now();
      expect(() => subsetLoad(source)).not.toThrow();
      expect(performance.now() - start, source.slice(0, 40)).toBeLessThan(500);
    }
  });
});
