import { isAlias, isCollection, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { IssueDraft } from './issues.js';

/** A deck nests five levels deep; anything far deeper is a mistake or an attack. */
export const MAX_YAML_DEPTH = 64;

interface Problem {
  offset: number;
  message: string;
  expected: string;
}

/**
 * Checks a parsed YAML document before it is converted to data, in one pass over its nodes:
 * nesting depth, keys that are lists or mappings (the `yaml` package stringifies those, which
 * takes exponential time when they nest), and duplicate keys (the package's own check compares
 * every key with every other). Returns the problems as parse issues; none means safe to convert.
 */
export function yamlBoundsIssues(doc: Document, lineCounter: LineCounter, lineOffset = 0): IssueDraft[] {
  const problems: Problem[] = [];
  const stack: Array<[unknown, number]> = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_YAML_DEPTH) {
      problems.push({ offset: offsetOf(node), message: `nested more than ${MAX_YAML_DEPTH} levels deep`, expected: 'a deck nests a few levels: deck, cards, card, options' });
      return toIssues(problems, lineCounter, lineOffset);
    }
    if (isSeq(node)) for (const item of node.items) stack.push([item, depth + 1]);
    if (!isMap(node)) continue;
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key as unknown;
      if (isCollection(key) || isAlias(key)) {
        problems.push({ offset: offsetOf(key), message: 'a key must be plain text, not a list, mapping or alias', expected: 'key: value' });
        continue;
      }
      const name = isScalar(key) ? `${typeof key.value}:${String(key.value)}` : `${typeof key}:${String(key)}`;
      if (seen.has(name)) problems.push({ offset: offsetOf(key), message: 'Map keys must be unique', expected: 'each key once per mapping' });
      seen.add(name);
      stack.push([pair.value, depth + 1]);
    }
  }
  return toIssues(problems, lineCounter, lineOffset);
}

const offsetOf = (node: unknown): number => (node as Node | null)?.range?.[0] ?? 0;

function toIssues(problems: Problem[], lc: LineCounter, lineOffset: number): IssueDraft[] {
  return problems
    .sort((a, b) => a.offset - b.offset)
    .map((p) => {
      const pos = lc.linePos(p.offset);
      return { rule: 'parse', severity: 'error', line: pos.line + lineOffset, col: pos.col, message: p.message, expected: p.expected };
    });
}
