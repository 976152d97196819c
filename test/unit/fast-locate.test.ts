import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastLocate } from '../../src/core/fast-locate.js';
import { fastLoad } from '../../src/core/parse-yaml.js';
import { locateIn, parseYamlDoc } from '../../src/core/yaml-locate.js';
import { ROOT } from '../helpers/run-cli.js';

/** Every path below a value: the paths lint can ask the position of. */
function pathsOf(value: unknown, prefix: PropertyKey[]): PropertyKey[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

const yamlDecks = (): string[] => {
  const dir = join(ROOT, 'decks');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
};

describe('the fast locator', () => {
  it('gives the exact parser\'s position for every field of every shipped YAML card it locates', () => {
    let located = 0;
    let asked = 0;
    // The fields lint findings point at (card.at.get): each must be found without the exact parser.
    const ruleFields = new Set(['id', 'stem', 'front', 'back', 'text', 'answer', 'select', 'task', 'skill', 'explanation']);
    const missedRuleFields: string[] = [];
    for (const file of [...yamlDecks(), join(ROOT, 'test/fixtures/clean/athena.yaml')]) {
      const source = readFileSync(file, 'utf8');
      const fast = fastLoad(source)!;
      const exact = parseYamlDoc(source);
      const lines = source.split('\n');
      for (const path of pathsOf((fast.data as { cards: unknown }).cards, ['cards'])) {
        asked++;
        const pos = fastLocate(fast.data, fast.positions, lines, path);
        const field = path[path.length - 1];
        const ruleField = path.length === 3 && typeof field === 'string' && ruleFields.has(field);
        const option = path.length === 4 && path[2] === 'options';
        if (pos === undefined) {
          if (ruleField || option) missedRuleFields.push(`${file} ${path.join('.')}`);
          continue;
        }
        located++;
        expect(pos, `${file} ${path.join('.')}`).toEqual(locateIn(exact, path));
      }
    }
    // The rest (items of refs, lists written as blocks) fall back to the exact parser.
    expect(missedRuleFields).toEqual([]);
    expect(located / asked).toBeGreaterThan(0.8);
  });

  it('finds fields in flow mappings and block mappings, and leaves what it cannot be sure of', () => {
    const source = 'id: t\ntitle: T\ncards:\n  - id: t/a\n    type: mcq\n    stem: >-\n      Long\n    options:\n      - { text: "A, a", why: x }\n      - text: B\n        why: y\n    answer:\n      A\n';
    const fast = fastLoad(source)!;
    const at = (...path: PropertyKey[]) => fastLocate(fast.data, fast.positions, source.split('\n'), path);
    expect(at('cards', 0, 'stem')).toEqual({ line: 6, col: 11 });
    expect(at('cards', 0, 'options', 0, 'why')).toEqual({ line: 9, col: 30 });
    expect(at('cards', 0, 'options', 1, 'why')).toEqual({ line: 11, col: 14 });
    expect(at('cards', 0, 'answer')).toBeUndefined();
  });
});
