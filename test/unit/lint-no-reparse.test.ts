import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lintDecks } from '../../src/core/lint/lint.js';
import { parseDeck } from '../helpers/parse-deck.js';
import { parseYamlDoc } from '../../src/core/yaml-locate.js';
import { ROOT } from '../helpers/run-cli.js';

// The exact parser, counted: a clean YAML deck must never need it (it costs more than the lint).
vi.mock('../../src/core/yaml-locate.js', async (original) => {
  const actual = await original<typeof import('../../src/core/yaml-locate.js')>();
  return { ...actual, parseYamlDoc: vi.fn(actual.parseYamlDoc) };
});

describe('linting the shipped YAML decks', () => {
  it('never re-parses a file with the exact parser when nothing is found', () => {
    const dir = join(ROOT, 'decks');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    const decks = files.map((f) => parseDeck(readFileSync(join(dir, f), 'utf8'), f, 'yaml').deck!);
    expect(lintDecks(decks).filter((i) => i.severity === 'error')).toEqual([]);
    expect(vi.mocked(parseYamlDoc)).not.toHaveBeenCalled();
  });
});
