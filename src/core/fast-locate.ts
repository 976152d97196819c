import type { Pos } from './model.js';

/**
 * Where a value of a deck sits, from what js-yaml's listener recorded (the position of every
 * mapping and list) and, for a scalar, from the line of its key under its parent: lint findings
 * point at fields, and re-parsing a file with the exact `yaml` parser to find them cost more
 * than the whole lint of a clean file. Undefined where this cannot be sure (the caller then asks
 * the exact parser); a differential test checks it against the exact parser on the shipped decks.
 */
export function fastLocate(data: unknown, positions: WeakMap<object, Pos>, lines: readonly string[], path: readonly PropertyKey[]): Pos | undefined {
  // Only within a card: the listener's position of a list is where its key ends, not its first item.
  if (path[0] !== 'cards' || path.length < 2) return undefined;
  let value: unknown = data;
  let pos: Pos | undefined;
  for (let n = 0; n < path.length; n++) {
    const key = path[n]!;
    if (value === null || typeof value !== 'object') return undefined;
    const parentPos = pos;
    const child = (value as Record<PropertyKey, unknown>)[key];
    const last = n === path.length - 1;
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) {
      pos = positions.get(child);
      if (!pos) return undefined;
    } else if (last) {
      // A scalar or a list, as a mapping's field: found from its key's line.
      if (typeof key !== 'string' || !parentPos || Array.isArray(value)) return undefined;
      return keyedValuePos(lines, parentPos, key);
    } else {
      if (!Array.isArray(child)) return undefined;
      pos = undefined;
    }
    value = child;
  }
  return pos;
}

/** The value of `key:` in the mapping that starts at `parent`, in block or flow style. */
function keyedValuePos(lines: readonly string[], parent: Pos, key: string): Pos | undefined {
  const first = lines[parent.line - 1];
  if (first === undefined) return undefined;
  const col = parent.col - 1;
  if (first[col] === '{') return flowValue(first, parent.line, col, key);
  for (let n = parent.line - 1; n < lines.length; n++) {
    const text = lines[n]!;
    if (n > parent.line - 1) {
      const indent = text.length - text.trimStart().length;
      if (text.trim() === '' || text.trimStart().startsWith('#') || indent > col) continue;
      if (indent < col) return undefined;
    }
    if (text.startsWith(`${key}:`, col)) return valueAfterColon(text, n + 1, col + key.length + 1);
  }
  return undefined;
}

function flowValue(text: string, line: number, open: number, key: string): Pos | undefined {
  for (let at = text.indexOf(`${key}:`, open); at >= 0; at = text.indexOf(`${key}:`, at + 1)) {
    const before = text.slice(open, at).trimEnd();
    if (before.endsWith('{') || before.endsWith(',')) return valueAfterColon(text, line, at + key.length + 1);
  }
  return undefined;
}

/** The first character of the value after a key's colon; undefined when it is on a later line. */
function valueAfterColon(text: string, line: number, afterColon: number): Pos | undefined {
  let i = afterColon;
  while (text[i] === ' ') i++;
  if (i >= text.length || text[i] === '#') return undefined;
  return { line, col: i + 1 };
}
