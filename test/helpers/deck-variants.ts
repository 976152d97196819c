import type { Rng } from '../../src/core/rng.js';

/** Generated deck data for comparing the plain deck check with the zod schema. */

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const chance = (rng: Rng, p: number): boolean => rng() < p;

const STRINGS = ['', ' ', ' x ', '\t\n', 'A', 'a', 'AB', 'Z', '[', '1.2', '5.1', '1.2.3', '4.10.2', '1.2.', '0.1', 'ok-id', 'ok/id.2_x', 'Bad', '-x', 'a b',
  'a'.repeat(120), 'a'.repeat(121), 'basic', 'cloze', 'mcq', 'multi', 'stem-echo', '  padded text  ', 'é', '\u00a0x\u00a0'];
const NUMBERS = [0, 1, 2, 3, 4, 5, -1, 1.5, 26, 27, Number.NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 - 1, -0, 1e-9];
const OTHERS = [null, true, false, [], {}, ['A'], ['A', 'B'], ['a'], [''], ['x', 'y'], [1], { text: 't' }, { text: ' ' }, { text: 'x', why: 3 },
  { rule: 'r', reason: 'x' }, { rule: '', reason: 'x' }, [{ text: 'a' }, { text: 'b' }], [{ text: 'a' }], [{ rule: 'r', reason: ' r ' }]];
const FIELDS = ['id', 'type', 'front', 'back', 'text', 'stem', 'options', 'answer', 'select', 'why', 'rule', 'reason', 'domain', 'task', 'skill',
  'tags', 'explanation', 'refs', 'lint-ignore', 'format', 'title', 'description', 'sources', 'cards', 'bogus', 'Front', '__proto__'];

const anyValue = (rng: Rng): unknown => structuredClone(pick(rng, pick(rng, [STRINGS, NUMBERS, OTHERS] as unknown[][])));

const words = (rng: Rng): string => (chance(rng, 0.2) ? ' padded words ' : pick(rng, ['Which one?', 'An answer.', 'Text {{c1::x}}', 'é ü']));
const letter = (rng: Rng, n: number): string => String.fromCharCode(65 + Math.floor(rng() * n));

function commonFields(rng: Rng, n: number): Record<string, unknown> {
  const card: Record<string, unknown> = { id: `deck/card-${n}` };
  if (chance(rng, 0.3)) card.domain = 1 + Math.floor(rng() * 4);
  if (chance(rng, 0.3)) card.task = pick(rng, ['1.2', '4.10']);
  if (chance(rng, 0.3)) card.skill = pick(rng, ['1.2.6', '3.1.10']);
  if (chance(rng, 0.3)) card.tags = pick(rng, [[], ['s3'], ['a', 'b']]);
  if (chance(rng, 0.3)) card.explanation = pick(rng, ['', ' Because. ', 'Why.']);
  if (chance(rng, 0.3)) card.refs = pick(rng, [[], ['Guide: Page']]);
  if (chance(rng, 0.2)) card['lint-ignore'] = [{ rule: 'stem-echo', reason: words(rng) }];
  return card;
}

function options(rng: Rng, count: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, i) => (chance(rng, 0.5) ? { text: `${words(rng)} ${i}`, why: pick(rng, ['', ' why ']) } : { text: words(rng) }));
}

export function cardData(rng: Rng, n: number): Record<string, unknown> {
  const card = commonFields(rng, n);
  const type = pick(rng, ['basic', 'cloze', 'mcq', 'multi']);
  card.type = type;
  if (type === 'basic') Object.assign(card, { front: words(rng), back: words(rng) });
  else if (type === 'cloze') card.text = words(rng);
  else {
    const count = pick(rng, [2, 3, 4, 5, 26]);
    Object.assign(card, { stem: words(rng), options: options(rng, count) });
    if (type === 'mcq') card.answer = chance(rng, 0.7) ? letter(rng, count) : [letter(rng, count)];
    else Object.assign(card, { select: 2, answer: [letter(rng, count), letter(rng, count)] });
  }
  return card;
}

export function deckData(rng: Rng): Record<string, unknown> {
  const deck: Record<string, unknown> = { id: pick(rng, ['deck', 'd-1/x']), title: words(rng) };
  if (chance(rng, 0.3)) deck.format = 1;
  if (chance(rng, 0.3)) deck.description = pick(rng, ['', 'About it.']);
  if (chance(rng, 0.3)) deck.domain = 1 + Math.floor(rng() * 4);
  if (chance(rng, 0.3)) deck.task = '2.3';
  if (chance(rng, 0.3)) deck.tags = ['t'];
  if (chance(rng, 0.3)) deck.sources = ['A source'];
  deck.cards = Array.from({ length: 1 + Math.floor(rng() * 3) }, (_, i) => cardData(rng, i));
  return deck;
}

