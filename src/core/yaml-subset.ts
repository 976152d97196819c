import type { Pos } from './model.js';
import { blockScalar, spaces } from './yaml-subset-block.js';
import { GIVE_UP, blockPlain, flowMapping, flowSequence, giveUp, plainKey, quoted, skipSpaces, startsPlain, type Scanned } from './yaml-subset-scalar.js';

/**
 * A strict loader for the YAML our decks are written in: block mappings and sequences, plain and
 * quoted one-line scalars, literal and folded block scalars, one-line flow sequences and mappings
 * of scalars, comments; CORE-schema values. It records where each mapping and list starts exactly as
 * fastLoad's js-yaml listener does. js-yaml spends most of a clean lint's parse time in its
 * general machinery; this reads the common shapes in one pass over the lines. Anything it is not
 * certain about (anchors, tags, nested flow collections, multi-line plain or quoted scalars, tabs, CR,
 * duplicate keys, odd indentation, multiple documents...) returns undefined and the caller uses
 * js-yaml, so a deck loads the same either way (test/unit/yaml-subset.test.ts compares them).
 */
export interface SubsetLoad {
  data: unknown;
  positions: WeakMap<object, Pos>;
}

/** Deeper than any deck; the exact parser reports the depth limit (yaml-bounds) itself. */
const MAX_DEPTH = 48;
/** The YAML limit for an implicit key; js-yaml refuses longer ones. */
const MAX_KEY = 1024;
/** js-yaml refuses these characters; a BOM, CR, tab or NEL the subset leaves to js-yaml. */
const REFUSED = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
const MARKER = /^(?:---|\.\.\.)(?: |$)|^%/m;

