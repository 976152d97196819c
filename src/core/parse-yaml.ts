import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { deckSchema } from './deck-schema.js';
import type { IssueDraft } from './issues.js';
import type { Deck, Pos } from './model.js';
import { normalizeCard } from './normalize.js';
import { schemaIssues, type Locate } from './schema-issues.js';

/** An alias bomb expands exponentially; real decks need a handful of aliases at most. */
export const MAX_YAML_ALIASES = 100;

export interface ParseResult {
  deck?: Deck;
  issues: IssueDraft[];
}

const START: Pos = { line: 1, col: 1 };

/** A YAML string → the deck and/or the issues that stop it loading. Never throws for bad input. */
export function parseYamlDeck(source: string, file: string, lineOffset = 0): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const shift = (p: Pos): Pos => ({ line: p.line + lineOffset, col: p.col });
  if (doc.errors.length > 0) {
    return { issues: doc.errors.map((e) => syntaxIssue(e.message, shift(linePos(lineCounter, e.pos[0])))) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    return { issues: [syntaxIssue(`cannot expand YAML: ${(e as Error).message}`, shift(START), `at most ${MAX_YAML_ALIASES} alias uses per file`)] };
  }
  const locate: Locate = (path) => shift(locateIn(doc, lineCounter, path));
  return validateDeckData(data, file, locate);
}

/** Shared by the YAML and Markdown parsers once they have plain data and a way to locate it. */
export function validateDeckData(data: unknown, file: string, locate: Locate, format: Deck['format'] = 'yaml'): ParseResult {
  const parsed = deckSchema.safeParse(data);
  if (!parsed.success) return { issues: schemaIssues(parsed.error, locate) };
  const raw = parsed.data;
  const cards = raw.cards.map((card, i) =>
    normalizeCard(card, raw, file, locate(['cards', i]), (field) => locate(['cards', i, ...field.split('.').map(numberOrKey)])),
  );
  const deck: Deck = {
    id: raw.id, title: raw.title, file, format, cards,
    ...(raw.description ? { description: raw.description } : {}),
  };
  return { deck, issues: [] };
}

const numberOrKey = (k: string): string | number => (/^\d+$/.test(k) ? Number(k) : k);

function syntaxIssue(message: string, pos: Pos, expected = 'valid YAML'): IssueDraft {
  return { rule: 'parse', severity: 'error', ...pos, message: message.split('\n')[0] ?? message, expected };
}

function linePos(lc: LineCounter, offset: number): Pos {
  const p = lc.linePos(offset);
  return { line: p.line, col: p.col };
}

/** The position of the node at `path`, or of its nearest existing ancestor. */
function locateIn(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): Pos {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return linePos(lc, node.range[0]);
  }
  return START;
}
