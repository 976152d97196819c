import { isNode } from 'yaml';
import { yamlBoundsIssues } from './yaml-bounds.js';
import { parseYamlDoc, type YamlDoc } from './yaml-locate.js';
import type { IssueDraft } from './issues.js';
import type { Pos } from './model.js';
import { parseMarkdownCards } from './markdown-cards.js';
import { splitFrontMatter } from './front-matter.js';
import { subsetLoad } from './yaml-subset.js';
import { MAX_YAML_ALIASES, validateDeckData, type DetailedValidator, type ParseResult } from './parse-yaml.js';

const FRONT_MATTER_OPEN = /^---([^\n]*)\n/;

/** Without `detailed`, a deck the plain check refuses comes back as `needsDetail` (validate-deck.ts). */
export function parseMarkdownDeck(source: string, file: string, detailed?: DetailedValidator): ParseResult {
  const open = FRONT_MATTER_OPEN.exec(source);
  if (!open) return { issues: [frontMatterIssue('a Markdown deck starts with YAML front matter', 1)] };
  const language = open[1]!.trim();
  if (language !== '' && language !== 'yaml') {
    return {
      issues: [{
        rule: 'front-matter-lang', severity: 'error', line: 1, col: 4,
        message: `front matter language "${language}" is not allowed: dea never runs code from a deck`,
        expected: 'YAML front matter between two --- lines',
        example: '---\nid: my-deck\ntitle: My deck\n---',
      }],
    };
  }
  // Only cuts the text (gray-matter's split, without its engines): nothing in a deck is evaluated.
  const split = splitFrontMatter(source);
  const bodyFirstLine = source.slice(0, source.length - split.content.length).split('\n').length;
  return parseParts(split.matter.replace(/^\n/, ''), split.content, file, bodyFirstLine, detailed);
}

function parseParts(frontMatter: string, body: string, file: string, bodyFirstLine: number, detailed?: DetailedValidator): ParseResult {
  // Clean front matter is read by the subset loader; `yaml`'s document model (several times
  // slower) is built only for what the subset leaves, or to locate a front-matter finding.
  let exact: YamlDoc | undefined;
  const exactDoc = () => (exact ??= parseYamlDoc(frontMatter));
  const fmPos = (offset: number): Pos => {
    const p = exactDoc().lineCounter.linePos(offset);
    return { line: p.line + 1, col: p.col };
  };
  const fast = subsetLoad(frontMatter);
  const loaded = fast ? { meta: fast.data ?? {} } : exactMeta(exactDoc(), fmPos);
  if ('issues' in loaded) return loaded;
  const meta = loaded.meta;
  if (typeof meta !== 'object' || Array.isArray(meta) || meta === null) {
    return { issues: [frontMatterIssue('front matter must be a mapping of deck fields', 2)] };
  }
  if ('cards' in meta) return { issues: [frontMatterIssue('a Markdown deck has its cards in the body, not in front matter', 2)] };
  const { cards, issues } = parseMarkdownCards(body, bodyFirstLine);
  const data = { ...meta, cards: cards.map((c) => c.data) };
  const locate = (path: readonly PropertyKey[]): Pos => {
    if (path[0] === 'cards' && typeof path[1] === 'number') {
      const card = cards[path[1]];
      if (!card) return { line: bodyFirstLine, col: 1 };
      for (let n = path.length; n > 2; n--) {
        const p = card.at.get(path.slice(2, n).join('.'));
        if (p) return p;
      }
      return card.pos;
    }
    const { doc } = exactDoc();
    const node = path.length > 0 ? doc.getIn(path as unknown[], true) : doc.contents;
    return isNode(node) && node.range ? fmPos(node.range[0]) : { line: 1, col: 1 };
  };
  if (cards.length === 0) issues.push(frontMatterIssue('no cards: each card starts with a "## <card id>" heading', bodyFirstLine));
  const result = validateDeckData(data, file, locate, 'markdown', detailed);
  // The parse again with the detailed validator reports the body's issues with the schema's.
  if (result.needsDetail) return result;
  return { ...result, issues: [...issues, ...result.issues] };
}

/** Front matter through `yaml`: its syntax errors, the bounds, then aliases expanded with a cap. */
function exactMeta({ doc, lineCounter }: YamlDoc, fmPos: (offset: number) => Pos): { meta: unknown } | { issues: IssueDraft[] } {
  if (doc.errors.length > 0) {
    return { issues: doc.errors.map((e) => ({ rule: 'parse', severity: 'error' as const, ...fmPos(e.pos[0]), message: e.message.split('\n')[0]!, expected: 'valid YAML front matter' })) };
  }
  const unsafe = yamlBoundsIssues(doc, lineCounter, 1);
  if (unsafe.length > 0) return { issues: unsafe };
  try {
    return { meta: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {} };
  } catch (e) {
    return { issues: [frontMatterIssue(`cannot expand front matter: ${(e as Error).message}`, 2)] };
  }
}

function frontMatterIssue(message: string, line: number): IssueDraft {
  return {
    rule: 'parse', severity: 'error', line, col: 1, message,
    expected: 'YAML front matter with id and title, then one "## <card id>" section per card',
    example: '---\nid: my-deck\ntitle: My deck\ndomain: 1\ntask: "1.2"\n---\n\n## my-deck/first-card\ntype: basic\n\n**Front:** …\n\n**Back:** …',
  };
}
