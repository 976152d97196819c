import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/core/front-matter.js';
import { subsetLoad } from '../../src/core/yaml-subset.js';
import { parseYamlDoc } from '../../src/core/yaml-locate.js';
import { ROOT } from '../helpers/run-cli.js';

/** gray-matter as parse-markdown used it, but with engines that never throw: only the split is compared. */
const none = () => ({});
const ENGINES = { yaml: none, js: none, javascript: none, json: none, coffee: none, cson: none, toml: none, 'id:': none };
const grayMatter = (source: string) => {
  const file = matter(source, { engines: ENGINES, language: 'yaml' } as never) as unknown as { matter: string; content: string };
  // For '' gray-matter returns early without a matter field; '' is what it means.
  return { matter: file.matter ?? '', content: file.content };
};

const markdownDecks = (): string[] => {
  const dir = join(ROOT, 'decks');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8'));
};

const EDGES = [
  '', 'no front matter\n', '---', '---\n', '---\n---\n', '---\n---\nbody', '---\n\n---\n\n## a\n', '---\n# only a comment\n---\nbody\n',
  '---js\nmodule.exports = { id: process.exit(1) }\n---\nbody', '---javascript\nx\n---\n', '---yaml\nid: x\n---\nbody', '--- yaml \nid: x\n---\nbody',
  '---   \nid: x\n---\nbody', '---\r\nid: x\r\n---\r\nbody\r\n', '---\r\nid: x\r\n---\r\n\r\nbody', '\uFEFF---\nid: x\n---\nbody', '\uFEFFno matter',
  '---\nid: x\n', '---\nid: x', '---id: x', '----\nid: x\n----\n', '---\nid: x\n----\nbody', '---\nid: x\n---more\nbody', '---\nid: x\n---\n\nbody',
  '---\nid: x\n---\n\r\nbody', '---\nid: x\n---\n\n\nbody', '---\nid: x\r---\nbody', '---\na: "---"\n  ---\n---\nbody', ' ---\nid: x\n---\n',
  '---\nid: x\n---', '---\nid: x\n---\n---\nagain\n---\n',
];

describe('the front-matter split', () => {
  it('cuts every shipped Markdown deck as gray-matter did', () => {
    for (const source of markdownDecks()) expect(splitFrontMatter(source)).toMatchObject(grayMatter(source));
  });

  it('cuts the edge cases as gray-matter did, and never evaluates anything', () => {
    for (const source of EDGES) expect(splitFrontMatter(source), JSON.stringify(source)).toMatchObject(grayMatter(source));
    expect(splitFrontMatter('---js\nthrow new Error("ran")\n---\n').language).toBe('js');
  });

  it('reads the shipped front matter through the subset loader with the values `yaml` gives', () => {
    for (const source of markdownDecks()) {
      const fm = splitFrontMatter(source).matter.replace(/^\n/, '');
      const fast = subsetLoad(fm);
      expect(fast, fm).toBeDefined();
      expect(fast!.data).toStrictEqual(parseYamlDoc(fm).doc.toJS());
    }
  });
});