export function subsetLoad(source: string): SubsetLoad | undefined {
  if (REFUSED.test(source) || MARKER.test(source)) return undefined;
  const lines = source.split('\n');
  // js-yaml reads the input as if it ended with a line break; the empty last piece is no line.
  if (lines[lines.length - 1] === '') lines.pop();
  const reader = new Reader(lines);
  try {
    return reader.document();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

class Reader {
  readonly positions = new WeakMap<object, Pos>();
  i = 0;
  constructor(readonly lines: readonly string[]) {}

  document(): SubsetLoad {
    this.skipBlank();
    if (this.i >= this.lines.length) giveUp(); // an empty document: js-yaml gives undefined
    const line = this.lines[this.i]!;
    const at = spaces(line);
    const data = this.node(at, -1, { line: this.i + 1, col: at + 1 }, 0);
    this.skipBlank();
    if (this.i < this.lines.length) giveUp();
    return { data, positions: this.positions };
  }

  /** Steps past empty lines and comment lines. */
  skipBlank(): void {
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      const at = spaces(line);
      if (at < line.length && line[at] !== '#') return;
      this.i++;
    }
  }

  /** The node whose content starts at column `at` of the current line, inside `parent` indent. */
  node(at: number, parent: number, pos: Pos, depth: number): unknown {
    if (depth > MAX_DEPTH) giveUp();
    const line = this.lines[this.i]!;
    if (line[at] === '-' && (line[at + 1] === ' ' || at + 1 === line.length)) return this.record(this.sequence(at, depth), pos);
    const key = keyAt(line, at);
    if (key) return this.record(this.mapping(at, key, depth), pos);
    return this.inlineValue(line, at, parent, pos);
  }

  record<T extends object>(value: T, pos: Pos): T {
    this.positions.set(value, pos);
    return value;
  }

  /** A value on the rest of the line: a scalar, a flow sequence or the header of a block scalar. */
  inlineValue(line: string, at: number, parent: number, pos: Pos): unknown {
    const c = line[at];
    if (c === '|' || c === '>') {
      const block = blockScalar(this.lines, this.i, line.slice(at), parent);
      this.i = block.next;
      return block.value;
    }
    let scanned: Scanned;
    if (c === '[') scanned = flowSequence(line, at);
    else if (c === '{') scanned = flowMapping(line, at);
    else if (c === '"' || c === "'") scanned = quoted(line, at);
    else scanned = blockPlain(line, at);
    if (!restIsComment(line, scanned.end)) giveUp();
    this.i++;
    this.noContinuation(parent);
    if (c === '[' || c === '{') this.record(scanned.value as object, pos);
    return scanned.value;
  }

  /** A more-indented line after a one-line value continues it (or is an error): js-yaml's call. */
  noContinuation(parent: number): void {
    for (let j = this.i; j < this.lines.length; j++) {
      const line = this.lines[j]!;
      const at = spaces(line);
      if (at === line.length) continue;
      if (at > parent) giveUp();
      return;
    }
  }

  sequence(indent: number, depth: number): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      const line = this.lines[this.i]!;
      const at = skipSpaces(line, indent + 1);
      // `-` alone (a null item, or the item on the next line) is left to js-yaml.
      if (at >= line.length || line[at] === '#') giveUp();
      items.push(this.node(at, indent, { line: this.i + 1, col: at + 1 }, depth + 1));
      this.skipBlank();
      if (this.i >= this.lines.length) return items;
      const next = this.lines[this.i]!;
      const nextAt = spaces(next);
      if (nextAt > indent) giveUp();
      if (nextAt < indent || !(next[indent] === '-' && (next[indent + 1] === ' ' || indent + 1 === next.length))) return items;
    }
  }

  mapping(indent: number, first: Key, depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let key: Key | undefined = first; ; ) {
      if (Object.prototype.hasOwnProperty.call(map, key.name) || key.name === '__proto__' || key.name === '<<') giveUp();
      map[key.name] = this.mappingValue(indent, key, depth);
      this.skipBlank();
      if (this.i >= this.lines.length) return map;
      const line = this.lines[this.i]!;
      const at = spaces(line);
      if (at > indent) giveUp();
      if (at < indent) return map;
      key = keyAt(line, at);
      if (!key) {
        // A list at the key's own indent belongs to the key before; anything else here is not ours.
        if (line[at] === '-') return map;
        giveUp();
      }
    }
  }

  mappingValue(indent: number, key: Key, depth: number): unknown {
    const line = this.lines[this.i]!;
    // js-yaml's listener opens the value right after the colon, even when it starts a line below.
    const pos = { line: this.i + 1, col: key.colon + 2 };
    const at = skipSpaces(line, key.colon + 1);
    if (at < line.length && line[at] !== '#') return this.inlineValue(line, at, indent, pos);
    this.i++;
    this.skipBlank();
    if (this.i >= this.lines.length) return null;
    const next = this.lines[this.i]!;
    const nextAt = spaces(next);
    const isItem = next[nextAt] === '-' && (next[nextAt + 1] === ' ' || nextAt + 1 === next.length);
    if (nextAt > indent || (nextAt === indent && isItem)) {
      if (!isItem && !keyAt(next, nextAt)) giveUp(); // a scalar on its own line: js-yaml decides
      return this.node(nextAt, indent, pos, depth + 1);
    }
    return null;
  }
}

interface Key {
  name: string;
  /** The index of the colon after the key. */
  colon: number;
}

/** The key a line starts at `at`, when the line is a mapping entry the subset reads. */
function keyAt(line: string, at: number): Key | undefined {
  const c = line[at];
  if (c === '"' || c === "'") {
    const q = quoted(line, at);
    const colon = skipSpaces(line, q.end);
    if (line[colon] !== ':' || !(line[colon + 1] === ' ' || colon + 1 === line.length)) return undefined;
    return { name: q.value as string, colon };
  }
  if (!startsPlain(line, at)) return undefined;
  let colon = line.indexOf(': ', at);
  if (colon < 0 && line.endsWith(':')) colon = line.length - 1;
  if (colon < 0) return undefined;
  const hash = line.indexOf(' #', at);
  if (hash >= 0 && hash < colon) return undefined;
  const name = line.slice(at, colon).trimEnd();
  if (colon - at > MAX_KEY || !plainKey(name)) giveUp();
  return { name, colon };
}

function restIsComment(line: string, at: number): boolean {
  const i = skipSpaces(line, at);
  return i === line.length || (line[i] === '#' && i > at);
}
