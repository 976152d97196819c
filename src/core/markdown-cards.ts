import type { IssueDraft } from './issues.js';
import type { Pos } from './model.js';

/**
 * The body of a Markdown deck → raw card objects (the same shape as a YAML deck's cards) plus
 * where each field sits. A line-by-line state machine: see docs/deck-format.md for the grammar.
 */

export interface MarkdownCard {
  data: Record<string, unknown>;
  /** Field path within the card ("stem", "options.1.why", …) → position. */
  at: Map<string, Pos>;
  pos: Pos;
}

// Patterns here must not backtrack over long runs (a deck is untrusted input): the `s` flag lets
// `.*` take any character, so `\s*(.*)$` cannot fail and retry; headings and meta entries, whose
// patterns had to retry, are read by hand below.
const LABEL = /^\*\*(Front|Back|Explanation|Refs|Lint-ignore):\*\*\s*(.*)$/s;
const OPTION = /^[-*]\s+\[([ xX])\]\s+(.*)$/s;
const RATIONALE = /^\s{2,}>\s?(.*)$/s;
const CONTINUATION = /^\s{2,}(\S.*)$/s;

/** "## title ##" → "title", as /^##\s+(.+?)\s*#*\s*$/ read it; undefined if not a heading. */
export function headingTitle(line: string): string | undefined {
  if (!line.startsWith('##') || line.length < 4 || line.slice(2, 3).trim() !== '') return undefined;
  let end = line.trimEnd().length;
  while (end > 2 && line[end - 1] === '#') end--;
  const title = line.slice(2, end).trim();
  if (title !== '') return title;
  // Only spaces and #s: the old pattern took one character for the title.
  const after = line.slice(2).trimStart();
  return after === '' ? line[line.length - 1] : after[0];
}

/** "  key : value " → [key, value], as /^\s*([\w-]+)\s*:\s*(.*?)\s*$/ read it. */
export function metaPair(part: string): [string, string] | undefined {
  const text = part.trim();
  let k = 0;
  while (k < text.length && /[\w-]/.test(text[k]!)) k++;
  const rest = text.slice(k).trimStart();
  return k > 0 && rest.startsWith(':') ? [text.slice(0, k), rest.slice(1).trim()] : undefined;
}
const META_KEYS = new Set(['type', 'domain', 'task', 'skill', 'select', 'tags']);
const NUMERIC_KEYS = new Set(['domain', 'select']);

type Section = 'body' | 'front' | 'back' | 'explanation' | 'refs' | 'lint-ignore' | 'options';

interface Draft {
  card: MarkdownCard;
  section: Section;
  texts: Record<string, string[]>;
  options: Array<{ text: string[]; why: string[]; correct: boolean }>;
  sawMeta: boolean;
}

export function parseMarkdownCards(body: string, firstLine: number): { cards: MarkdownCard[]; issues: IssueDraft[] } {
  const cards: MarkdownCard[] = [];
  const issues: IssueDraft[] = [];
  let draft: Draft | undefined;
  const lines = body.split('\n');
  lines.forEach((text, i) => {
    const line = firstLine + i;
    const heading = headingTitle(text);
    if (heading !== undefined) {
      if (draft) cards.push(finish(draft));
      const id = heading.replace(/^`(.*)`$/s, '$1');
      draft = { card: { data: { id }, at: new Map([['id', { line, col: 4 }]]), pos: { line, col: 1 } }, section: 'body', texts: {}, options: [], sawMeta: false };
      return;
    }
    if (draft) readLine(draft, text, line, issues);
  });
  if (draft) cards.push(finish(draft));
  return { cards, issues };
}

function readLine(d: Draft, text: string, line: number, issues: IssueDraft[]): void {
  if (!d.sawMeta) {
    if (text.trim() === '') return;
    d.sawMeta = true;
    readMeta(d.card, text, line, issues);
    return;
  }
  const label = LABEL.exec(text);
  if (label) {
    d.section = label[1]!.toLowerCase() as Section;
    d.card.at.set(d.section, { line, col: 1 });
    d.texts[d.section] = label[2] ? [label[2]] : [];
    return;
  }
  const option = OPTION.exec(text);
  if (option && (d.section === 'body' || d.section === 'options')) {
    d.section = 'options';
    d.card.at.set(`options.${d.options.length}`, { line, col: 1 });
    d.options.push({ text: [option[2]!], why: [], correct: option[1] !== ' ' });
    return;
  }
  if (d.section === 'options') return readOptionLine(d, text, line, issues);
  (d.texts[d.section] ??= []).push(text);
  if (d.section === 'body' && text.trim() !== '' && !d.card.at.has('body')) d.card.at.set('body', { line, col: 1 });
}

