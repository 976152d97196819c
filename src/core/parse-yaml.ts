import jsYaml from 'js-yaml';
import type { IssueDraft } from './issues.js';
import type { Pos } from './model.js';
import type { Locate } from './schema-issues.js';
import { validateDeckData, type DetailedValidator, type ParseResult } from './validate-deck.js';
import { MAX_YAML_DEPTH, yamlBoundsIssues } from './yaml-bounds.js';
import { describeSyntaxErrors } from './yaml-errors.js';
import { fastLocate } from './fast-locate.js';
import { subsetLoad } from './yaml-subset.js';
import { linePos, locateIn, parseYamlDoc, type YamlDoc } from './yaml-locate.js';

/** An alias bomb expands exponentially; real decks need a handful of aliases at most. */
export const MAX_YAML_ALIASES = 100;

export { validateDeckData, type DetailedValidator, type ParseResult } from './validate-deck.js';

/** An anchor definition: without one there can be no alias, so js-yaml is safe to use. */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s[\]{},]+/m;

/**
 * A YAML deck string → the deck and/or the issues that stop it loading. Never throws.
 * Clean decks take the fast path (the YAML-subset loader, else js-yaml with positions of cards from
 * its listener); anything with anchors, syntax errors or schema errors goes through `yaml`, which
 * reports exact positions. Without `detailed`, a deck the plain check refuses comes back as
 * `needsDetail` (validate-deck.ts).
 */
export function parseYamlDeck(source: string, file: string, lineOffset = 0, detailed?: DetailedValidator): ParseResult {
  const shift = (p: Pos): Pos => ({ line: p.line + lineOffset, col: p.col });
  let exact: YamlDoc | undefined;
  const exactDoc = () => (exact ??= parseYamlDoc(source));
  // The subset refuses anchors and aliases itself, so the anchor scan of the whole file runs only for js-yaml.
  const fast = subsetLoad(source) ?? (ANCHOR.test(source) ? undefined : fastLoad(source));
  if (fast) {
    let index: FastLoad | undefined = fast;
    let lines: string[] | undefined;
    const fastPos = (path: readonly PropertyKey[]) => index && fastLocate(index.data, index.positions, (lines ??= source.split('\n')), path);
    const locate: Locate = (path) => shift(fastPos(path) ?? locateIn(exactDoc(), path));
    const release = () => { index = undefined; lines = undefined; };
    return { ...validateDeckData(fast.data, file, locate, 'yaml', detailed), release };
  }
  const { doc, lineCounter } = exactDoc();
  if (doc.errors.length > 0) {
    const stack = doc.errors.find((e) => /Maximum call stack/.test(e.message));
    if (stack) return { issues: [syntaxIssue(stack.message, shift(linePos(lineCounter, stack.pos[0])))] };
    return { issues: describeSyntaxErrors(doc.errors.map((e) => ({ code: e.code, message: e.message, pos: linePos(lineCounter, e.pos[0]) })), source, lineOffset) };
  }
  const unsafe = yamlBoundsIssues(doc, lineCounter, lineOffset);
  if (unsafe.length > 0) return { issues: unsafe };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    return { issues: [syntaxIssue(`cannot expand YAML: ${(e as Error).message}`, shift({ line: 1, col: 1 }), `at most ${MAX_YAML_ALIASES} alias uses per file`)] };
  }
  return validateDeckData(data, file, (path) => shift(locateIn(exactDoc(), path)), 'yaml', detailed);
}

export interface FastLoad {
  data: unknown;
  positions: WeakMap<object, Pos>;
}

/** js-yaml with the position of every mapping and list (exported for the locator test). */
export function fastLoad(source: string): FastLoad | undefined {
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

function syntaxIssue(message: string, pos: Pos, expected = 'valid YAML'): IssueDraft {
  // The parser runs out of stack on brackets nested thousands deep: say what that means.
  const said = /Maximum call stack/.test(message) ? `nested too deeply to read (a deck nests a few levels; the limit is ${MAX_YAML_DEPTH})` : message.split('\n')[0] ?? message;
  return { rule: 'parse', severity: 'error', ...pos, message: said, expected };
}
