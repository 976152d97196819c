/**
 * Deck texts built to hurt a parser: the families an independent fuzzing harness found to hang
 * dea (unclosed cloze deletions, runs of punctuation or spaces, collection keys in nested flow
 * collections, tens of thousands of keys, thousands of errors) and random mutations of a real
 * deck. Shared by the fuzz test (64 KiB) and the benchmark (up to the 1 MiB limit).
 */
import type { Rng } from '../../src/core/rng.js';

export interface HostileDeck {
  name: string;
  text: string;
  format: 'yaml' | 'markdown';
}

const HEAD = 'format: 1\nid: fuzz\ntitle: Fuzz\ndomain: 1\ntask: "1.1"\ncards:\n';
const MD_HEAD = '---\nid: fuzz\ntitle: Fuzz\ndomain: 1\ntask: "1.1"\n---\n\n';
const fill = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const card = (field: string) => `  - id: fuzz/a\n    type: cloze\n    text: "${field}"\n`;

export function hostileFamilies(bytes: number): HostileDeck[] {
  const yaml = (name: string, text: string): HostileDeck => ({ name, text, format: 'yaml' });
  const md = (name: string, text: string): HostileDeck => ({ name, text, format: 'markdown' });
  return [
    yaml('unclosed cloze deletions', HEAD + card(fill('{{c1::', bytes))),
    yaml('cloze with escaped colons', HEAD + card(`{{c1::${fill('a\\\\::', bytes)}`)),
    yaml('run of punctuation, twice', HEAD + `  - id: fuzz/a\n    type: basic\n    front: "${fill('.', bytes / 2)}x"\n    back: b\n  - id: fuzz/b\n    type: basic\n    front: "${fill('.', bytes / 2)}x"\n    back: b\n`),
    md('heading padded with spaces', `${MD_HEAD}## a${fill(' ', bytes)}x\n`),
    md('meta line padded with spaces', `${MD_HEAD}## fuzz/a\ntype:${fill(' ', bytes / 2)}x${fill(' ', bytes / 2)}y\n`),
    md('label padded before a line separator', `${MD_HEAD}## fuzz/a\ntype: basic\n\n**Front:**${fill(' ', bytes)}\u2028x\n`),
    yaml('collection keys in nested flow', `${HEAD}  - ${fill('{[', bytes / 2)}a${fill(']: 1}', bytes / 2)}\n`),
    yaml('flow collections nested deep', `${HEAD}  - x: ${fill('[', bytes / 2)}${fill(']', bytes / 2)}\n`),
    yaml('tens of thousands of keys, slow path', `&a first: 1\n${Array.from({ length: Math.floor(bytes / 12) }, (_, i) => `k${i}: ${i}`).join('\n')}\n`),
    yaml('duplicate keys', `${HEAD}  - id: fuzz/a\n${fill('    type: basic\n', bytes)}`),
    yaml('a syntax error on every line', `${HEAD}  - id: fuzz/a\n${fill('    ]\n', bytes)}`),
    yaml('aliases of aliases', `${HEAD}a: &a [x]\n${Array.from({ length: Math.floor(bytes / 20) }, (_, i) => `b${i}: &b${i} [*${i === 0 ? 'a' : `b${i - 1}`}]`).join('\n')}\n`),
    yaml('many small cards', HEAD + fill('  - { id: fuzz/x, type: basic, front: "{{c1:", back: "::" }\n', bytes)),
    yaml('control and bidi characters', HEAD + card(fill('\\u001b[2J\\u202e\\u0085', bytes))),
  ];
}

const TOKENS = ['{{c1::', '}}', '::', '\\::', '{', '[', ']', '}', ': ', '- ', '&a ', '*a', '? ', '"', "'", '\n', '  ', '#', '## ', '**Front:**', '---\n', '\t', '|', '>', '\u2028', '.'.repeat(50), ' '.repeat(50)];

/** `source` with a few dozen random tokens inserted, pieces deleted and pieces repeated. */
export function mutate(source: string, rng: Rng): string {
  let text = source;
  const at = () => Math.floor(rng() * (text.length + 1));
  for (let n = 0, edits = 5 + Math.floor(rng() * 40); n < edits; n++) {
    const i = at();
    const kind = rng();
    if (kind < 0.6) text = text.slice(0, i) + TOKENS[Math.floor(rng() * TOKENS.length)]!.repeat(1 + Math.floor(rng() * 3)) + text.slice(i);
    else if (kind < 0.8) text = text.slice(0, i) + text.slice(i + Math.floor(rng() * 200));
    else text = text.slice(0, i) + text.slice(i, i + 200).repeat(1 + Math.floor(rng() * 20)) + text.slice(i);
  }
  return text;
}