function readOptionLine(d: Draft, text: string, line: number, issues: IssueDraft[]): void {
  const current = d.options[d.options.length - 1]!;
  const why = RATIONALE.exec(text);
  if (why) {
    if (current.why.length === 0) d.card.at.set(`options.${d.options.length - 1}.why`, { line, col: 1 });
    current.why.push(why[1] ?? '');
    return;
  }
  const more = CONTINUATION.exec(text);
  if (more && current.why.length === 0) return void current.text.push(more[1]!);
  if (text.trim() === '') return;
  issues.push({
    rule: 'parse', severity: 'error', line, col: 1, cardId: String(d.card.data.id),
    message: 'text after the options that belongs to no option',
    expected: 'a rationale indented under its option ("  > why"), or an **Explanation:** section',
    example: '- [ ] Amazon S3 Glacier Deep Archive\n  > Retrieval takes hours, too slow for this scenario.',
  });
}

function readMeta(card: MarkdownCard, text: string, line: number, issues: IssueDraft[]): void {
  if (!/^\s*type\s*:/.test(text)) {
    issues.push({
      rule: 'parse', severity: 'error', line, col: 1, cardId: String(card.data.id),
      message: 'a card heading must be followed by its meta line',
      expected: '"type: basic|cloze|mcq|multi", then optional "; key: value" pairs',
      example: 'type: mcq; skill: 1.2.6; tags: glue, parquet',
    });
    return;
  }
  let col = 1;
  for (const part of text.split(';')) {
    const m = metaPair(part);
    const key = m?.[0];
    if (!m || !key || !META_KEYS.has(key)) {
      issues.push({
        rule: 'parse', severity: 'error', line, col, cardId: String(card.data.id),
        message: `unknown meta entry "${part.trim()}"`,
        expected: `key: value pairs with keys ${[...META_KEYS].join(', ')}, separated by ";"`,
        example: 'type: multi; select: 2; skill: 4.2.5',
      });
    } else {
      const value = m[1];
      card.data[key] = key === 'tags' ? value.split(',').map((t) => t.trim()).filter(Boolean)
        : NUMERIC_KEYS.has(key) && /^\d+$/.test(value) ? Number(value) : value;
      card.at.set(key, { line, col: col + part.indexOf(key) });
    }
    col += part.length + 1;
  }
}

// Lines that start a block of their own, so the line break before them is kept.
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|>|\||#{1,6}\s|```|~~~)|^ {4}|^\t/;

/**
 * A section's lines as text, with soft line breaks joined as CommonMark does: lines of one
 * paragraph become one line (so text wraps to the terminal, not to the source). Blank lines,
 * list items, quotes, tables, code blocks and hard breaks (two trailing spaces or a backslash) keep
 * their line breaks.
 */
export function softJoin(lines: readonly string[]): string {
  let out = '';
  let fenced = false;
  let previous: string | undefined;
  for (const line of lines) {
    const fence = /^\s*(```|~~~)/.test(line);
    const keepBreak = previous === undefined || fenced || fence || line.trim() === '' || previous.trim() === ''
      || BLOCK_START.test(line) || / {2}$|\\$/.test(previous) || /^ {4}|^\t/.test(previous);
    out += previous === undefined ? line : keepBreak ? `\n${line}` : ` ${line.trim()}`;
    if (fence) fenced = !fenced;
    previous = line;
  }
  return out;
}

const joined = (lines: string[] | undefined): string | undefined => {
  const text = lines ? softJoin(lines).trim() : undefined;
  return text ? text : undefined;
};

function finish(d: Draft): MarkdownCard {
  const { data, at } = d.card;
  const body = joined(d.texts.body);
  const set = (key: string, value: unknown, from: string = key) => {
    if (value === undefined) return;
    data[key] = value;
    const p = at.get(from);
    if (p && from !== key) at.set(key, p);
  };
  if (data.type === 'cloze') set('text', body, 'body');
  else if (data.type === 'mcq' || data.type === 'multi') {
    set('stem', body, 'body');
    data.options = d.options.map((o) => ({ text: o.text.join(' ').trim(), ...(o.why.length ? { why: o.why.join(' ').trim() } : {}) }));
    const correct = d.options.flatMap((o, i) => (o.correct ? [String.fromCharCode(65 + i)] : []));
    data.answer = data.type === 'mcq' && correct.length === 1 ? correct[0] : correct;
    at.set('answer', at.get(`options.0`) ?? d.card.pos);
  } else if (body) set('front', body, 'body');
  set('front', joined(d.texts.front));
  set('back', joined(d.texts.back));
  set('explanation', joined(d.texts.explanation));
  const refs = d.texts.refs?.map((r) => r.replace(/^\s*[-*]\s+/, '').trim()).filter(Boolean);
  if (refs?.length) set('refs', refs);
  const ignored = d.texts['lint-ignore']?.map((r) => r.replace(/^\s*[-*]\s+/, '').trim()).filter(Boolean);
  if (ignored?.length) set('lint-ignore', ignored.map(ignoreEntry));
  return d.card;
}

/** "- stem-echo: why it is fine" → { rule, reason }; without a colon the reason is missing. */
function ignoreEntry(line: string): { rule: string; reason?: string } {
  const colon = line.indexOf(':');
  if (colon < 0) return { rule: line };
  return { rule: line.slice(0, colon).trim(), reason: line.slice(colon + 1).trim() };
}
