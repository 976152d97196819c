import jsYaml from 'js-yaml';
import { deckSchema } from './deck-schema.js';
import type { IssueDraft } from './issues.js';
import type { Deck, Pos } from './model.js';
import { normalizeCard } from './normalize.js';
import { schemaIssues, type Locate } from './schema-issues.js';
import { MAX_YAML_DEPTH, yamlBoundsIssues } from './yaml-bounds.js';
import { linePos, locateIn, parseYamlDoc, type YamlDoc } from './yaml-locate.js';

/** An alias bomb expands exponentially; real decks need a handful of aliases at most. */
export const MAX_YAML_ALIASES = 100;

export interface ParseResult {
  deck?: Deck;
  issues: IssueDraft[];
}

/** An anchor definition: without one there can be no alias, so js-yaml is safe to use. */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s[\]{},]+/m;

/**
 * A YAML deck string → the deck and/or the issues that stop it loading. Never throws.
 * Clean decks take the fast path (js-yaml, positions of cards from its listener); anything with
 * anchors, syntax errors or schema errors goes through `yaml`, which reports exact positions.
 */
export function parseYamlDeck(source: string, file: string, lineOffset = 0): ParseResult {
  const shift = (p: Pos): Pos => ({ line: p.line + lineOffset, col: p.col });
  let exact: YamlDoc | undefined;
  const exactDoc = () => (exact ??= parseYamlDoc(source));
  const fast = ANCHOR.test(source) ? undefined : fastLoad(source);
  if (fast) {
    const locate: Locate = (path) => shift(path.length === 2 && path[0] === 'cards' ? fastCardPos(fast, path[1]) ?? locateIn(exactDoc(), path) : locateIn(exactDoc(), path));
    return validateDeckData(fast.data, file, locate);
  }
  const { doc, lineCounter } = exactDoc();
  if (doc.errors.length > 0) {
    return { issues: doc.errors.map((e) => syntaxIssue(e.message, shift(linePos(lineCounter, e.pos[0])))) };
  }
  const unsafe = yamlBoundsIssues(doc, lineCounter, lineOffset);
  if (unsafe.length > 0) return { issues: unsafe };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    return { issues: [syntaxIssue(`cannot expand YAML: ${(e as Error).message}`, shift({ line: 1, col: 1 }), `at most ${MAX_YAML_ALIASES} alias uses per file`)] };
  }
  return validateDeckData(data, file, (path) => shift(locateIn(exactDoc(), path)));
}

interface FastLoad {
  data: unknown;
  positions: WeakMap<object, Pos>;
}

function fastLoad(source: string): FastLoad | undefined {
  const positions = new WeakMap<object, Pos>();
  const open: Pos[] = [];
  try {
    const data = jsYaml.load(source, {
      schema: jsYaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') open.push({ line: state.line + 1, col: state.position - state.lineStart + 1 });
        else {
          const pos = open.pop();
          if (pos && state.result !== null && typeof state.result === 'object') positions.set(state.result as object, pos);
        }
      },
    });
    return { data, positions };
  } catch {
    return undefined;
  }
}

function fastCardPos(fast: FastLoad, index: PropertyKey | undefined): Pos | undefined {
  const card = (fast.data as { cards?: unknown[] } | null)?.cards?.[index as number];
  return card !== null && typeof card === 'object' ? fast.positions.get(card) : undefined;
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
  // The parser runs out of stack on brackets nested thousands deep: say what that means.
  const said = /Maximum call stack/.test(message) ? `nested too deeply to read (a deck nests a few levels; the limit is ${MAX_YAML_DEPTH})` : message.split('\n')[0] ?? message;
  return { rule: 'parse', severity: 'error', ...pos, message: said, expected };
}
