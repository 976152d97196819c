import { flagged, isComplete, unanswered, type ExamItemState, type ExamState } from '../core/exam-state.js';
import type { ChoiceCard } from '../core/model.js';
import { optionLetter } from '../core/option-keys.js';
import { counted } from './format.js';
import { renderText } from './render-text.js';
import { chooseHint, optionLine } from './render-card.js';
import { clockText } from './score-report.js';
import type { Theme } from './theme.js';
import { wrapLines } from './wrap-lines.js';

/** What the item screen shows besides the exam state: the prompt's own moment. */
export interface ItemScreenMoment {
  leftMs: number;
  /** `x` was pressed: the next letter strikes out. */
  strikeArmed?: boolean;
  /** A line for this moment: a clock warning or why a key did nothing. */
  note?: string;
}

/** Words laid into lines of at most `width`, joined by two spaces. */
export function packLine(parts: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const p of parts) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 2 + p.length <= width) lines[lines.length - 1] = `${last}  ${p}`;
    else lines.push(p);
  }
  return lines;
}

const clock = (leftMs: number, t: Theme): string => {
  const text = `⏱ ${clockText(leftMs)} left`;
  return leftMs <= 5 * 60_000 ? t.red.bold(text) : leftMs <= 15 * 60_000 ? t.yellow(text) : t.cyan(text);
};

/** A full screen: the head and foot stay put, the body scrolls when the terminal is short. */
export interface ScreenText {
  head: string[];
  body: string[];
  foot: string[];
}

/** One exam item as the candidate sees it: header with clock, stem, lettered options, keys. */
export function renderExamItem(card: ChoiceCard, state: ExamState, moment: ItemScreenMoment, t: Theme, width: number): ScreenText {
  const index = state.current;
  const item = state.items[index]!;
  const n = item.order.length;
  const heading = `${t.bold(`Item ${index + 1} of ${state.items.length}`)}${item.flagged ? t.yellow('  ⚑ flagged') : ''}`;
  const answered = state.items.length - unanswered(state).length;
  const status = t.dim(`${answered} answered`);
  const chosenCount = item.chosen?.length ?? 0;
  const ask = card.type === 'multi' ? `${chooseHint(card)}. ${chosenCount} of ${card.select} chosen.` : 'Choose one.';
  // A note can be long (a save that failed names the file and the fix): wrapped, so the rows add up.
  const note = moment.note ? wrapLines(moment.note, width).split('\n').map((line) => t.yellow(line)) : [''];
  const head = [`${heading}   ${status}   ${clock(moment.leftMs, t)}`, ...note];
  const body = [
    ...renderText(card.stem, t, width).split('\n'),
    '',
    t.dim(ask),
    ...item.order.flatMap((optionIndex, shown) => optionLine(card, optionIndex, shown, { picked: item.chosen?.includes(optionIndex) ?? false, struck: item.struck?.includes(optionIndex) ?? false }, t, width).split('\n')),
    '',
  ];
  const last = optionLetter(n - 1);
  const keys = moment.strikeArmed
    ? [t.yellow(`strike out: press A–${last}`), 'any other key cancels']
    : [`A–${last} or 1–${n} ${card.type === 'multi' ? 'toggle' : 'choose'}`, `x A–${last} strike out`, 'n/→ next', 'p/← previous', 'm flag', 'r review', 's submit', 'Ctrl-C pause'];
  return { head, body, foot: packLine(keys, width).map((l) => t.dim(l)) };
}

export type ReviewFilter = 'all' | 'unanswered' | 'flagged';

const cellStatus = (it: ExamItemState): string => (isComplete(it) ? '✓' : it.chosen ? '½' : '·');

/** Every item in a grid: number, status (✓ answered, ½ partly, · open) and ⚑ for flagged. */
export interface ReviewView {
  filter: ReviewFilter;
  cursor: number;
  typed: string;
  leftMs: number;
  note?: string;
}

/** Columns of the review grid at `width`: cells are 7 wide with 2 spaces between. */
export const gridColumns = (width: number): number => Math.max(1, Math.floor((width + 2) / 9));

export function renderReviewGrid(state: ExamState, view: ReviewView, t: Theme, width: number): ScreenText {
  const open = unanswered(state);
  const flags = flagged(state);
  const shown = visibleItems(state, view.filter);
  const perRow = gridColumns(width);
  const cells = shown.map((i) => {
    const it = state.items[i]!;
    const text = `${String(i + 1).padStart(2)} ${cellStatus(it)}${it.flagged ? '⚑' : ' '}`.padEnd(7);
    return i === view.cursor ? t.inverse(text) : it.flagged ? t.yellow(text) : isComplete(it) ? text : t.bold(text);
  });
  const rows: string[] = [];
  for (let r = 0; r < cells.length; r += perRow) rows.push(cells.slice(r, r + perRow).join('  '));
  const filters = (['all', 'unanswered', 'flagged'] as const).map((f) => (f === view.filter ? t.bold.underline(f) : f)).join(' · ');
  return { head: [
    `${t.bold('Review')}   ${state.items.length - open.length} of ${state.items.length} answered, ${open.length} open, ${flags.length} flagged   ${clock(view.leftMs, t)}`,
    view.note ? t.yellow(view.note) : `Showing: ${filters}`,
  ], body: [
    '',
    ...(rows.length > 0 ? rows : [t.dim(`No ${view.filter} items.`)]),
    '',
  ], foot: [
    view.typed ? `Go to item ${view.typed}_` : t.dim('✓ answered  ½ partly answered  · not answered  ⚑ flagged'),
    ...packLine(['type a number, or arrows and Enter: go to item', 'a all', 'u unanswered', 'f flagged', 'Esc/b back', 's submit'], width).map((l) => t.dim(l)),
  ] };
}

export const visibleItems = (state: ExamState, filter: ReviewFilter): number[] =>
  filter === 'unanswered' ? unanswered(state) : filter === 'flagged' ? flagged(state) : state.items.map((_, i) => i);

const START_KEYS: Array<[string, string]> = [
  ['A–F or 1–6', 'choose an option (on a "choose two" item, each key toggles one)'],
  ['x then A–F', 'strike an option out (shown dimmed; press again to restore)'],
  ['n or →', 'next item'], ['p or ←', 'previous item'], ['m', 'mark the item for review (flag)'],
  ['r', 'review grid: every item, filters, jump to any item'], ['s', 'submit (asks first)'],
  ['Ctrl-C', 'pause; "dea exam --resume" continues with the time left'],
];

/** Before the clock starts: what the form is and how to move through it. */
export function renderStartScreen(state: ExamState, perDomain: Record<string, number>, resuming: boolean, t: Theme, width: number): string {
  const left = state.durationMs - state.usedMs;
  const domains = Object.entries(perDomain).sort().map(([d, n]) => `D${d} ${n}`).join(' · ');
  return [
    t.bold(resuming ? `Resuming the exam: item ${state.current + 1} of ${state.items.length}, ${clockText(left)} left.` : `Exam: ${counted(state.items.length, 'item')} (${domains}), ${counted(Math.round(state.durationMs / 60_000), 'minute')}.`),
    '',
    'No feedback until you submit. Keys on every item screen:',
    ...START_KEYS.map(([k, what]) => `  ${t.bold(k.padEnd(12))} ${what}`),
    '',
    ...renderText('Warnings at 15, 5 and 1 minutes left; at zero the exam is submitted as it stands. The exam is saved after every key.', t, width).split('\n'),
  ].join('\n');
}
