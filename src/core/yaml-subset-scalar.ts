/**
 * Scalars for the YAML-subset loader (yaml-subset.ts): plain, single- and double-quoted, each on
 * one line, resolved as js-yaml's CORE_SCHEMA does. Anything this cannot be sure of throws
 * GIVE_UP, and the caller falls back to js-yaml: a wrong value would be a silent behaviour change.
 */
export const GIVE_UP = new Error('outside the YAML subset');

export function giveUp(): never {
  throw GIVE_UP;
}

/** A scalar read from a line: its value and the index just after it. */
export interface Scanned {
  value: unknown;
  end: number;
}

/** Characters that cannot start a plain scalar (or start syntax the subset does not read). */
const INDICATOR = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
/** Only the number forms every reader agrees on; other number-like tokens give up. */
const INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/** Every int, float, bool and null of the CORE schema is made of these characters only. */
const TOKEN = /^[0-9A-Za-z_.+~-]*$/;

/** CORE-schema resolution of a plain scalar's text. */
export function resolvePlain(text: string): unknown {
  if (!TOKEN.test(text)) return text;
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  if (INT.test(text)) return Number(text);
  if (FLOAT.test(text)) return parseFloat(text);
  // 0x1F, 1e3, 1_000, .inf, +1, 012 ...: js-yaml has its own rules for these; let it decide.
  if ('-+.0123456789'.includes(text[0] ?? '')) giveUp();
  return text;
}

/** True when `line[at]` starts a plain scalar the subset reads. */
export function startsPlain(line: string, at: number): boolean {
  const c = line[at];
  return c !== undefined && c !== ' ' && !INDICATOR.has(c);
}

/** A plain scalar in block context running to the end of the line (or a comment). */
export function blockPlain(line: string, at: number): Scanned {
  if (!startsPlain(line, at)) giveUp();
  const hash = line.indexOf(' #', at);
  const text = (hash < 0 ? line.slice(at) : line.slice(at, hash)).trimEnd();
  // `a: b: c` is an error and a trailing colon makes a key: both are js-yaml's to judge.
  if (text.includes(': ') || text.endsWith(':')) giveUp();
  return { value: resolvePlain(text), end: hash < 0 ? line.length : hash };
}

/** A quoted scalar starting at `line[at]` (a quote), closed on the same line. */
export function quoted(line: string, at: number): Scanned {
  return line[at] === "'" ? singleQuoted(line, at) : doubleQuoted(line, at);
}

function singleQuoted(line: string, at: number): Scanned {
  let out = '';
  for (let i = at + 1; ; ) {
    const close = line.indexOf("'", i);
    if (close < 0) giveUp(); // multi-line: folding rules are js-yaml's
    out += line.slice(i, close);
    if (line[close + 1] !== "'") return { value: out, end: close + 1 };
    out += "'";
    i = close + 2;
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b' };

function doubleQuoted(line: string, at: number): Scanned {
  let out = '';
  let i = at + 1;
  // The closing quote is searched again only once an escape has passed it (an escaped quote):
  // searching from every escape was quadratic on a long line of escapes.
  let quote = -1;
  for (;;) {
    if (quote < i) quote = line.indexOf('"', i);
    const slash = line.indexOf('\\', i);
    if (quote < 0) giveUp();
    if (slash < 0 || quote < slash) return { value: out + line.slice(i, quote), end: quote + 1 };
    out += line.slice(i, slash);
    const e = line[slash + 1] ?? '';
    if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(line.slice(slash + 2, slash + 6))) {
      out += String.fromCharCode(parseInt(line.slice(slash + 2, slash + 6), 16));
      i = slash + 6;
    } else if (e in ESCAPES) {
      out += ESCAPES[e];
      i = slash + 2;
    } else giveUp();
  }
}

/** A one-line flow sequence of scalars, `[A, "b c", 1]`; nested collections give up. */
export function flowSequence(line: string, at: number): Scanned {
  const items: unknown[] = [];
  let i = skipSpaces(line, at + 1);
  if (line[i] === ']') return { value: items, end: i + 1 };
  for (;;) {
    const c = line[i];
    let item: Scanned;
    if (c === '"' || c === "'") item = quoted(line, i);
    else if (startsPlain(line, i)) item = flowPlain(line, i);
    else giveUp();
    items.push(item.value);
    i = skipSpaces(line, item.end);
    if (line[i] === ']') return { value: items, end: i + 1 };
    if (line[i] !== ',') giveUp();
    i = skipSpaces(line, i + 1);
  }
}

/** A one-line flow mapping of scalars, `{ text: A, why: "b, c" }`; nested collections give up. */
export function flowMapping(line: string, at: number): Scanned {
  const map: Record<string, unknown> = {};
  let i = skipSpaces(line, at + 1);
  if (line[i] === '}') return { value: map, end: i + 1 };
  for (;;) {
    const key = flowKey(line, i);
    if (Object.prototype.hasOwnProperty.call(map, key.name) || key.name === '__proto__' || key.name === '<<') giveUp();
    i = skipSpaces(line, key.end);
    const c = line[i];
    // An empty value or a nested collection is js-yaml's to read.
    const item = c === '"' || c === "'" ? quoted(line, i) : startsPlain(line, i) ? flowPlain(line, i) : giveUp();
    map[key.name] = item.value;
    i = skipSpaces(line, item.end);
    if (line[i] === '}') return { value: map, end: i + 1 };
    if (line[i] !== ',') giveUp();
    i = skipSpaces(line, i + 1);
  }
}

/** A flow key and the index after its `: `; an adjacent value (`"a":b`) or a bare key gives up. */
function flowKey(line: string, at: number): { name: string; end: number } {
  let name: string;
  let end: number;
  if (line[at] === '"' || line[at] === "'") {
    const q = quoted(line, at);
    name = q.value as string;
    end = q.end;
  } else {
    if (!startsPlain(line, at)) giveUp();
    end = flowTokenEnd(line, at);
    name = line.slice(at, end).trimEnd();
    if (!plainKey(name)) giveUp();
  }
  if (line[end] !== ':' || line[end + 1] !== ' ') giveUp();
  return { name, end: end + 2 };
}

/** A plain key that is a string in every schema: no number, bool or null look-alikes. */
export function plainKey(name: string): boolean {
  return !TOKEN.test(name) || (/^[A-Za-z_]/.test(name) && !NULLS.has(name) && !TRUES.has(name) && !FALSES.has(name));
}

/** Where a plain flow key or value ends: at the first flow indicator, colon or `#`. */
function flowTokenEnd(line: string, at: number): number {
  let end = at;
  while (end < line.length && !',[]{}#:'.includes(line[end]!)) end++;
  return end;
}

function flowPlain(line: string, at: number): Scanned {
  const end = flowTokenEnd(line, at);
  // A colon could make a one-pair mapping and a `#` a comment: js-yaml decides those.
  if (line[end] === '#' || line[end] === ':' || line[end] === '[' || line[end] === '{') giveUp();
  return { value: resolvePlain(line.slice(at, end).trimEnd()), end };
}

export function skipSpaces(line: string, at: number): number {
  let i = at;
  while (line[i] === ' ') i++;
  return i;
}