/** Every object and list inside `value`, the value itself included. */
function containers(value: unknown, out: Array<Record<string, unknown> | unknown[]> = []): Array<Record<string, unknown> | unknown[]> {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value as Record<string, unknown>);
  for (const child of Object.values(value)) containers(child, out);
  return out;
}

/** A copy with `count` edits: a field or element removed, replaced or added. */
export function mutated(deck: Record<string, unknown>, rng: Rng, count: number): unknown {
  const copy = structuredClone(deck);
  for (let k = 0; k < count; k++) {
    const target = pick(rng, containers(copy));
    const keys = Object.keys(target);
    const op = Math.floor(rng() * 4);
    if (Array.isArray(target)) {
      if (op === 0 && target.length > 0) target.splice(Math.floor(rng() * target.length), 1);
      else if (op === 1) target.push(chance(rng, 0.5) && target.length > 0 ? structuredClone(target[0]) : anyValue(rng));
      else if (target.length > 0) target[Math.floor(rng() * target.length)] = anyValue(rng);
    } else if (op === 0 && keys.length > 0) delete target[pick(rng, keys)];
    else if (op === 1) Object.defineProperty(target, pick(rng, FIELDS), { value: anyValue(rng), enumerable: true, writable: true, configurable: true });
    else if (keys.length > 0) target[pick(rng, keys)] = anyValue(rng);
  }
  return copy;
}

const MD_BROKEN_META = ['type: mcq; domain: 5', 'type: basic; task: 9', 'type: quiz', 'type: basic; bogus: 1', '', 'type: multi; select: 0', 'type: basic; skill: 9.9'];

/** The sections a card of `type` needs, each sometimes left out. */
function markdownSections(rng: Rng, type: string): string[] {
  const keep = () => chance(rng, 0.97);
  if (type === 'basic') return [...(keep() ? [`**Front:** ${words(rng)}`, ''] : []), ...(keep() ? [`**Back:** ${words(rng)}`, ''] : [])];
  if (type === 'cloze') return keep() ? [`${words(rng)} {{c1::x}}`, ''] : [];
  const correct = type === 'multi' ? ['x', 'x'] : [pick(rng, ['x', 'x', ' ']), ' '];
  return [`${words(rng)}`, '', '- [ ] One', '  > Wrong.', `- [${correct[0]}] Two`, ...(keep() ? [`- [${correct[1]}] Three`] : []), ''];
}

function markdownCard(rng: Rng, n: number): string {
  const type = pick(rng, ['basic', 'cloze', 'mcq', 'multi']);
  const extra = pick(rng, ['', '', '; domain: 2', '; skill: 4.2.4', '; task: 4.2', '; tags: a, b']);
  const meta = chance(rng, 0.1) ? pick(rng, MD_BROKEN_META) : `type: ${type}${type === 'multi' ? '; select: 2' : ''}${extra}`;
  const lines = [`## ${chance(rng, 0.03) ? 'Bad Id' : `md/c${n}`}`, meta, '', ...markdownSections(rng, chance(rng, 0.05) ? 'basic' : type)];
  if (chance(rng, 0.3)) lines.push(`**Explanation:** ${words(rng)}`, '');
  if (chance(rng, 0.3)) lines.push('**Refs:**', '- one', '');
  if (chance(rng, 0.2)) lines.push('**Lint-ignore:**', pick(rng, ['- stem-echo: Reason.', '- stem-echo: Reason.', '- stem-echo']), '');
  return lines.join('\n');
}

export function markdownDeck(rng: Rng): string {
  const title = chance(rng, 0.9) ? pick(rng, ['title: MD', 'title: " MD "']) : pick(rng, ['title: 7', 'title: ""']);
  const front = ['---', chance(rng, 0.95) ? 'id: md' : 'id: Bad', title];
  if (chance(rng, 0.3)) front.push(pick(rng, ['domain: 4', 'domain: 0', 'task: "4.2"', 'task: 4.2', 'tags: [a]', 'format: 1', 'format: 2', 'extra: x', 'description: D']));
  const cards = Array.from({ length: Math.floor(rng() * 3) + (chance(rng, 0.97) ? 1 : 0) }, (_, i) => markdownCard(rng, i));
  return `${[...front, '---', ''].join('\n')}\n${cards.join('\n')}`;
}
